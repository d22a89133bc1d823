import "server-only";
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { actions, campaignTargets, campaigns, partnerSources, targets, templates } from "@/db/schema";
import type { ActionKind } from "@/db/schema";
import { encrypt, encryptOptional } from "@/lib/crypto";
import { actionKindTable, type ChannelKind } from "@/lib/action-kinds";
import type { Charge } from "@/lib/rate-limit/policy";
import type { HealthResolved } from "@/lib/targets/health";
import { submittedTextHash } from "@/lib/moderation/text-hash";
import { chooseLanguage, type LanguageReason } from "@/lib/templates/language";
import { prescreenSubmission } from "./prescreen";
import { consumeRateLimits } from "./rate-limit";
import { getSiteSettings } from "./settings";
import { getCampaignForAction, isCollecting } from "./signatures";
import { resolveSupporterTargets, type SupporterTarget } from "./supporter-targets";
import { campaignIsPublic } from "./visibility";

/** The action kinds recorded here at once (lib/action-kinds.ts): not the ones only confirmed by email. */
export type { ChannelKind };

/** A public campaign as the channel pages need it. */
export interface ChannelCampaign {
  id: string;
  slug: string;
  title: string;
  hashtags: string[];
  highRisk: boolean;
  /** Published, not paused by its organisers, and this kind enabled: new actions are accepted. */
  collecting: boolean;
  /** The kind is one the campaign asks for at all (else the page is not found). */
  offersKind: boolean;
  defenderNames: string[];
  /** The language the campaign was written in (its texts are offered in it when neither the reader's nor the target's is written). */
  sourceLocale: string;
}

/** A public campaign by slug for one channel page, or null when unknown or not public. For anyone. */
export async function getChannelCampaign(slug: string, kind: ActionKind): Promise<ChannelCampaign | null> {
  const [campaign, settings] = await Promise.all([getCampaignForAction(slug), getSiteSettings()]);
  if (!campaign) return null;
  return {
    id: campaign.id,
    slug: campaign.slug,
    title: campaign.title,
    hashtags: campaign.hashtags,
    highRisk: campaign.highRisk,
    offersKind: campaign.actionKinds.includes(kind),
    // The site-wide kill switches too, so the page says collection is paused instead of offering a form.
    collecting: isCollecting(settings, campaign, kind),
    defenderNames: campaign.defenderNames,
    sourceLocale: campaign.sourceLocale,
  };
}

export interface ChannelTemplate {
  subject: string | null;
  body: string;
  language: string;
  /** Why this language was offered, when the caller gave a LanguagePreference (lib/templates/language.ts). */
  reason?: LanguageReason;
}

/**
 * What the supporter's page knows about the language to offer: the one they
 * asked for (?lang=, unchecked: only a written language is taken), the page's,
 * and the campaign's own. Each offer then takes the asked language when
 * written, else the reader's, the target's, the campaign's (lib/templates/language.ts).
 */
export interface LanguagePreference {
  asked: string | null;
  locale: string;
  sourceLocale: string | null;
}

/** A resolved target with the contact details one channel needs. */
export type ChannelTarget = HealthResolved<SupporterTarget> & {
  email: string | null;
  phone: string | null;
  xHandle: string | null;
  blueskyHandle: string | null;
};

export interface ChannelOffer {
  target: ChannelTarget;
  /** The target's own template when it has one, else the campaign's general one; null when neither exists. */
  template: ChannelTemplate | null;
}

/**
 * Who a supporter in `country` addresses on this channel, each with the
 * template to use: the target's own (for fixed officials) or the general one,
 * in the target's language when written, else English, else any. The campaign
 * must already be known to be public (getChannelCampaign).
 */
export async function listChannelOffers(
  campaignId: string,
  kind: ChannelKind,
  country: string | null,
  preference?: LanguagePreference,
): Promise<ChannelOffer[]> {
  const resolved = await resolveSupporterTargets(campaignId, kind, country);
  const db = await getDb();
  const [contacts, templateRows] = await Promise.all([
    resolved.length === 0
      ? []
      : db
          .select({
            id: targets.id,
            email: targets.email,
            phone: targets.phone,
            xHandle: targets.xHandle,
            blueskyHandle: targets.blueskyHandle,
          })
          .from(targets)
          .where(inArray(targets.id, resolved.map((entry) => entry.target.id))),
    selectTemplates(campaignId, kind),
  ]);
  const contactById = new Map(contacts.map((contact) => [contact.id, contact]));
  return resolved.map((entry) => {
    const contact = contactById.get(entry.target.id);
    return {
      target: {
        ...entry,
        email: contact?.email ?? null,
        phone: contact?.phone ?? null,
        xHandle: contact?.xHandle ?? null,
        blueskyHandle: contact?.blueskyHandle ?? null,
      },
      template: preference
        ? pickPreferredTemplate(templateRows, entry.target.id, entry.target.language, preference)
        : pickTemplate(templateRows, entry.target.id, entry.target.language),
    };
  });
}

/** The campaign's general template of this kind (no target), for channels that address no one (solidarity). */
export async function getGeneralTemplate(campaignId: string, kind: ChannelKind, language: string): Promise<ChannelTemplate | null> {
  return pickTemplate(await selectTemplates(campaignId, kind), null, language);
}

async function selectTemplates(campaignId: string, kind: ChannelKind) {
  const db = await getDb();
  return db
    .select({ targetId: templates.targetId, subject: templates.subject, body: templates.body, language: templates.language })
    .from(templates)
    .where(and(eq(templates.campaignId, campaignId), eq(templates.kind, actionKindTable[kind].templateKind)))
    .orderBy(asc(templates.language));
}

type TemplateRow = Awaited<ReturnType<typeof selectTemplates>>[number];

function pickTemplate(rows: TemplateRow[], targetId: string | null, language: string): ChannelTemplate | null {
  const byLanguage = (candidates: TemplateRow[]) =>
    candidates.find((row) => row.language === language) ??
    candidates.find((row) => row.language === "en") ??
    candidates[0];
  const own = targetId ? byLanguage(rows.filter((row) => row.targetId === targetId)) : undefined;
  const chosen = own ?? byLanguage(rows.filter((row) => row.targetId === null));
  return chosen ? { subject: chosen.subject, body: chosen.body, language: chosen.language } : null;
}

/**
 * The target's own template when it has one, else the general one, in the
 * language lib/templates/language.ts chooses among those written; an asked
 * language only the general template is written in takes the general one.
 */
function pickPreferredTemplate(rows: TemplateRow[], targetId: string, targetLanguage: string, preference: LanguagePreference): ChannelTemplate | null {
  const own = rows.filter((row) => row.targetId === targetId);
  const general = rows.filter((row) => row.targetId === null);
  const writes = (candidates: TemplateRow[], language: string | null) =>
    language !== null && candidates.some((row) => row.language.toLowerCase() === language.toLowerCase());
  const pool =
    own.length === 0 || (preference.asked && !writes(own, preference.asked) && writes(general, preference.asked)) ? general : own;
  const choice = chooseLanguage(
    pool.map((row) => row.language),
    preference.asked,
    { locale: preference.locale, targetLanguage, sourceLocale: preference.sourceLocale },
  );
  const chosen = choice ? pool.find((row) => row.language === choice.language) : undefined;
  return chosen && choice ? { subject: chosen.subject, body: chosen.body, language: chosen.language, reason: choice.reason } : null;
}

export interface SupporterActionInput {
  campaignSlug: string;
  kind: ChannelKind;
  /** Tweets, emails, calls and letters go to a target of the campaign; solidarity messages to none. */
  targetId?: string | null;
  /** From the form's hidden field: a double click or a retry records one row. */
  idempotencyKey: string;
  /** "I did it" steps: counted apart from confirmed actions. */
  selfReported: boolean;
  /** Solidarity messages wait for a moderator; everything else counts at once. */
  status: "confirmed" | "pending";
  name?: string | null;
  /** Whether the name may appear publicly (solidarity wall); never on high-risk campaigns. */
  showName?: boolean;
  country?: string | null;
  language?: string | null;
  /** The interface language the supporter used (i18n/config locales). */
  locale?: string | null;
  /** Solidarity: the message. Call: the outcome note. */
  personalText?: string | null;
  /** Tweets: a hash of the offered text. */
  textHash?: string | null;
  /** keyedHash("ip", ...); kept for the abuse window, never on high-risk campaigns. */
  ipHash?: string | null;
  /** The partner source resolved by the pipeline (server/supporter-actions/partner.ts); stored only when it is an active source of this campaign. */
  partnerSourceId?: string | null;
  /** "The partner may contact me"; stored only with a source. */
  partnerContactConsent?: boolean;
}

export type RecordOutcome =
  | "recorded"
  /** The idempotency key was used already: nothing new was written. */
  | "repeat"
  /** Unknown campaign, not public, not collecting, or this kind not enabled. */
  | "closed"
  /** The target is not one of the campaign's. */
  | "unknown_target"
  | "rate_limited";

/**
 * The partner columns of a new action: the source only when it is an active source of this
 * very campaign (checked in the insert itself), the consent only with it.
 */
function partnerColumns(campaignId: string, sourceId: string | null, consent: boolean) {
  if (!sourceId) return { partnerSourceId: null, partnerContactConsent: false };
  const active = sql`(select ${partnerSources.id} from ${partnerSources} where ${partnerSources.id} = ${sourceId}
    and ${partnerSources.campaignId} = ${campaignId} and ${partnerSources.archivedAt} is null)`;
  return { partnerSourceId: active, partnerContactConsent: consent ? sql<boolean>`${active} is not null` : false };
}

/**
 * Records one supporter action, after charging the rate-limit buckets. The
 * campaign and target checks and the insert run in one transaction; the
 * insert is keyed by the idempotency key (ON CONFLICT DO NOTHING). On
 * high-risk campaigns no name and no IP hash are stored.
 */
export async function recordSupporterAction(input: SupporterActionInput, charges: readonly Charge[]): Promise<RecordOutcome> {
  const verdict = await consumeRateLimits(charges);
  if (!verdict.allowed) return "rate_limited";
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [campaign] = await tx
      .select({ id: campaigns.id, highRisk: campaigns.highRisk })
      .from(campaigns)
      .where(
        and(
          eq(campaigns.slug, input.campaignSlug),
          campaignIsPublic(),
          eq(campaigns.status, "published"),
          eq(campaigns.collectionPaused, false),
          sql`${input.kind}::action_kind = any(${campaigns.actionKinds})`,
        ),
      )
      .limit(1);
    if (!campaign) return "closed";
    if (input.targetId) {
      const [belongs] = await tx
        .select({ id: targets.id })
        .from(targets)
        .innerJoin(
          campaignTargets,
          or(
            eq(campaignTargets.targetId, targets.id),
            and(
              eq(campaignTargets.rule, "embassy"),
              eq(targets.kind, "embassy"),
              eq(targets.representedState, campaignTargets.responsibleState),
            ),
          ),
        )
        .where(and(eq(targets.id, input.targetId), eq(campaignTargets.campaignId, campaign.id)))
        .limit(1);
      if (!belongs) return "unknown_target";
    }
    const name = campaign.highRisk ? null : input.name?.trim() || null;
    const showName = Boolean(name && input.showName);
    const confirmed = input.status === "confirmed";
    const personalText = input.personalText?.trim() || null;
    // Text shown after moderation (solidarity messages): hashed so repeats can be counted, and screened below.
    const moderated = actionKindTable[input.kind].moderatedText && personalText !== null;
    const textHash = moderated ? submittedTextHash(personalText) : (input.textHash ?? null);
    const inserted = await tx
      .insert(actions)
      .values({
        campaignId: campaign.id,
        kind: input.kind,
        status: input.status,
        targetId: input.targetId ?? null,
        nameCiphertext: name ? encrypt(name) : null,
        publicName: showName ? name : null,
        showName,
        country: input.country ?? null,
        language: input.language ?? null,
        locale: input.locale ?? null,
        personalTextCiphertext: encryptOptional(personalText),
        textHash,
        selfReported: input.selfReported,
        ipHash: campaign.highRisk ? null : (input.ipHash ?? null),
        idempotencyKey: input.idempotencyKey,
        confirmedAt: confirmed ? sql`now()` : null,
        ...partnerColumns(campaign.id, input.partnerSourceId ?? null, input.partnerContactConsent === true),
      })
      .onConflictDoNothing({ target: actions.idempotencyKey })
      .returning({ id: actions.id });
    const [created] = inserted;
    if (!created) return "repeat";
    if (moderated) await prescreenSubmission(tx, { type: "action", id: String(created.id) }, personalText, { language: input.language, textHash });
    return "recorded";
  });
}
