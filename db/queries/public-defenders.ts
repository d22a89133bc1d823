import "server-only";
import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import {
  campaignDefenders,
  campaigns,
  campaignUpdates,
  defenderEvents,
  defenders,
  type defenderEventKinds,
} from "@/db/schema";
import { cacheSeconds, cacheTags } from "@/lib/cache-tags";
import { cached } from "./cached";
import type { DefenderStatus } from "./public-campaigns";
import type { CampaignUpdateKind } from "./public-campaign-page";
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
}

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
};

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function searchCondition(q: string | undefined): SQL | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  const pattern = likePattern(text);
  return or(ilike(defenders.name, pattern), ilike(defenders.nameNative, pattern), ilike(defenders.profession, pattern));
}

async function loadPublicDefenders(filters: DefenderFilters): Promise<DefenderCard[]> {
  const db = await getDb();
  return db
    .select(cardColumns)
    .from(defenders)
    .where(
      and(
        defenderIsPublic(),
        searchCondition(filters.q),
        filters.country ? eq(defenders.country, filters.country) : undefined,
        filters.status ? eq(defenders.status, filters.status) : undefined,
      ),
    )
    .orderBy(asc(defenders.name));
}

/** Defenders who have not gone quiet, matching the /defenders filters, by name. For anyone. */
export function listPublicDefenders(filters: DefenderFilters): Promise<DefenderCard[]> {
  return cached(
    loadPublicDefenders,
    { key: "public-defenders", tags: [cacheTags.defenders], revalidate: cacheSeconds.content },
    { q: filters.q?.trim() || undefined, country: filters.country, status: filters.status },
  );
}

async function loadSpotlightDefenders(limit: number): Promise<DefenderCard[]> {
  const db = await getDb();
  const latestOpenCampaign = sql<Date>`max(${campaigns.publishedAt})`;
  return db
    .select(cardColumns)
    .from(defenders)
    .innerJoin(campaignDefenders, eq(campaignDefenders.defenderId, defenders.id))
    .innerJoin(campaigns, eq(campaigns.id, campaignDefenders.campaignId))
    .where(and(defenderIsPublic(), campaignIsPublic(), inArray(campaigns.status, [...openCampaignStatuses])))
    .groupBy(defenders.id)
    .orderBy(desc(latestOpenCampaign), asc(defenders.name))
    .limit(limit);
}

/** Defenders with an open public campaign, most recently launched first, for the home page. */
export function listSpotlightDefenders(limit = 4): Promise<DefenderCard[]> {
  return cached(
    loadSpotlightDefenders,
    { key: "spotlight-defenders", tags: [cacheTags.defenders, cacheTags.campaigns], revalidate: cacheSeconds.content },
    limit,
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
    };

export interface DefenderProfile extends DefenderCard {
  storyMarkdown: string;
  /** Events and release news from their public campaigns, oldest first. */
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
async function selectCampaignUpdatesAbout(defenderId: string): Promise<DefenderTimelineEntry[]> {
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
    })
    .from(campaignUpdates)
    .innerJoin(campaigns, eq(campaigns.id, campaignUpdates.campaignId))
    .innerJoin(campaignDefenders, eq(campaignDefenders.campaignId, campaigns.id))
    .where(
      and(eq(campaignDefenders.defenderId, defenderId), campaignIsPublic()),
    );
  return rows.map((row) => ({ source: "campaign_update", ...row }));
}

function chronologically(a: DefenderTimelineEntry, b: DefenderTimelineEntry): number {
  return a.occurredOn.localeCompare(b.occurredOn);
}

async function loadPublicDefender(slug: string): Promise<DefenderProfile | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: defenders.id, storyMarkdown: defenders.storyMarkdown, ...cardColumns })
    .from(defenders)
    .where(and(eq(defenders.slug, slug), defenderIsPublic()))
    .limit(1);
  if (!row) return null;
  const { id, ...profile } = row;
  const [events, releases] = await Promise.all([selectDefenderEvents(id), selectCampaignUpdatesAbout(id)]);
  return { ...profile, timeline: [...events, ...releases].sort(chronologically) };
}

/** A defender's public profile by slug, or null when unknown or paused. For anyone. */
export function getPublicDefender(slug: string): Promise<DefenderProfile | null> {
  return cached(
    loadPublicDefender,
    {
      key: "public-defender",
      tags: [cacheTags.defenders, cacheTags.defender(slug), cacheTags.campaigns],
      revalidate: cacheSeconds.content,
    },
    slug,
  );
}
