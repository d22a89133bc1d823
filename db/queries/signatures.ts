import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { actions, campaignDefenders, campaigns, defenders, partnerSources, templates, type ActionKind, type TemplateKind } from "@/db/schema";
import { correlated } from "@/db/queries/correlated";
import { enqueueMail, enqueueMailFor } from "@/db/queries/mail";
import { prescreenSubmission } from "@/db/queries/prescreen";
import { rowsOf } from "@/db/queries/rows";
import { kindIsCollecting, type SiteSettings } from "@/db/queries/settings";
import { shortLived } from "@/db/queries/short-lived";
import { campaignIsPublic, type PublicCampaignStatus } from "@/db/queries/visibility";
import { decrypt, encrypt, encryptOptional, keyedHash } from "@/lib/crypto";
import { emailDomain } from "@/lib/email/canonical";
import { submittedTextHash } from "@/lib/moderation/text-hash";
import type { SignatureKind } from "@/lib/action-kinds";

/** A confirmation link works this long after it was sent. */
export const confirmWindowDays = 7;

/** What the supporter pages need to know about a campaign before taking an action on it. */
export interface ActionCampaign {
  id: string;
  slug: string;
  title: string;
  status: PublicCampaignStatus;
  highRisk: boolean;
  hashtags: string[];
  actionKinds: ActionKind[];
  collectionPaused: boolean;
  defenderNames: string[];
  /** The language the campaign was written in: its letter is offered in it when neither the reader's nor the target's is written. */
  sourceLocale: string;
}

/** A public campaign by slug, for the action pages and actions; null when unknown or not public. For anyone. */
export async function getCampaignForAction(slug: string): Promise<ActionCampaign | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: campaigns.id,
      slug: campaigns.slug,
      title: campaigns.title,
      status: campaigns.status,
      highRisk: campaigns.highRisk,
      hashtags: campaigns.hashtags,
      actionKinds: campaigns.actionKinds,
      collectionPaused: campaigns.collectionPaused,
      sourceLocale: campaigns.sourceLocale,
      defenderNames: correlated<string[]>(sql`coalesce((
        select array_agg(${defenders.name} order by ${campaignDefenders.position})
        from ${campaignDefenders} join ${defenders} on ${defenders.id} = ${campaignDefenders.defenderId}
        where ${campaignDefenders.campaignId} = ${campaigns.id}
      ), '{}')`),
    })
    .from(campaigns)
    .where(and(eq(campaigns.slug, slug), campaignIsPublic()))
    .limit(1);
  return row ? { ...row, status: row.status as PublicCampaignStatus } : null;
}

const campaignsForSigning = shortLived<ActionCampaign | null>(1_000);

/**
 * getCampaignForAction for the signing actions themselves, remembered for a
 * second per process: a surge then costs one lookup a second per campaign
 * instead of one per signature, and a pause or close is in force within a
 * second (the kill switches promise 5).
 */
export function getCampaignForSigning(slug: string): Promise<ActionCampaign | null> {
  return campaignsForSigning.get(slug, () => getCampaignForAction(slug));
}

/**
 * THE rule for whether a campaign takes new actions of `kind`: the site-wide
 * kill switches (every kind, or this one), then the campaign's own state
 * (published, not paused by its organisers, this kind enabled). The gate of
 * the supporter pipeline (server/supporter-actions/gate.ts) and the action
 * pages ask here; recording re-checks the campaign's part inside its own
 * transaction only so that a close in between cannot slip through.
 */
export function isCollecting(settings: SiteSettings, campaign: ActionCampaign, kind: ActionKind): boolean {
  return (
    kindIsCollecting(settings, kind) &&
    campaign.status === "published" &&
    !campaign.collectionPaused &&
    campaign.actionKinds.includes(kind)
  );
}

export interface LetterTemplate {
  language: string;
  subject: string | null;
  body: string;
}

/** The campaign's templates of one kind, the letter's by default (one per language), English first. */
export async function listLetterTemplates(campaignId: string, kind: TemplateKind = "letter"): Promise<LetterTemplate[]> {
  const db = await getDb();
  return db
    .select({ language: templates.language, subject: templates.subject, body: templates.body })
    .from(templates)
    .where(and(eq(templates.campaignId, campaignId), eq(templates.kind, kind)))
    .orderBy(sql`${templates.language} <> 'en'`, asc(templates.language));
}

export interface NewSignature {
  campaign: Pick<ActionCampaign, "id" | "slug" | "title" | "highRisk">;
  /** A kind confirmed by email (lib/action-kinds.ts). */
  kind: SignatureKind;
  targetId: string | null;
  /** As typed: mail goes there. Dedupe uses the canonical form's hash. */
  email: string;
  canonicalEmail: string;
  /** The supporter's name; null for an organisation's sign-on (the organisation is named instead). */
  name: string | null;
  showName: boolean;
  wantsUpdates: boolean;
  country: string;
  city: string | null;
  /** The language of the text sent (the template the supporter chose, lib/templates/language.ts); null when the kind has none. */
  language: string | null;
  /** The interface language the supporter used (i18n/config locales): the confirmation mail is written in it, and later update mail. */
  locale: string;
  personalText: string | null;
  /** Letter: show the paragraph on the campaign page once a moderator approved it (ignored on high-risk campaigns). */
  showText?: boolean;
  organisationName: string | null;
  organisationWebsite: string | null;
  powVerified: boolean;
  /** Dropped on high-risk campaigns. */
  ipHash: string | null;
  idempotencyKey: string;
  /** The campaign's active partner source the supporter came through (resolved by the pipeline), or null. */
  partnerSourceId?: string | null;
  /** "The partner may contact me", ticked; only ever true with a source. */
  partnerContactConsent?: boolean;
  /**
   * The confirmation mail, composed by the caller (server/supporter-actions):
   * stored as given, to the address typed. Only the token's hash is kept.
   */
  confirmation: { token: string; subject: string; text: string; html?: string };
}

/**
 * The text a moderator must read before it is shown on the campaign page: an
 * organisation's name and statement, or a paragraph its writer asked to show
 * (never on high-risk campaigns). Null when nothing will be shown.
 */
function textShownAfterModeration(signature: NewSignature): string | null {
  if (signature.organisationName !== null) {
    return [signature.organisationName, signature.personalText].filter(Boolean).join("\n\n") || null;
  }
  const paragraph = signature.personalText?.trim();
  return signature.showText && !signature.campaign.highRisk && paragraph ? paragraph : null;
}

/** What happened, for tests and logs only: the supporter gets the same answer in every case. */
export type SignatureOutcome = "created" | "resent" | "unchanged";

function confirmationMail(signature: NewSignature) {
  return {
    to: signature.email.trim(),
    subject: signature.confirmation.subject,
    text: signature.confirmation.text,
    html: signature.confirmation.html,
    campaignId: signature.campaign.id,
  };
}

/**
 * Stores a pending signature and queues its confirmation mail, atomically: a
 * new signer in one statement, anything else in one transaction. One INSERT ... ON CONFLICT DO NOTHING covers both a repeat
 * (same campaign, kind and canonical email) and a retry (same idempotency
 * key). A repeat of a still-pending signature from another form gets a fresh
 * link by mail (the old one stops working); a retry changes nothing.
 */
export async function recordPendingSignature(signature: NewSignature): Promise<SignatureOutcome> {
  const emailHash = keyedHash("email", signature.canonicalEmail);
  const tokenHash = keyedHash("token", signature.confirmation.token);
  const highRisk = signature.campaign.highRisk;
  const showName = signature.showName && !highRisk && signature.name !== null;
  const publicText = textShownAfterModeration(signature);
  const textHash = publicText ? submittedTextHash(publicText) : null;
  const row = {
    campaignId: signature.campaign.id,
    kind: signature.kind,
    targetId: signature.targetId,
    emailHash,
    emailCiphertext: encrypt(signature.email.trim()),
    emailDomain: emailDomain(signature.canonicalEmail),
    nameCiphertext: signature.name ? encrypt(signature.name) : null,
    publicName: showName ? signature.name : null,
    showName,
    wantsUpdates: signature.wantsUpdates,
    country: signature.country,
    cityCiphertext: encryptOptional(signature.city),
    language: signature.language,
    locale: signature.locale,
    personalTextCiphertext: encryptOptional(signature.personalText),
    organisationName: signature.organisationName,
    organisationWebsite: signature.organisationWebsite,
    showText: signature.organisationName === null && publicText !== null,
    textHash,
    powVerified: signature.powVerified,
    ipHash: highRisk ? null : signature.ipHash,
    idempotencyKey: signature.idempotencyKey,
    partnerSourceId: signature.partnerSourceId ?? null,
    partnerContactConsent: Boolean(signature.partnerSourceId && signature.partnerContactConsent),
    confirmTokenHash: tokenHash,
  };
  const db = await getDb();
  if (!publicText) {
    // The common case, a new signer with nothing to moderate: the action and its mail in ONE
    // statement (one round trip, one commit). A conflict (a repeat or a retry) inserts neither
    // and falls through to the transaction below, which sorts out which it was.
    // Drizzle puts the embedded builder in parentheses itself: "with inserted as (insert ...)".
    const insertAction = db.insert(actions).values(row).onConflictDoNothing().returning({ id: actions.id });
    const created = await db.execute(
      sql`with inserted as ${insertAction} ${enqueueMailFor(sql`inserted`, confirmationMail(signature))} returning 1`,
    );
    if (rowsOf(created).length > 0) return "created";
  }
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(actions)
      .values(row)
      .onConflictDoNothing()
      .returning({ id: actions.id });
    if (inserted.length > 0) {
      if (publicText) {
        await prescreenSubmission(tx, { type: "action", id: String(inserted[0]!.id) }, publicText, { language: signature.locale, textHash });
      }
      await enqueueMail(tx, confirmationMail(signature));
      return "created";
    }
    const reissued = await tx
      .update(actions)
      .set({ confirmTokenHash: tokenHash, locale: signature.locale, updatedAt: sql`now()` })
      .where(
        and(
          // The signer's one row found through actions_dedupe_uq alone, its status checked after: with the
          // status among the index conditions, stale statistics during a surge of new pending rows led the
          // planner to actions_campaign_status_kind_id_idx, which walks every pending row of the campaign (62 ms).
          eq(
            actions.id,
            tx
              .select({ id: actions.id })
              .from(actions)
              .where(and(eq(actions.campaignId, signature.campaign.id), eq(actions.kind, signature.kind), eq(actions.emailHash, emailHash))),
          ),
          eq(actions.status, "pending"),
          ne(actions.idempotencyKey, signature.idempotencyKey),
        ),
      )
      .returning({ id: actions.id });
    if (reissued.length === 0) return "unchanged";
    await enqueueMail(tx, confirmationMail(signature));
    return "resent";
  });
}

/** What a confirmation link points at, as the confirm page shows it. */
export interface ConfirmationSummary {
  state: "pending" | "confirmed" | "expired" | "withdrawn";
  kind: ActionKind;
  campaignSlug: string;
  campaignTitle: string;
  /** The organisation for a sign-on; the supporter's name is never shown on a page reached by a link. */
  organisationName: string | null;
  country: string | null;
  /** The code of the partner source the supporter came through (ADR 0029), for the thanks page; null when none. */
  partnerCode: string | null;
}

const expiredCondition = sql<boolean>`${actions.updatedAt} < now() - ${confirmWindowDays} * interval '1 day'`;

function summaryColumns() {
  return {
    status: actions.status,
    expired: expiredCondition,
    kind: actions.kind,
    campaignSlug: campaigns.slug,
    campaignTitle: campaigns.title,
    organisationName: actions.organisationName,
    country: actions.country,
    partnerCode: correlated<string | null>(sql`(select ${partnerSources.code} from ${partnerSources} where ${partnerSources.id} = ${actions.partnerSourceId})`),
  };
}

function toSummary(row: {
  status: string;
  expired: boolean;
  kind: ActionKind;
  campaignSlug: string;
  campaignTitle: string;
  organisationName: string | null;
  country: string | null;
  partnerCode: string | null;
}): ConfirmationSummary {
  const state =
    row.status === "confirmed" ? "confirmed" : row.status !== "pending" ? "withdrawn" : row.expired ? "expired" : "pending";
  const { status: _status, expired: _expired, ...rest } = row;
  return { state, ...rest };
}

/** The action behind a confirmation token, or null for an unknown (forged, replaced) token. Reads only. */
export async function getConfirmation(token: string): Promise<ConfirmationSummary | null> {
  if (!token || token.length > 100) return null;
  const db = await getDb();
  const [row] = await db
    .select(summaryColumns())
    .from(actions)
    .innerJoin(campaigns, eq(campaigns.id, actions.campaignId))
    .where(eq(actions.confirmTokenHash, keyedHash("token", token)))
    .limit(1);
  return row ? toSummary(row) : null;
}

/**
 * Confirms the action behind `token` if it is pending and its link is still
 * valid: pending -> confirmed exactly once, however often it is called.
 * Returns the summary after the call (state "confirmed" when it now is), or
 * null for an unknown token.
 */
export async function confirmAction(token: string): Promise<ConfirmationSummary | null> {
  if (!token || token.length > 100) return null;
  const tokenHash = keyedHash("token", token);
  const db = await getDb();
  await db
    .update(actions)
    .set({ status: "confirmed", confirmedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(actions.confirmTokenHash, tokenHash), eq(actions.status, "pending"), sql`not ${expiredCondition}`));
  return getConfirmation(token);
}

/** The clear name of a stored action (for organisers' exports and tests). */
export function readSealed(sealed: string | null): string | null {
  return sealed ? decrypt(sealed) : null;
}
