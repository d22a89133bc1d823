import "server-only";
import { and, desc, eq, inArray, isNotNull, isNull, lte, ne, not, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/db";
import { campaignDefenders, campaigns, defenders, mailOutbox } from "@/db/schema";
import { getSiteSettings } from "./settings";

export interface NewMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What the mail is about: a paused ("gone quiet") defender of this campaign holds it back. */
  campaignId?: string;
}

export type OutboxMail = typeof mailOutbox.$inferSelect;

export interface ClaimOptions {
  /** Only these rows: lets tests (and targeted retries) work beside other senders' mail. */
  only?: string[];
}

/** How long a sender owns a claimed row; after that a crashed sender's rows are claimed again. */
export const claimLeaseMs = 10 * 60_000;
/** Held-back mail is looked at again this often, so it goes out soon after a defender is unpaused. */
export const holdRecheckMs = 5 * 60_000;
const firstRetryMs = 30_000;
const longestRetryMs = 60 * 60_000;
/** 30 s, 1 min, 2 min ... then hourly: 78 attempts span about three days. */
export const maxAttempts = 78;

// One address per mail: "a@x.org, b@y.org" would otherwise reach two people.
const singleAddress = /^[^\s@<>,;:"()[\]\\]+@[^\s@<>,;:"()[\]\\]+\.[^\s@<>,;:"()[\]\\]+$/;

function assertSendable(mail: NewMail): void {
  if (!singleAddress.test(mail.to)) throw new Error(`Not a single email address: ${JSON.stringify(mail.to)}`);
  if (!mail.subject.trim() || /[\r\n]/.test(mail.subject)) throw new Error("Mail subject must be one non-empty line");
  if (!mail.text.trim()) throw new Error("Mail text must not be empty");
}

/** Queues a mail inside the caller's transaction, so it exists exactly when what caused it does. */
export async function enqueueMail(tx: Database | Transaction, mail: NewMail): Promise<string> {
  assertSendable(mail);
  const [row] = await tx
    .insert(mailOutbox)
    .values({
      toAddress: mail.to,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html ?? null,
      campaignId: mail.campaignId ?? null,
    })
    .returning({ id: mailOutbox.id });
  if (!row) throw new Error("mail_outbox insert returned no row");
  return row.id;
}

/**
 * An outbox INSERT that queues `mail` once for every row the CTE named
 * `source` returns (none: no mail): for writes that must be one statement,
 * where the mail exists exactly when the row that caused it does.
 */
export function enqueueMailFor(source: SQL, mail: NewMail): SQL {
  assertSendable(mail);
  return sql`insert into ${mailOutbox} (to_address, subject, text_body, html_body, campaign_id)
    select ${mail.to}::text, ${mail.subject}::text, ${mail.text}::text, ${mail.html ?? null}::text, ${mail.campaignId ?? null}::uuid from ${source}`;
}

function interval(ms: number): SQL {
  return sql`now() + ${ms} * interval '1 millisecond'`;
}

// Queued and due, or claimed by a sender whose lease has run out.
const due = and(inArray(mailOutbox.status, ["queued", "sending"]), lte(mailOutbox.sendAfter, sql`now()`));

const aboutPausedDefender = sql`exists (
  select 1 from ${campaignDefenders}
  join ${defenders} on ${defenders.id} = ${campaignDefenders.defenderId}
  where ${campaignDefenders.campaignId} = ${mailOutbox.campaignId} and ${defenders.paused}
)`;

const aboutMailPausedCampaign = sql`exists (
  select 1 from ${campaigns} where ${campaigns.id} = ${mailOutbox.campaignId} and ${campaigns.mailPaused}
)`;

/**
 * Mail that must wait: about a quiet defender, about a campaign whose mail an
 * admin stopped, or, while the site-wide mail switch is on, about any
 * campaign. Mail about no campaign (sign-in links) still goes, so admins can
 * sign in to turn the switch off.
 */
function heldBack(siteMailPaused: boolean): SQL {
  return or(aboutPausedDefender, aboutMailPausedCampaign, siteMailPaused ? isNotNull(mailOutbox.campaignId) : undefined)!;
}

function lockDue(db: Database, condition: SQL | undefined, limit: number) {
  return db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(condition)
    .orderBy(mailOutbox.sendAfter)
    .limit(limit)
    .for("update", { skipLocked: true });
}

/** Pushes back due mail that must wait (heldBack): it is kept, never sent while held. */
async function holdBackPaused(db: Database, scope: SQL | undefined, held: SQL, limit: number): Promise<void> {
  await db
    .update(mailOutbox)
    .set({ status: "queued", sendAfter: interval(holdRecheckMs) })
    .where(inArray(mailOutbox.id, lockDue(db, and(due, scope, held), limit)));
}

/**
 * Hands up to `limit` due mails to the caller: each becomes "sending", counts
 * an attempt and is leased (its send_after moves to the lease expiry). SKIP
 * LOCKED lets several senders claim side by side without taking the same row.
 */
export async function claimDueMail(limit: number, options: ClaimOptions = {}): Promise<OutboxMail[]> {
  const db = await getDb();
  const scope = options.only ? inArray(mailOutbox.id, options.only) : undefined;
  const held = heldBack((await getSiteSettings()).mailPaused);
  await holdBackPaused(db, scope, held, limit);
  return db
    .update(mailOutbox)
    .set({ status: "sending", attempts: sql`${mailOutbox.attempts} + 1`, sendAfter: interval(claimLeaseMs) })
    .where(inArray(mailOutbox.id, lockDue(db, and(due, scope, not(held)), limit)))
    .returning();
}

/**
 * Makes mail held back by a mail kill switch due now, once the switch is off
 * (one campaign's, or every campaign's for the site-wide one), instead of at
 * its next look in up to 5 minutes. Held mail is queued with no error; mail
 * waiting for a retry after a failure keeps its backoff. Still-held mail is
 * simply held again by the next claim.
 */
export async function releaseHeldMail(tx: Database | Transaction, campaignId: string | null): Promise<void> {
  await tx
    .update(mailOutbox)
    .set({ sendAfter: sql`now()` })
    .where(
      and(
        eq(mailOutbox.status, "queued"),
        isNull(mailOutbox.lastError),
        sql`${mailOutbox.sendAfter} > now()`,
        campaignId ? eq(mailOutbox.campaignId, campaignId) : isNotNull(mailOutbox.campaignId),
      ),
    );
}

export async function markSent(id: string): Promise<void> {
  const db = await getDb();
  await db
    .update(mailOutbox)
    .set({ status: "sent", sentAt: sql`now()` })
    .where(and(eq(mailOutbox.id, id), ne(mailOutbox.status, "sent")));
}

export function retryDelayMs(attempts: number): number {
  return Math.min(firstRetryMs * 2 ** Math.max(attempts - 1, 0), longestRetryMs);
}

/**
 * Records a failed attempt (`attempts` as claimed). The mail is retried with
 * exponential backoff until `maxAttempts`, or not at all when `permanent` (the
 * server refused the recipient); then it stays as "failed". Nothing is ever
 * deleted. A sender whose lease ran out and whose row was claimed again
 * changes nothing.
 */
export async function markFailed(
  id: string,
  error: string,
  attempts: number,
  options: { permanent?: boolean } = {},
): Promise<void> {
  const gaveUp = options.permanent || attempts >= maxAttempts;
  const db = await getDb();
  await db
    .update(mailOutbox)
    .set({
      status: gaveUp ? "failed" : "queued",
      lastError: error.slice(0, 2000),
      sendAfter: interval(retryDelayMs(attempts)),
    })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, "sending"), eq(mailOutbox.attempts, attempts)));
}

/** Makes queued mail due now instead of at its next retry (operators, tests). */
/**
 * Hands claimed mail back to the queue, due at once, when this sender claimed
 * it but never tried to send it (the database went away mid-batch). Only rows
 * still "sending" under that same claim (attempts as claimed) change; the
 * attempt it was charged is given back.
 */
export async function releaseClaimedMail(claims: readonly { id: string; attempts: number }[]): Promise<void> {
  if (claims.length === 0) return;
  const claimed = sql.join(
    claims.map((claim) => sql`(${claim.id}::uuid, ${claim.attempts}::int)`),
    sql`, `,
  );
  const db = await getDb();
  await db
    .update(mailOutbox)
    .set({ status: "queued", sendAfter: sql`now()`, attempts: sql`greatest(${mailOutbox.attempts} - 1, 0)` })
    .where(and(eq(mailOutbox.status, "sending"), sql`(${mailOutbox.id}, ${mailOutbox.attempts}) in (${claimed})`));
}

export async function retryMailNow(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const db = await getDb();
  await db
    .update(mailOutbox)
    .set({ sendAfter: sql`now()` })
    .where(and(inArray(mailOutbox.id, ids), eq(mailOutbox.status, "queued")));
}

export async function findMail(ids: string[]): Promise<OutboxMail[]> {
  if (ids.length === 0) return [];
  const db = await getDb();
  return db.select().from(mailOutbox).where(inArray(mailOutbox.id, ids));
}

export type DevOutboxMail = Pick<
  OutboxMail,
  "id" | "toAddress" | "subject" | "textBody" | "status" | "attempts" | "lastError" | "createdAt" | "sentAt"
>;

/** The newest mails, for the development outbox page. */
export async function listOutboxForDev(limit: number): Promise<DevOutboxMail[]> {
  const db = await getDb();
  return db
    .select({
      id: mailOutbox.id,
      toAddress: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      textBody: mailOutbox.textBody,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(limit);
}
