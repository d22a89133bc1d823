import "server-only";
import { and, asc, desc, eq, type SQL } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { campaignAccess, defenderAccess } from "@/db/queries/access";
import { recordAudit } from "@/db/queries/audit";
import { sendBackToReviewIfLive, type OrganiserActor } from "@/db/queries/organise-campaigns";
import { screenCampaign, screenDefender } from "@/db/queries/prescreen";
import {
  campaignDefenders,
  campaignTranslations,
  campaignUpdateTranslations,
  campaignUpdates,
  campaigns,
  defenderTranslations,
  defenders,
} from "@/db/schema";
import type { Locale } from "@/i18n/config";
import { cacheSeconds, cacheTags } from "@/lib/cache-tags";
import { isUuid } from "@/lib/ids";
import type { Viewer } from "@/lib/permissions";
import { refuse } from "@/lib/refusal";
import { localize, sourceLocaleOf, type TranslationInfo } from "@/lib/translations";
import { cached } from "./cached";
import { campaignIsPublic } from "./visibility";

/*
 * Versions of campaigns, campaign updates and defender profiles in other
 * languages (db/schema/translations.ts, lib/translations.ts).
 *
 * Public pages join the version in the page's language beside the original
 * (the join conditions below) and let `localize` pick each field. Organisers
 * who may edit the campaign (campaign_organisers) or look after the defender
 * (defender_organisers) read and write the versions here, with the permission
 * in the WHERE: anyone else gets Refused("notFound"), as for the originals.
 *
 * Review follows the originals (ADR 0008, 0011): a campaign's own words in
 * another language are still what it says, so saving a version of a public
 * campaign sends it back to review; an update's version is live like the
 * update; a defender's version is post-moderated like the profile (its
 * updated_at moves, so it is open in the moderation queue again).
 */

// --- Public reads ----------------------------------------------------------

/** Join condition: the campaign's version in `locale` (localize() ignores it when `locale` is the original's). */
export function campaignVersionIn(locale: Locale): SQL {
  return and(eq(campaignTranslations.campaignId, campaigns.id), eq(campaignTranslations.locale, locale))!;
}

/** Join condition: an update's version in `locale`. */
export function updateVersionIn(locale: Locale): SQL {
  return and(eq(campaignUpdateTranslations.updateId, campaignUpdates.id), eq(campaignUpdateTranslations.locale, locale))!;
}

/** Join condition: the defender's version in `locale`. */
export function defenderVersionIn(locale: Locale): SQL {
  return and(eq(defenderTranslations.defenderId, defenders.id), eq(defenderTranslations.locale, locale))!;
}

export interface LocalizedCampaignTitle {
  title: string;
  translation: TranslationInfo<"title">;
}

async function loadPublicCampaignTitle(slug: string, locale: Locale): Promise<LocalizedCampaignTitle | null> {
  const db = await getDb();
  const [row] = await db
    .select({ title: campaigns.title, sourceLocale: campaigns.sourceLocale, versionTitle: campaignTranslations.title })
    .from(campaigns)
    .leftJoin(campaignTranslations, campaignVersionIn(locale))
    .where(and(eq(campaigns.slug, slug), campaignIsPublic()))
    .limit(1);
  if (!row) return null;
  const { values, translation } = localize(locale, row.sourceLocale, { title: row.title }, { title: row.versionTitle });
  return { title: values.title, translation };
}

/**
 * A public campaign's title in the page's language (or the original, flagged),
 * for the headings of its action pages; null when it is not public. For anyone.
 */
export function getPublicCampaignTitle(slug: string, locale: Locale): Promise<LocalizedCampaignTitle | null> {
  return cached(
    loadPublicCampaignTitle,
    { key: "public-campaign-title", tags: [cacheTags.campaigns, cacheTags.campaign(slug), cacheTags.defenders], revalidate: cacheSeconds.content },
    slug,
    locale,
  );
}

// --- Organisers: campaigns and their updates -------------------------------

export interface CampaignVersionFields {
  title: string;
  summary: string;
  ask: string;
  storyMarkdown: string;
}

export interface UpdateVersionFields {
  title: string;
  body: string;
}

export interface CampaignTranslationsView {
  campaign: CampaignVersionFields & { id: string; slug: string; status: (typeof campaigns.$inferSelect)["status"]; sourceLocale: Locale };
  versions: (CampaignVersionFields & { locale: Locale; updatedAt: Date })[];
  /** The timeline, newest first, each with its versions. */
  updates: (UpdateVersionFields & { id: string; kind: (typeof campaignUpdates.$inferSelect)["kind"]; occurredOn: string; versions: (UpdateVersionFields & { locale: Locale; updatedAt: Date })[] })[];
}

/** The campaign's words and every version of them, for its Translations page; Refused(notFound) unless the viewer may edit it. */
export async function getCampaignTranslations(viewer: Viewer, campaignId: string): Promise<CampaignTranslationsView> {
  if (!isUuid(campaignId)) refuse("notFound");
  const db = await getDb();
  const [campaign] = await db
    .select({
      id: campaigns.id,
      slug: campaigns.slug,
      status: campaigns.status,
      sourceLocale: campaigns.sourceLocale,
      title: campaigns.title,
      summary: campaigns.summary,
      ask: campaigns.ask,
      storyMarkdown: campaigns.storyMarkdown,
    })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), campaignAccess(viewer, "edit")))
    .limit(1);
  if (!campaign) refuse("notFound");
  const [versions, updates, updateVersions] = await Promise.all([
    db
      .select({
        locale: campaignTranslations.locale,
        title: campaignTranslations.title,
        summary: campaignTranslations.summary,
        ask: campaignTranslations.ask,
        storyMarkdown: campaignTranslations.storyMarkdown,
        updatedAt: campaignTranslations.updatedAt,
      })
      .from(campaignTranslations)
      .where(eq(campaignTranslations.campaignId, campaign.id))
      .orderBy(asc(campaignTranslations.locale)),
    db
      .select({ id: campaignUpdates.id, kind: campaignUpdates.kind, occurredOn: campaignUpdates.occurredOn, title: campaignUpdates.title, body: campaignUpdates.body })
      .from(campaignUpdates)
      .where(eq(campaignUpdates.campaignId, campaign.id))
      .orderBy(desc(campaignUpdates.occurredOn), desc(campaignUpdates.createdAt)),
    db
      .select({
        updateId: campaignUpdateTranslations.updateId,
        locale: campaignUpdateTranslations.locale,
        title: campaignUpdateTranslations.title,
        body: campaignUpdateTranslations.body,
        updatedAt: campaignUpdateTranslations.updatedAt,
      })
      .from(campaignUpdateTranslations)
      .innerJoin(campaignUpdates, eq(campaignUpdates.id, campaignUpdateTranslations.updateId))
      .where(eq(campaignUpdates.campaignId, campaign.id)),
  ]);
  return {
    campaign: { ...campaign, sourceLocale: sourceLocaleOf(campaign.sourceLocale) },
    versions: versions.map((v) => ({ ...v, locale: sourceLocaleOf(v.locale) })),
    updates: updates.map((update) => ({
      ...update,
      versions: updateVersions
        .filter((v) => v.updateId === update.id)
        .map(({ updateId: _updateId, ...v }) => ({ ...v, locale: sourceLocaleOf(v.locale) })),
    })),
  };
}

/** What changed on the public site: the campaign's page (and lists) to refresh, and whether it left it for review. */
export interface CampaignTranslationChange {
  ok: true;
  slug: string;
  /** The public could see the campaign before the change. */
  public: boolean;
  /** Saving a version of a public campaign sends it back to review (ADR 0008). */
  sentBackToReview: boolean;
  /** Defenders named on the campaign: their profiles list it (and show its updates). */
  defenderSlugs: string[];
}

/** A version in the original's own language would never show: the form says so next to the language. */
export type NotTheOriginal = { ok: false; reason: "isSourceLocale" };

async function lockCampaignForTranslation(tx: Transaction, viewer: Viewer, campaignId: string) {
  if (!isUuid(campaignId)) refuse("notFound");
  const [row] = await tx
    .select({ id: campaigns.id, slug: campaigns.slug, status: campaigns.status, sourceLocale: campaigns.sourceLocale })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), campaignAccess(viewer, "edit")))
    .for("update");
  if (!row) refuse("notFound");
  const named = await tx
    .select({ slug: defenders.slug })
    .from(campaignDefenders)
    .innerJoin(defenders, eq(defenders.id, campaignDefenders.defenderId))
    .where(eq(campaignDefenders.campaignId, campaignId));
  return { ...row, defenderSlugs: named.map((d) => d.slug) };
}

const isPublic = (status: (typeof campaigns.$inferSelect)["status"]) => status === "published" || status === "paused" || status === "closed" || status === "won";

/**
 * Saves (creates or replaces) the campaign's version in `locale`, in one
 * transaction with its audit entry; a public campaign goes back to review and
 * is screened again with the new words. Refused(notFound) unless the viewer
 * may edit the campaign.
 */
export async function saveCampaignTranslation(
  viewer: OrganiserActor,
  campaignId: string,
  locale: Locale,
  fields: CampaignVersionFields,
): Promise<CampaignTranslationChange | NotTheOriginal> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const campaign = await lockCampaignForTranslation(tx, viewer, campaignId);
    if (locale === campaign.sourceLocale) return { ok: false, reason: "isSourceLocale" } as const;
    const [before] = await tx
      .select({ title: campaignTranslations.title, summary: campaignTranslations.summary, ask: campaignTranslations.ask, storyMarkdown: campaignTranslations.storyMarkdown })
      .from(campaignTranslations)
      .where(and(eq(campaignTranslations.campaignId, campaignId), eq(campaignTranslations.locale, locale)));
    const now = new Date();
    await tx
      .insert(campaignTranslations)
      .values({ campaignId, locale, ...fields, updatedBy: viewer.id, updatedAt: now })
      .onConflictDoUpdate({ target: [campaignTranslations.campaignId, campaignTranslations.locale], set: { ...fields, updatedBy: viewer.id, updatedAt: now } });
    const sentBackToReview = await sendBackToReviewIfLive(tx, viewer, campaignId, campaign.status);
    if (sentBackToReview) await screenCampaign(tx, campaignId);
    await recordAudit(tx, {
      actor: viewer,
      action: sentBackToReview ? "campaign.translation.save.review" : "campaign.translation.save",
      entityType: "campaign",
      entityId: campaignId,
      before: before ? { locale, ...before } : null,
      after: { locale, ...fields },
    });
    return { ok: true, slug: campaign.slug, public: isPublic(campaign.status), sentBackToReview, defenderSlugs: campaign.defenderSlugs } as const;
  });
}

/**
 * Deletes the campaign's version in `locale` (the page falls back to the
 * original, which was reviewed: nothing goes back to review); false when there
 * was none. Refused(notFound) unless the viewer may edit the campaign.
 */
export async function deleteCampaignTranslation(viewer: OrganiserActor, campaignId: string, locale: Locale): Promise<CampaignTranslationChange | false> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const campaign = await lockCampaignForTranslation(tx, viewer, campaignId);
    const removed = await tx
      .delete(campaignTranslations)
      .where(and(eq(campaignTranslations.campaignId, campaignId), eq(campaignTranslations.locale, locale)))
      .returning({ title: campaignTranslations.title, summary: campaignTranslations.summary, ask: campaignTranslations.ask, storyMarkdown: campaignTranslations.storyMarkdown });
    if (!removed.length) return false;
    await recordAudit(tx, { actor: viewer, action: "campaign.translation.delete", entityType: "campaign", entityId: campaignId, before: { locale, ...removed[0] } });
    return { ok: true, slug: campaign.slug, public: isPublic(campaign.status), sentBackToReview: false, defenderSlugs: campaign.defenderSlugs } as const;
  });
}

/** The original's language is taken by a version: delete that version first (it would never show). */
export type SourceLocaleTaken = { ok: false; reason: "hasVersion" };

/**
 * Says which language the campaign's original words (and updates) are written
 * in. Only the label changes, so it does not go back to review; a language
 * that already has a version is refused. Refused(notFound) unless the viewer
 * may edit the campaign.
 */
export async function setCampaignSourceLocale(viewer: OrganiserActor, campaignId: string, locale: Locale): Promise<CampaignTranslationChange | SourceLocaleTaken> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const campaign = await lockCampaignForTranslation(tx, viewer, campaignId);
    const change = { ok: true, slug: campaign.slug, public: isPublic(campaign.status), sentBackToReview: false, defenderSlugs: campaign.defenderSlugs } as const;
    if (campaign.sourceLocale === locale) return change;
    const [taken] = await tx
      .select({ locale: campaignTranslations.locale })
      .from(campaignTranslations)
      .where(and(eq(campaignTranslations.campaignId, campaignId), eq(campaignTranslations.locale, locale)));
    if (taken) return { ok: false, reason: "hasVersion" } as const;
    await tx.update(campaigns).set({ sourceLocale: locale, updatedAt: new Date() }).where(eq(campaigns.id, campaignId));
    await recordAudit(tx, {
      actor: viewer,
      action: "campaign.source_locale",
      entityType: "campaign",
      entityId: campaignId,
      before: { sourceLocale: campaign.sourceLocale },
      after: { sourceLocale: locale },
    });
    return change;
  });
}

async function updateOfCampaign(tx: Transaction, campaignId: string, updateId: string): Promise<void> {
  if (!isUuid(updateId)) refuse("notFound");
  const [row] = await tx
    .select({ id: campaignUpdates.id })
    .from(campaignUpdates)
    .where(and(eq(campaignUpdates.id, updateId), eq(campaignUpdates.campaignId, campaignId)));
  if (!row) refuse("notFound");
}

/**
 * Saves an update's version in `locale`. Updates are posted without review,
 * and so are their versions. Refused(notFound) unless the viewer may edit the
 * campaign and the update is one of its own.
 */
export async function saveUpdateTranslation(
  viewer: OrganiserActor,
  campaignId: string,
  updateId: string,
  locale: Locale,
  fields: UpdateVersionFields,
): Promise<CampaignTranslationChange | NotTheOriginal> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const campaign = await lockCampaignForTranslation(tx, viewer, campaignId);
    await updateOfCampaign(tx, campaignId, updateId);
    if (locale === campaign.sourceLocale) return { ok: false, reason: "isSourceLocale" } as const;
    const [before] = await tx
      .select({ title: campaignUpdateTranslations.title, body: campaignUpdateTranslations.body })
      .from(campaignUpdateTranslations)
      .where(and(eq(campaignUpdateTranslations.updateId, updateId), eq(campaignUpdateTranslations.locale, locale)));
    const now = new Date();
    await tx
      .insert(campaignUpdateTranslations)
      .values({ updateId, locale, ...fields, updatedBy: viewer.id, updatedAt: now })
      .onConflictDoUpdate({ target: [campaignUpdateTranslations.updateId, campaignUpdateTranslations.locale], set: { ...fields, updatedBy: viewer.id, updatedAt: now } });
    await recordAudit(tx, {
      actor: viewer,
      action: "campaign.update.translation.save",
      entityType: "campaign",
      entityId: campaignId,
      before: before ? { updateId, locale, ...before } : null,
      after: { updateId, locale, ...fields },
    });
    return { ok: true, slug: campaign.slug, public: isPublic(campaign.status), sentBackToReview: false, defenderSlugs: campaign.defenderSlugs } as const;
  });
}

/** Deletes an update's version in `locale`; false when there was none. Refused(notFound) as saveUpdateTranslation. */
export async function deleteUpdateTranslation(viewer: OrganiserActor, campaignId: string, updateId: string, locale: Locale): Promise<CampaignTranslationChange | false> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const campaign = await lockCampaignForTranslation(tx, viewer, campaignId);
    await updateOfCampaign(tx, campaignId, updateId);
    const removed = await tx
      .delete(campaignUpdateTranslations)
      .where(and(eq(campaignUpdateTranslations.updateId, updateId), eq(campaignUpdateTranslations.locale, locale)))
      .returning({ title: campaignUpdateTranslations.title, body: campaignUpdateTranslations.body });
    if (!removed.length) return false;
    await recordAudit(tx, { actor: viewer, action: "campaign.update.translation.delete", entityType: "campaign", entityId: campaignId, before: { updateId, locale, ...removed[0] } });
    return { ok: true, slug: campaign.slug, public: isPublic(campaign.status), sentBackToReview: false, defenderSlugs: campaign.defenderSlugs } as const;
  });
}

// --- Organisers: defender profiles ----------------------------------------

export interface DefenderVersionFields {
  profession: string | null;
  summary: string;
  storyMarkdown: string;
  photoAlt: string | null;
}

export interface DefenderTranslationsView {
  defender: DefenderVersionFields & { id: string; slug: string; name: string; paused: boolean; photoPath: string | null; sourceLocale: Locale };
  versions: (DefenderVersionFields & { locale: Locale; updatedAt: Date })[];
}

/** The profile's words and their versions; Refused(notFound) unless the viewer looks after the defender (or is an admin). */
export async function getDefenderTranslations(viewer: Viewer, defenderId: string): Promise<DefenderTranslationsView> {
  if (!isUuid(defenderId)) refuse("notFound");
  const db = await getDb();
  const [defender] = await db
    .select({
      id: defenders.id,
      slug: defenders.slug,
      name: defenders.name,
      paused: defenders.paused,
      photoPath: defenders.photoPath,
      sourceLocale: defenders.sourceLocale,
      profession: defenders.profession,
      summary: defenders.summary,
      storyMarkdown: defenders.storyMarkdown,
      photoAlt: defenders.photoAlt,
    })
    .from(defenders)
    .where(and(eq(defenders.id, defenderId), defenderAccess(viewer, "edit")))
    .limit(1);
  if (!defender) refuse("notFound");
  const versions = await db
    .select({
      locale: defenderTranslations.locale,
      profession: defenderTranslations.profession,
      summary: defenderTranslations.summary,
      storyMarkdown: defenderTranslations.storyMarkdown,
      photoAlt: defenderTranslations.photoAlt,
      updatedAt: defenderTranslations.updatedAt,
    })
    .from(defenderTranslations)
    .where(eq(defenderTranslations.defenderId, defender.id))
    .orderBy(asc(defenderTranslations.locale));
  return {
    defender: { ...defender, sourceLocale: sourceLocaleOf(defender.sourceLocale) },
    versions: versions.map((v) => ({ ...v, locale: sourceLocaleOf(v.locale) })),
  };
}

/** What to refresh after a change to a profile's versions: the profile, and the campaigns that name the defender. */
export interface DefenderTranslationChange {
  ok: true;
  slug: string;
  campaignSlugs: string[];
}

async function lockDefenderForTranslation(tx: Transaction, viewer: Viewer, defenderId: string) {
  if (!isUuid(defenderId)) refuse("notFound");
  const [row] = await tx
    .select({ id: defenders.id, slug: defenders.slug, sourceLocale: defenders.sourceLocale })
    .from(defenders)
    .where(and(eq(defenders.id, defenderId), defenderAccess(viewer, "edit")))
    .for("update");
  if (!row) refuse("notFound");
  const about = await tx
    .select({ slug: campaigns.slug })
    .from(campaignDefenders)
    .innerJoin(campaigns, eq(campaigns.id, campaignDefenders.campaignId))
    .where(eq(campaignDefenders.defenderId, defenderId));
  return { ...row, campaignSlugs: about.map((c) => c.slug) };
}

/**
 * Saves the profile's version in `locale`: screened with the profile and open
 * for moderation again (profiles are moderated after publication, ADR 0011),
 * audited, in one transaction. Refused(notFound) unless the viewer looks after
 * the defender.
 */
export async function saveDefenderTranslation(
  viewer: OrganiserActor,
  defenderId: string,
  locale: Locale,
  fields: DefenderVersionFields,
): Promise<DefenderTranslationChange | NotTheOriginal> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const defender = await lockDefenderForTranslation(tx, viewer, defenderId);
    if (locale === defender.sourceLocale) return { ok: false, reason: "isSourceLocale" } as const;
    const [before] = await tx
      .select({ profession: defenderTranslations.profession, summary: defenderTranslations.summary, storyMarkdown: defenderTranslations.storyMarkdown, photoAlt: defenderTranslations.photoAlt })
      .from(defenderTranslations)
      .where(and(eq(defenderTranslations.defenderId, defenderId), eq(defenderTranslations.locale, locale)));
    const now = new Date();
    await tx
      .insert(defenderTranslations)
      .values({ defenderId, locale, ...fields, updatedBy: viewer.id, updatedAt: now })
      .onConflictDoUpdate({ target: [defenderTranslations.defenderId, defenderTranslations.locale], set: { ...fields, updatedBy: viewer.id, updatedAt: now } });
    // The moderation queue holds a profile changed after its latest decision.
    await tx.update(defenders).set({ updatedAt: now }).where(eq(defenders.id, defenderId));
    await screenDefender(tx, defenderId);
    await recordAudit(tx, {
      actor: viewer,
      action: "defender.translation.save",
      entityType: "defender",
      entityId: defenderId,
      before: before ? { locale, ...before } : null,
      after: { locale, ...fields },
    });
    return { ok: true, slug: defender.slug, campaignSlugs: defender.campaignSlugs } as const;
  });
}

/** Deletes the profile's version in `locale`; false when there was none. Refused(notFound) as saveDefenderTranslation. */
export async function deleteDefenderTranslation(viewer: OrganiserActor, defenderId: string, locale: Locale): Promise<DefenderTranslationChange | false> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const defender = await lockDefenderForTranslation(tx, viewer, defenderId);
    const removed = await tx
      .delete(defenderTranslations)
      .where(and(eq(defenderTranslations.defenderId, defenderId), eq(defenderTranslations.locale, locale)))
      .returning({ profession: defenderTranslations.profession, summary: defenderTranslations.summary, storyMarkdown: defenderTranslations.storyMarkdown, photoAlt: defenderTranslations.photoAlt });
    if (!removed.length) return false;
    await recordAudit(tx, { actor: viewer, action: "defender.translation.delete", entityType: "defender", entityId: defenderId, before: { locale, ...removed[0] } });
    return { ok: true, slug: defender.slug, campaignSlugs: defender.campaignSlugs } as const;
  });
}

/** Says which language the profile is written in; refused when that language already has a version. Refused(notFound) as above. */
export async function setDefenderSourceLocale(viewer: OrganiserActor, defenderId: string, locale: Locale): Promise<DefenderTranslationChange | SourceLocaleTaken> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const defender = await lockDefenderForTranslation(tx, viewer, defenderId);
    const change = { ok: true, slug: defender.slug, campaignSlugs: defender.campaignSlugs } as const;
    if (defender.sourceLocale === locale) return change;
    const [taken] = await tx
      .select({ locale: defenderTranslations.locale })
      .from(defenderTranslations)
      .where(and(eq(defenderTranslations.defenderId, defenderId), eq(defenderTranslations.locale, locale)));
    if (taken) return { ok: false, reason: "hasVersion" } as const;
    await tx.update(defenders).set({ sourceLocale: locale, updatedAt: new Date() }).where(eq(defenders.id, defenderId));
    await recordAudit(tx, {
      actor: viewer,
      action: "defender.source_locale",
      entityType: "defender",
      entityId: defenderId,
      before: { sourceLocale: defender.sourceLocale },
      after: { sourceLocale: locale },
    });
    return change;
  });
}
