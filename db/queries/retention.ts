import "server-only";
import { and, asc, eq, gt, inArray, isNotNull, lt, ne, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { actions, campaigns, mailOutbox } from "@/db/schema";
import { currentEncryptionKeyId, decrypt, encrypt, encryptOptional } from "@/lib/crypto";

/**
 * What erasing a supporter's personal data writes into their action rows. The
 * row stays (so every count stays right), the person is gone: no address, no
 * name, no city, no message (sealed or, on rows not yet sealed, legacy clear),
 * no hash of their own text (a tweet's hash is of the template offered and
 * stays), no IP hash, no link to an account, and the email hash becomes a
 * random tombstone so a later action with the same address is not linked to
 * this one. Used by account deletion and by the retention job.
 */
export function erasedPersonalData() {
  return {
    userId: null,
    emailHash: sql<string | null>`case when ${actions.emailHash} is null then null else 'erased:' || gen_random_uuid()::text end`,
    emailCiphertext: null,
    emailDomain: null,
    nameCiphertext: null,
    publicName: null,
    showName: false,
    wantsUpdates: false,
    cityCiphertext: null,
    personalTextCiphertext: null,
    legacyCity: null,
    legacyPersonalText: null,
    textHash: sql<string | null>`case when ${actions.kind} = 'tweet' then ${actions.textHash} end`,
    ipHash: null,
    confirmTokenHash: null,
    updatedAt: sql`now()`,
  } as const;
}

/** Rows that still hold something erasedPersonalData() clears. */
function holdsPersonalData(): SQL {
  return or(
    isNotNull(actions.userId),
    and(isNotNull(actions.emailHash), sql`${actions.emailHash} not like 'erased:%'`),
    isNotNull(actions.emailCiphertext),
    isNotNull(actions.emailDomain),
    isNotNull(actions.nameCiphertext),
    isNotNull(actions.publicName),
    isNotNull(actions.cityCiphertext),
    isNotNull(actions.personalTextCiphertext),
    isNotNull(actions.legacyCity),
    isNotNull(actions.legacyPersonalText),
    and(isNotNull(actions.textHash), ne(actions.kind, "tweet")),
    isNotNull(actions.ipHash),
    isNotNull(actions.confirmTokenHash),
  )!;
}

export interface RetentionOptions {
  /** Months after a campaign closed (closed or won) before its supporters' data is erased. */
  months: number;
  /** Action rows per transaction. */
  batchSize?: number;
  /** Campaigns handled per run; the next run takes the rest. */
  campaignsPerRun?: number;
}

export interface ErasedCampaign {
  id: string;
  slug: string;
  erasedActions: number;
}

function closedLongerThan(months: number): SQL {
  return and(
    inArray(campaigns.status, ["closed", "won"]),
    isNotNull(campaigns.closedAt),
    lt(campaigns.closedAt, sql`now() - make_interval(months => ${months}::int)`),
  )!;
}

/**
 * Erases the personal data of every action on campaigns that closed more than
 * `months` ago. Each campaign is walked by id in batches, one short transaction
 * per batch, so a campaign with a million actions never holds one long lock;
 * a run that stops half-way is finished by the next one. The transaction of a
 * campaign's last batch writes one "system" audit entry for the campaign.
 * Idempotent: erased rows no longer match, a second run finds nothing to do.
 * Returns the campaigns completed by this run (their public pages changed).
 */
export async function eraseClosedCampaignData(options: RetentionOptions): Promise<ErasedCampaign[]> {
  const batchSize = options.batchSize ?? 1000;
  const db = await getDb();
  const due = await db
    .select({ id: campaigns.id, slug: campaigns.slug, closedAt: campaigns.closedAt })
    .from(campaigns)
    .where(
      and(
        closedLongerThan(options.months),
        sql`exists (select 1 from ${actions} where ${actions.campaignId} = ${campaigns.id} and ${holdsPersonalData()})`,
      ),
    )
    .orderBy(asc(campaigns.closedAt))
    .limit(options.campaignsPerRun ?? 5);

  const done: ErasedCampaign[] = [];
  for (const campaign of due) {
    let afterId = 0;
    let erasedActions = 0;
    for (;;) {
      const batch = await db.transaction(async (tx) => {
        const ids = tx
          .select({ id: actions.id })
          .from(actions)
          .where(and(eq(actions.campaignId, campaign.id), gt(actions.id, afterId), holdsPersonalData()))
          .orderBy(asc(actions.id))
          .limit(batchSize);
        const erased = await tx
          .update(actions)
          .set(erasedPersonalData())
          .where(inArray(actions.id, ids))
          .returning({ id: actions.id });
        const last = erased.length < batchSize;
        if (last) {
          await recordAudit(tx, {
            actor: null,
            action: "retention.erase",
            entityType: "campaign",
            entityId: campaign.id,
            after: { erasedActions: erasedActions + erased.length, closedAt: campaign.closedAt?.toISOString(), months: options.months },
          });
        }
        return { erased, last };
      });
      erasedActions += batch.erased.length;
      afterId = Math.max(afterId, ...batch.erased.map((row) => row.id));
      if (batch.last) break;
    }
    done.push({ id: campaign.id, slug: campaign.slug, erasedActions });
  }
  return done;
}

/**
 * Clears the IP hash of actions older than the abuse window (`days`). Within
 * the window the hash serves the rate limits, the trending report and
 * invalidations; after it, nothing. Batched; returns how many rows it cleared.
 */
export async function eraseExpiredIpHashes(days: number, batchSize = 5000): Promise<number> {
  const db = await getDb();
  let total = 0;
  for (;;) {
    const ids = db
      .select({ id: actions.id })
      .from(actions)
      .where(and(isNotNull(actions.ipHash), lt(actions.createdAt, sql`now() - make_interval(days => ${days}::int)`)))
      .limit(batchSize);
    const cleared = await db.update(actions).set({ ipHash: null }).where(inArray(actions.id, ids)).returning({ id: actions.id });
    total += cleared.length;
    if (cleared.length < batchSize) return total;
  }
}

/**
 * High-risk campaigns keep no IP hash and no public name (the inserts already
 * store none; this catches rows collected before the campaign was marked high
 * risk). Returns how many rows it changed.
 */
export async function scrubHighRiskCampaigns(batchSize = 5000): Promise<number> {
  const db = await getDb();
  let total = 0;
  for (;;) {
    const ids = db
      .select({ id: actions.id })
      .from(actions)
      .innerJoin(campaigns, eq(campaigns.id, actions.campaignId))
      .where(and(eq(campaigns.highRisk, true), or(isNotNull(actions.ipHash), isNotNull(actions.publicName), eq(actions.showName, true))))
      .limit(batchSize);
    const scrubbed = await db
      .update(actions)
      .set({ ipHash: null, publicName: null, showName: false })
      .where(inArray(actions.id, ids))
      .returning({ id: actions.id });
    total += scrubbed.length;
    if (scrubbed.length < batchSize) return total;
  }
}

/** What a delivered or abandoned mail keeps: its row, status, subject and dates (ADR 0004); not who or what. */
export const erasedMailAddress = "[erased]";

/**
 * Clears recipient, body and last error of mail that was sent or finally
 * failed more than `days` ago: the outbox holds sign-in and confirmation links
 * and addresses in clear, and needs none of them once the mail is done.
 * Queued mail (held back while a defender is quiet) is never touched.
 */
export async function clearOldMail(days: number, batchSize = 5000): Promise<number> {
  const db = await getDb();
  let total = 0;
  for (;;) {
    const ids = db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(
        and(
          inArray(mailOutbox.status, ["sent", "failed"]),
          ne(mailOutbox.toAddress, erasedMailAddress),
          lt(sql`coalesce(${mailOutbox.sentAt}, ${mailOutbox.createdAt})`, sql`now() - make_interval(days => ${days}::int)`),
        ),
      )
      .limit(batchSize);
    const cleared = await db
      .update(mailOutbox)
      .set({ toAddress: erasedMailAddress, textBody: "", htmlBody: null, lastError: null })
      .where(inArray(mailOutbox.id, ids))
      .returning({ id: mailOutbox.id });
    total += cleared.length;
    if (cleared.length < batchSize) return total;
  }
}

/**
 * After a key rotation (docs/reliability.md, Privacy): re-seals names,
 * addresses, cities and personal texts written with an older key, a batch per call, so the old key can be
 * retired once this returns 0. Rows are read and written in one transaction
 * with FOR UPDATE, so a concurrent erasure is never overwritten.
 */
export async function reencryptOldRows(batchSize = 500): Promise<number> {
  const prefix = `v1.${currentEncryptionKeyId()}.%`;
  const stale = (column: AnyPgColumn) => and(isNotNull(column), sql`${column} not like ${prefix}`);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: actions.id,
        email: actions.emailCiphertext,
        name: actions.nameCiphertext,
        city: actions.cityCiphertext,
        text: actions.personalTextCiphertext,
      })
      .from(actions)
      .where(
        or(stale(actions.emailCiphertext), stale(actions.nameCiphertext), stale(actions.cityCiphertext), stale(actions.personalTextCiphertext)),
      )
      .limit(batchSize)
      .for("update");
    const reseal = (sealed: string | null) => (sealed && !sealed.startsWith(prefix.slice(0, -1)) ? encrypt(decrypt(sealed)) : sealed);
    for (const row of rows) {
      await tx
        .update(actions)
        .set({
          emailCiphertext: reseal(row.email),
          nameCiphertext: reseal(row.name),
          cityCiphertext: reseal(row.city),
          personalTextCiphertext: reseal(row.text),
        })
        .where(eq(actions.id, row.id));
    }
    return rows.length;
  });
}

/** Rows whose city or personal text is still in the legacy clear columns (written before migration 0007). */
const holdsLegacyClearText = or(isNotNull(actions.legacyCity), isNotNull(actions.legacyPersonalText))!;

/**
 * Moves supporters' cities and personal texts written in clear before
 * migration 0007 into the sealed columns, a batch per call, and empties the
 * clear ones; returns how many rows it sealed. Run to the end after every
 * migration (scripts/migrate.ts, scripts/prepare-db.ts, so the server never
 * starts with leftovers) and once an hour by the retention job (rows an older
 * release still wrote in clear during a rolling deploy). Reads and writes in
 * one transaction with FOR UPDATE, so a concurrent erasure is never undone;
 * blank texts become null, as encryptOptional writes them. Nothing to do costs
 * one probe of an empty partial index (actions_legacy_clear_text_idx).
 */
export async function sealLegacyClearText(batchSize = 1000): Promise<number> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: actions.id,
        city: actions.legacyCity,
        text: actions.legacyPersonalText,
        sealedCity: actions.cityCiphertext,
        sealedText: actions.personalTextCiphertext,
      })
      .from(actions)
      .where(holdsLegacyClearText)
      .orderBy(asc(actions.id))
      .limit(batchSize)
      .for("update");
    if (rows.length === 0) return 0;
    const values = rows.map(
      (row) => sql`(${row.id}::bigint, ${row.sealedCity ?? encryptOptional(row.city)}::text, ${row.sealedText ?? encryptOptional(row.text)}::text)`,
    );
    await tx.execute(sql`
      update ${actions} set city_ciphertext = v.city, personal_text_ciphertext = v.text, city = null, personal_text = null
      from (values ${sql.join(values, sql`, `)}) as v(id, city, text)
      where ${actions.id} = v.id`);
    return rows.length;
  });
}

/** sealLegacyClearText until nothing is left; returns the rows sealed. */
export async function sealAllLegacyClearText(batchSize = 1000): Promise<number> {
  let total = 0;
  for (let n = await sealLegacyClearText(batchSize); n > 0; n = await sealLegacyClearText(batchSize)) total += n;
  return total;
}
