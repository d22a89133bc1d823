import "server-only";
import { timingSafeEqual } from "node:crypto";
import { and, asc, desc, eq, gt, inArray, isNotNull, sql } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/db";
import { campaignAccess, defenderAccess, findCampaignFor, type CampaignRef } from "@/db/queries/access";
import { recordAudit } from "@/db/queries/audit";
import { enqueueMail, type NewMail } from "@/db/queries/mail";
import { actions, campaignDefenders, campaignUpdates, campaigns, defenders } from "@/db/schema";
import type { campaignUpdateKinds, defenderStatuses } from "@/db/schema/enums";
import { correlated } from "@/db/queries/correlated";
import { decrypt, keyedHash } from "@/lib/crypto";
import type { Viewer } from "@/lib/permissions";
import { refuse } from "@/lib/refusal";

export type CampaignUpdateKind = (typeof campaignUpdateKinds)[number];
export type DefenderStatus = (typeof defenderStatuses)[number];

export interface OrganiserCampaignUpdate {
  id: string;
  kind: CampaignUpdateKind;
  title: string;
  occurredOn: string;
  setsDefenderStatus: DefenderStatus | null;
  notifySigners: boolean;
}

export interface CampaignUpdatesView {
  campaign: CampaignRef;
  updates: OrganiserCampaignUpdate[];
  /** Distinct confirmed signers who asked for news: who an emailed update would reach. */
  optedInSigners: number;
  /** A defender of the campaign has gone quiet: no update may be emailed. */
  defenderPaused: boolean;
}

/** The updates page of a campaign the viewer may edit; Refused(notFound) otherwise (the page answers 404). */
export async function getCampaignUpdatesForEdit(viewer: Viewer, campaignId: string): Promise<CampaignUpdatesView> {
  const campaign = await findCampaignFor(viewer, campaignId, "edit");
  const db = await getDb();
  const [updates, [reach], paused] = await Promise.all([
    db
      .select({
        id: campaignUpdates.id,
        kind: campaignUpdates.kind,
        title: campaignUpdates.title,
        occurredOn: campaignUpdates.occurredOn,
        setsDefenderStatus: campaignUpdates.setsDefenderStatus,
        notifySigners: campaignUpdates.notifySigners,
      })
      .from(campaignUpdates)
      .where(eq(campaignUpdates.campaignId, campaign.id))
      .orderBy(desc(campaignUpdates.occurredOn), desc(campaignUpdates.createdAt)),
    db
      .select({ count: sql<number>`count(distinct ${actions.emailHash})::int` })
      .from(actions)
      .where(optedInSigners(campaign.id)),
    hasPausedDefender(db, campaign.id),
  ]);
  return { campaign, updates, optedInSigners: reach?.count ?? 0, defenderPaused: paused };
}

export interface NewCampaignUpdate {
  kind: CampaignUpdateKind;
  title: string;
  body: string;
  occurredOn: string;
  setsDefenderStatus: DefenderStatus | null;
  notifySigners: boolean;
}

/** What a signer's mail about an update is made of: the caller composes the message from it (server/mail/campaign-update.ts). */
export interface CampaignUpdateMailFacts {
  to: string;
  /** The signer's action, named by the unsubscribe link. */
  actionId: number;
  /** That action's interface language (actions.locale; null before it was recorded): the mail is written in it. */
  locale: string | null;
  campaign: { id: string; slug: string; title: string };
  update: NewCampaignUpdate;
}

/** The subject and text (the query adds the recipient and the campaign the mail is about). */
export type ComposeCampaignUpdateMail = (
  facts: CampaignUpdateMailFacts,
) => Pick<NewMail, "subject" | "text" | "html"> | Promise<Pick<NewMail, "subject" | "text" | "html">>;

export interface PostedCampaignUpdate {
  id: string;
  campaignSlug: string;
  defenderSlugs: string[];
  /** Mails queued; 0 when not asked for or when a defender has gone quiet. */
  mailed: number;
  /** Emailing was asked for but held back because a defender has gone quiet. */
  heldBack: boolean;
}

/**
 * Posts an update on a campaign the viewer may edit, in one transaction: the
 * timeline entry, the defenders' new status, and (when asked, and no defender
 * has gone quiet) one mail per distinct opted-in confirmed signer, composed by
 * `composeMail`. Refused(notFound) when the campaign is not the viewer's to edit.
 */
export async function postCampaignUpdate(
  viewer: Viewer & { email?: string | null },
  campaignId: string,
  input: NewCampaignUpdate,
  composeMail: ComposeCampaignUpdateMail,
): Promise<PostedCampaignUpdate | { refused: "defenderNotYours"; defenderNames: string[] }> {
  if (!/^[0-9a-f-]{36}$/i.test(campaignId)) refuse("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [campaign] = await tx
      .select({ id: campaigns.id, slug: campaigns.slug, title: campaigns.title })
      .from(campaigns)
      .where(and(eq(campaigns.id, campaignId), campaignAccess(viewer, "edit")))
      .limit(1);
    if (!campaign) refuse("notFound");

    const linked = await tx
      .select({
        id: defenders.id,
        slug: defenders.slug,
        name: defenders.name,
        status: defenders.status,
        paused: defenders.paused,
        editable: sql<boolean>`${defenderAccess(viewer, "edit")}`,
      })
      .from(campaignDefenders)
      .innerJoin(defenders, eq(defenders.id, campaignDefenders.defenderId))
      .where(eq(campaignDefenders.campaignId, campaign.id));

    // Setting a defender's status changes their profile: only for those the author looks after.
    const notYours = linked.filter((d) => !d.editable);
    if (input.setsDefenderStatus && notYours.length > 0) {
      return { refused: "defenderNotYours", defenderNames: notYours.map((d) => d.name) } as const;
    }

    const [update] = await tx
      .insert(campaignUpdates)
      .values({ campaignId: campaign.id, ...input, createdBy: viewer.id })
      .returning({ id: campaignUpdates.id });
    if (!update) throw new Error("campaign_updates insert returned no row");

    if (input.setsDefenderStatus && linked.length > 0) {
      await tx
        .update(defenders)
        .set({ status: input.setsDefenderStatus, updatedAt: sql`now()` })
        .where(inArray(defenders.id, linked.map((d) => d.id)));
    }

    const heldBack = input.notifySigners && linked.some((d) => d.paused);
    const mailed = input.notifySigners && !heldBack ? await mailOptedInSigners(tx, campaign, input, composeMail) : 0;

    await recordAudit(tx, {
      actor: viewer,
      action: "campaign.update.post",
      entityType: "campaign",
      entityId: campaign.id,
      after: {
        updateId: update.id,
        kind: input.kind,
        setsDefenderStatus: input.setsDefenderStatus,
        defenderStatusBefore: input.setsDefenderStatus ? Object.fromEntries(linked.map((d) => [d.id, d.status])) : undefined,
        mailed,
      },
    });

    return { id: update.id, campaignSlug: campaign.slug, defenderSlugs: linked.map((d) => d.slug), mailed, heldBack };
  });
}

function optedInSigners(campaignId: string) {
  return and(
    eq(actions.campaignId, campaignId),
    eq(actions.status, "confirmed"),
    eq(actions.wantsUpdates, true),
    isNotNull(actions.emailHash),
    isNotNull(actions.emailCiphertext),
  );
}

async function hasPausedDefender(tx: Database | Transaction, campaignId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: defenders.id })
    .from(campaignDefenders)
    .innerJoin(defenders, eq(defenders.id, campaignDefenders.defenderId))
    .where(and(eq(campaignDefenders.campaignId, campaignId), eq(defenders.paused, true)))
    .limit(1);
  return Boolean(row);
}

/** Signers are read in pages keyed by email hash, so memory stays bounded on a campaign of any size. */
const mailBatchSize = 500;

async function mailOptedInSigners(
  tx: Transaction,
  campaign: { id: string; slug: string; title: string },
  update: NewCampaignUpdate,
  composeMail: ComposeCampaignUpdateMail,
): Promise<number> {
  let after = "";
  let mailed = 0;
  for (;;) {
    // One row per person (email hash): the oldest opted-in confirmed action stands for them, and its language is theirs.
    const batch = await tx
      .selectDistinctOn([actions.emailHash], {
        id: actions.id,
        emailHash: actions.emailHash,
        emailCiphertext: actions.emailCiphertext,
        locale: actions.locale,
      })
      .from(actions)
      .where(and(optedInSigners(campaign.id), gt(actions.emailHash, after)))
      .orderBy(asc(actions.emailHash), asc(actions.id))
      .limit(mailBatchSize);
    for (const signer of batch) {
      const to = decrypt(signer.emailCiphertext!);
      const message = await composeMail({ to, actionId: signer.id, locale: signer.locale, campaign, update });
      await enqueueMail(tx, { ...message, to, campaignId: campaign.id });
      mailed += 1;
    }
    if (batch.length < mailBatchSize) return mailed;
    after = batch[batch.length - 1]!.emailHash!;
  }
}

/**
 * A stateless unsubscribe token: "<action id>.<HMAC of it>". Nothing to store,
 * it cannot be forged without HASH_KEY, and it names one signer of one campaign.
 */
export function unsubscribeToken(actionId: number): string {
  return `${actionId}.${unsubscribeSignature(actionId)}`;
}

function unsubscribeSignature(actionId: number): string {
  return keyedHash("token", `unsubscribe:${actionId}`);
}

/** The action id a token was signed for, or null when it is malformed or forged. */
export function verifyUnsubscribeToken(token: string): number | null {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const actionId = Number(match[1]);
  const expected = Buffer.from(unsubscribeSignature(actionId));
  const given = Buffer.from(match[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? actionId : null;
}

export interface UnsubscribeSubject {
  campaignTitle: string;
  /** Already no updates for this address on this campaign. */
  alreadyUnsubscribed: boolean;
}

/** What a valid unsubscribe link is about, for the confirmation page; null for a bad or stale link. */
export async function findUnsubscribeSubject(token: string): Promise<UnsubscribeSubject | null> {
  const actionId = verifyUnsubscribeToken(token);
  if (actionId === null) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      campaignTitle: campaigns.title,
      stillSubscribed: correlated<boolean>(sql`exists (
        select 1 from ${actions} as other
        where other.campaign_id = ${actions.campaignId} and other.email_hash = ${actions.emailHash} and other.wants_updates)`),
    })
    .from(actions)
    .innerJoin(campaigns, eq(campaigns.id, actions.campaignId))
    .where(and(eq(actions.id, actionId), isNotNull(actions.emailHash)))
    .limit(1);
  return row ? { campaignTitle: row.campaignTitle, alreadyUnsubscribed: !row.stillSubscribed } : null;
}

/**
 * Stops campaign updates for the address behind a signed token, on every action
 * of that person on that campaign. Returns the campaign title, or null for a
 * bad token. Idempotent.
 */
export async function unsubscribeFromCampaignUpdates(token: string): Promise<{ campaignTitle: string } | null> {
  const actionId = verifyUnsubscribeToken(token);
  if (actionId === null) return null;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [signer] = await tx
      .select({ campaignId: actions.campaignId, emailHash: actions.emailHash, campaignTitle: campaigns.title })
      .from(actions)
      .innerJoin(campaigns, eq(campaigns.id, actions.campaignId))
      .where(eq(actions.id, actionId))
      .limit(1);
    if (!signer?.emailHash) return null;
    await tx
      .update(actions)
      .set({ wantsUpdates: false, updatedAt: sql`now()` })
      .where(and(eq(actions.campaignId, signer.campaignId), eq(actions.emailHash, signer.emailHash), eq(actions.wantsUpdates, true)));
    return { campaignTitle: signer.campaignTitle };
  });
}
