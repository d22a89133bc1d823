import "server-only";
import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import {
  campaignDefenders,
  campaignTranslations,
  campaignUpdateTranslations,
  campaigns,
  campaignUpdates,
  defenderEvents,
  defenderTranslations,
  defenders,
  type defenderEventKinds,
} from "@/db/schema";
import type { Locale } from "@/i18n/config";
import { cacheSeconds, cacheTags } from "@/lib/cache-tags";
import { localize, type TranslationInfo } from "@/lib/translations";
import { cached } from "./cached";
import type { DefenderStatus } from "./public-campaigns";
import type { CampaignUpdateKind } from "./public-campaign-page";
import { campaignVersionIn, defenderVersionIn, updateVersionIn } from "./translations";
import { campaignIsPublic, defenderIsPublic, openCampaignStatuses } from "./visibility";

export type DefenderEventKind = (typeof defenderEventKinds)[number];

export interface DefenderFilters {
  /** Matches name, native name or profession, case-insensitively. */
  q?: string;
  country?: string;
  status?: DefenderStatus;
}

/** What a defender card shows. */
export interface DefenderCard {
  slug: string;
  name: string;
  nameNative: string | null;
  country: string;
  profession: string | null;
  status: DefenderStatus;
  summary: string;
  /** A stored upload name, served at /media/<photoPath>; null shows the monogram. */
  photoPath: string | null;
  photoAlt: string | null;
  /** Profession, summary and photo description in the page's language, or the original (flagged). */
  translation: TranslationInfo<DefenderTextField>;
}

/** The profile's own words: what a version in another language translates (the name is never translated). */
export type DefenderTextField = "profession" | "summary" | "storyMarkdown" | "photoAlt";

const cardColumns = {
  slug: defenders.slug,
  name: defenders.name,
  nameNative: defenders.nameNative,
  country: defenders.country,
  profession: defenders.profession,
  status: defenders.status,
  summary: defenders.summary,
  photoPath: defenders.photoPath,
  photoAlt: defenders.photoAlt,
  sourceLocale: defenders.sourceLocale,
  versionProfession: defenderTranslations.profession,
  versionSummary: defenderTranslations.summary,
  versionPhotoAlt: defenderTranslations.photoAlt,
};

type CardRow = Omit<DefenderCard, "translation"> & {
  sourceLocale: string;
  versionProfession: string | null;
  versionSummary: string | null;
  versionPhotoAlt: string | null;
};

function toDefenderCard(row: CardRow, locale: Locale): DefenderCard {
  const { sourceLocale, versionProfession, versionSummary, versionPhotoAlt, ...card } = row;
  const { values, translation } = localize(
    locale,
    sourceLocale,
    { profession: card.profession, summary: card.summary, photoAlt: card.photoAlt },
    { profession: versionProfession, summary: versionSummary, photoAlt: versionPhotoAlt },
  );
  return { ...card, ...values, translation: translation as TranslationInfo<DefenderTextField> };
}

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function searchCondition(q: string | undefined): SQL | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  const pattern = likePattern(text);
  return or(
    ilike(defenders.name, pattern),
    ilike(defenders.nameNative, pattern),
    ilike(defenders.profession, pattern),
    ilike(defenderTranslations.profession, pattern),
  );
}

async function loadPublicDefenders(filters: DefenderFilters, locale: Locale): Promise<DefenderCard[]> {
  const db = await getDb();
  const rows = await db
    .select(cardColumns)
    .from(defenders)
    .leftJoin(defenderTranslations, defenderVersionIn(locale))
    .where(
      and(
        defenderIsPublic(),
        searchCondition(filters.q),
        filters.country ? eq(defenders.country, filters.country) : undefined,
        filters.status ? eq(defenders.status, filters.status) : undefined,
      ),
    )
    .orderBy(asc(defenders.name));
  return rows.map((row) => toDefenderCard(row, locale));
}

/** Defenders who have not gone quiet, matching the /defenders filters, by name, in the page's language. For anyone. */
export function listPublicDefenders(filters: DefenderFilters, locale: Locale): Promise<DefenderCard[]> {
  return cached(
    loadPublicDefenders,
    { key: "public-defenders", tags: [cacheTags.defenders], revalidate: cacheSeconds.content },
    { q: filters.q?.trim() || undefined, country: filters.country, status: filters.status },
    locale,
  );
}

async function loadSpotlightDefenders(limit: number, locale: Locale): Promise<DefenderCard[]> {
  const db = await getDb();
  const latestOpenCampaign = sql<Date>`max(${campaigns.publishedAt})`;
  const rows = await db
    .select(cardColumns)
    .from(defenders)
    .innerJoin(campaignDefenders, eq(campaignDefenders.defenderId, defenders.id))
    .innerJoin(campaigns, eq(campaigns.id, campaignDefenders.campaignId))
    .leftJoin(defenderTranslations, defenderVersionIn(locale))
    .where(and(defenderIsPublic(), campaignIsPublic(), inArray(campaigns.status, [...openCampaignStatuses])))
    .groupBy(defenders.id, defenderTranslations.defenderId, defenderTranslations.locale)
    .orderBy(desc(latestOpenCampaign), asc(defenders.name))
    .limit(limit);
  return rows.map((row) => toDefenderCard(row, locale));
}

/** Defenders with an open public campaign, most recently launched first, for the home page, in its language. */
export function listSpotlightDefenders(limit: number, locale: Locale): Promise<DefenderCard[]> {
  return cached(
    loadSpotlightDefenders,
    { key: "spotlight-defenders", tags: [cacheTags.defenders, cacheTags.campaigns], revalidate: cacheSeconds.content },
    limit,
    locale,
  );
}

async function loadDefenderCountries(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.selectDistinct({ country: defenders.country }).from(defenders).where(defenderIsPublic());
  return rows.map((row) => row.country);
}

/** ISO codes of public defenders' countries, for the Country filter. */
export function listPublicDefenderCountries(): Promise<string[]> {
  return cached(loadDefenderCountries, {
    key: "public-defender-countries",
    tags: [cacheTags.defenders],
    revalidate: cacheSeconds.content,
  });
}

export type DefenderTimelineEntry =
  | {
      source: "event";
      id: string;
      kind: DefenderEventKind;
      /** YYYY-MM-DD */
      occurredOn: string;
      text: string;
      sourceUrl: string | null;
    }
  | {
      source: "campaign_update";
      id: string;
      kind: CampaignUpdateKind;
      occurredOn: string;
      title: string;
      body: string;
      campaignSlug: string;
      campaignTitle: string;
      /** The update and its campaign's title in the page's language, or the original (flagged). */
      translation: TranslationInfo<"title" | "body" | "campaignTitle">;
    };

export interface DefenderProfile extends DefenderCard {
  storyMarkdown: string;
  /** Events (never translated: written in the profile's original language) and news from their public campaigns, oldest first. */
  timeline: DefenderTimelineEntry[];
}

async function selectDefenderEvents(defenderId: string): Promise<DefenderTimelineEntry[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: defenderEvents.id,
      kind: defenderEvents.kind,
      occurredOn: defenderEvents.occurredOn,
      text: defenderEvents.text,
      sourceUrl: defenderEvents.sourceUrl,
    })
    .from(defenderEvents)
    .where(eq(defenderEvents.defenderId, defenderId));
  return rows.map((row) => ({ source: "event", ...row }));
}

/** Every update posted on a public campaign about the defender: organisers' news reaches both timelines. */
async function selectCampaignUpdatesAbout(defenderId: string, locale: Locale): Promise<DefenderTimelineEntry[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: campaignUpdates.id,
      kind: campaignUpdates.kind,
      occurredOn: campaignUpdates.occurredOn,
      title: campaignUpdates.title,
      body: campaignUpdates.body,
      campaignSlug: campaigns.slug,
      campaignTitle: campaigns.title,
      sourceLocale: campaigns.sourceLocale,
      versionTitle: campaignUpdateTranslations.title,
      versionBody: campaignUpdateTranslations.body,
      versionCampaignTitle: campaignTranslations.title,
    })
    .from(campaignUpdates)
    .innerJoin(campaigns, eq(campaigns.id, campaignUpdates.campaignId))
    .innerJoin(campaignDefenders, eq(campaignDefenders.campaignId, campaigns.id))
    .leftJoin(campaignUpdateTranslations, updateVersionIn(locale))
    .leftJoin(campaignTranslations, campaignVersionIn(locale))
    .where(
      and(eq(campaignDefenders.defenderId, defenderId), campaignIsPublic()),
    );
  return rows.map(({ sourceLocale, versionTitle, versionBody, versionCampaignTitle, ...row }) => {
    const { values, translation } = localize(
      locale,
      sourceLocale,
      { title: row.title, body: row.body, campaignTitle: row.campaignTitle },
      { title: versionTitle, body: versionBody, campaignTitle: versionCampaignTitle },
    );
    return { source: "campaign_update", ...row, ...values, translation };
  });
}

function chronologically(a: DefenderTimelineEntry, b: DefenderTimelineEntry): number {
  return a.occurredOn.localeCompare(b.occurredOn);
}

async function loadPublicDefender(slug: string, locale: Locale): Promise<DefenderProfile | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: defenders.id, storyMarkdown: defenders.storyMarkdown, versionStory: defenderTranslations.storyMarkdown, ...cardColumns })
    .from(defenders)
    .leftJoin(defenderTranslations, defenderVersionIn(locale))
    .where(and(eq(defenders.slug, slug), defenderIsPublic()))
    .limit(1);
  if (!row) return null;
  const { id, storyMarkdown, versionStory, sourceLocale, versionProfession, versionSummary, versionPhotoAlt, ...card } = row;
  const { values, translation } = localize(
    locale,
    sourceLocale,
    { profession: card.profession, summary: card.summary, storyMarkdown, photoAlt: card.photoAlt },
    { profession: versionProfession, summary: versionSummary, storyMarkdown: versionStory, photoAlt: versionPhotoAlt },
  );
  const [events, releases] = await Promise.all([selectDefenderEvents(id), selectCampaignUpdatesAbout(id, locale)]);
  return { ...card, ...values, translation, timeline: [...events, ...releases].sort(chronologically) };
}

/**
 * A defender's public profile by slug in the page's language (each field from
 * its version in `locale`, else the original, flagged), or null when unknown
 * or paused. Cached per slug and locale. For anyone.
 */
export function getPublicDefender(slug: string, locale: Locale): Promise<DefenderProfile | null> {
  return cached(
    loadPublicDefender,
    {
      key: "public-defender",
      tags: [cacheTags.defenders, cacheTags.defender(slug), cacheTags.campaigns],
      revalidate: cacheSeconds.content,
    },
    slug,
    locale,
  );
}
