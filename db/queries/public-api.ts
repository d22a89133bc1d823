import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { actionCounters, campaignDefenders, campaignTranslations, campaigns, defenderTranslations, defenders, type ActionKind } from "@/db/schema";
import type { Locale } from "@/i18n/config";
import { cacheSeconds, cacheTags } from "@/lib/cache-tags";
import { localize, type TranslationInfo } from "@/lib/translations";
import { cached } from "./cached";
import { correlated } from "./correlated";
import type { DefenderStatus } from "./public-campaigns";
import { campaignVersionIn, defenderVersionIn } from "./translations";
import { campaignIsPublic, defenderIsPublic, type PublicCampaignStatus } from "./visibility";

/*
 * The rows of the public read API (/api/v1, docs/api.md): public campaigns and
 * defender profiles with their row ids, a page at a time. Visibility is the
 * public site's own (visibility.ts): a campaign in draft or review, or about a
 * defender who went quiet, and a quiet or rejected profile, are never selected.
 * Supporters appear only as counts (action_counters); no column of `actions`
 * is read here. Details beyond these rows come from the public pages' cached
 * reads (public-campaign-page.ts, public-defenders.ts).
 */

export interface ApiPage<T> {
  items: T[];
  /** Every public row, over all pages. */
  total: number;
}

export interface ApiDefenderRef {
  id: string;
  slug: string;
  name: string;
  country: string;
  status: DefenderStatus;
}

export interface ApiCampaignRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  status: PublicCampaignStatus;
  goal: number | null;
  /** ISO instants. */
  deadline: string | null;
  publishedAt: string | null;
  closedAt: string | null;
  actionKinds: ActionKind[];
  /** Confirmed actions, from the counters. */
  actionsTaken: number;
  /** Only defenders whose profile is public. */
  defenders: ApiDefenderRef[];
  translation: TranslationInfo<"title" | "summary">;
}

export interface ApiDefenderRow {
  id: string;
  slug: string;
  name: string;
  nameNative: string | null;
  country: string;
  profession: string | null;
  status: DefenderStatus;
  summary: string;
  /** A stored upload name, served at /media/<photoPath>. */
  photoPath: string | null;
  photoAlt: string | null;
  translation: TranslationInfo<"profession" | "summary" | "photoAlt">;
}

const confirmedTotal = () =>
  correlated<number>(sql`coalesce((
    select sum(${actionCounters.confirmed}) from ${actionCounters}
    where ${actionCounters.campaignId} = ${campaigns.id}
  ), 0)`).mapWith(Number);

async function selectCampaignRows(locale: Locale, where: SQL | undefined, offset: number, limit: number): Promise<ApiCampaignRow[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: campaigns.id,
      slug: campaigns.slug,
      title: campaigns.title,
      summary: campaigns.summary,
      status: campaigns.status,
      goal: campaigns.goal,
      deadline: campaigns.deadline,
      publishedAt: campaigns.publishedAt,
      closedAt: campaigns.closedAt,
      actionKinds: campaigns.actionKinds,
      sourceLocale: campaigns.sourceLocale,
      versionTitle: campaignTranslations.title,
      versionSummary: campaignTranslations.summary,
      actionsTaken: confirmedTotal(),
    })
    .from(campaigns)
    .leftJoin(campaignTranslations, campaignVersionIn(locale))
    .where(and(campaignIsPublic(), where))
    // Newest first; the id breaks ties, so pages neither repeat nor skip a row.
    .orderBy(sql`${campaigns.publishedAt} desc nulls last`, desc(campaigns.id))
    .offset(offset)
    .limit(limit);
  const defendersOf = await selectPublicDefenderRefs(rows.map((row) => row.id));
  return rows.map(({ sourceLocale, versionTitle, versionSummary, title, summary, deadline, publishedAt, closedAt, status, ...row }) => {
    const { values, translation } = localize(locale, sourceLocale, { title, summary }, { title: versionTitle, summary: versionSummary });
    return {
      ...row,
      ...values,
      status: status as PublicCampaignStatus,
      deadline: deadline?.toISOString() ?? null,
      publishedAt: publishedAt?.toISOString() ?? null,
      closedAt: closedAt?.toISOString() ?? null,
      defenders: defendersOf.get(row.id) ?? [],
      translation,
    };
  });
}

/** The public defenders of several campaigns in one query, in each campaign's order. */
async function selectPublicDefenderRefs(campaignIds: string[]): Promise<Map<string, ApiDefenderRef[]>> {
  const byCampaign = new Map<string, ApiDefenderRef[]>();
  if (campaignIds.length === 0) return byCampaign;
  const db = await getDb();
  const rows = await db
    .select({
      campaignId: campaignDefenders.campaignId,
      id: defenders.id,
      slug: defenders.slug,
      name: defenders.name,
      country: defenders.country,
      status: defenders.status,
    })
    .from(campaignDefenders)
    .innerJoin(defenders, eq(defenders.id, campaignDefenders.defenderId))
    .where(and(inArray(campaignDefenders.campaignId, campaignIds), defenderIsPublic()))
    .orderBy(asc(campaignDefenders.position));
  for (const { campaignId, ...defender } of rows) byCampaign.set(campaignId, [...(byCampaign.get(campaignId) ?? []), defender]);
  return byCampaign;
}

async function countRows(table: typeof campaigns | typeof defenders, where: SQL): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ total: sql<number>`count(*)`.mapWith(Number) }).from(table).where(where);
  return row?.total ?? 0;
}

async function loadCampaignPage(locale: Locale, offset: number, limit: number): Promise<ApiPage<ApiCampaignRow>> {
  const [items, total] = await Promise.all([selectCampaignRows(locale, undefined, offset, limit), countRows(campaigns, campaignIsPublic())]);
  return { items, total };
}

/** One page of public campaigns, newest first, in `locale` where they have a version in it. For anyone. */
export function listApiCampaigns(locale: Locale, offset: number, limit: number): Promise<ApiPage<ApiCampaignRow>> {
  return cached(
    loadCampaignPage,
    { key: "api-campaigns", tags: [cacheTags.campaigns, cacheTags.defenders, cacheTags.counters], revalidate: cacheSeconds.counters },
    locale,
    offset,
    limit,
  );
}

async function loadCampaignRow(slug: string, locale: Locale): Promise<ApiCampaignRow | null> {
  const [row] = await selectCampaignRows(locale, eq(campaigns.slug, slug), 0, 1);
  return row ?? null;
}

/** A public campaign's row by slug, or null when it is unknown or not public. For anyone. */
export function getApiCampaign(slug: string, locale: Locale): Promise<ApiCampaignRow | null> {
  return cached(
    loadCampaignRow,
    {
      key: "api-campaign",
      tags: [cacheTags.campaigns, cacheTags.campaign(slug), cacheTags.defenders, cacheTags.counters],
      revalidate: cacheSeconds.counters,
    },
    slug,
    locale,
  );
}

async function selectDefenderRows(locale: Locale, where: SQL | undefined, offset: number, limit: number): Promise<ApiDefenderRow[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: defenders.id,
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
    })
    .from(defenders)
    .leftJoin(defenderTranslations, defenderVersionIn(locale))
    .where(and(defenderIsPublic(), where))
    .orderBy(asc(defenders.name), asc(defenders.id))
    .offset(offset)
    .limit(limit);
  return rows.map(({ sourceLocale, versionProfession, versionSummary, versionPhotoAlt, profession, summary, photoAlt, ...row }) => {
    const { values, translation } = localize(
      locale,
      sourceLocale,
      { profession, summary, photoAlt },
      { profession: versionProfession, summary: versionSummary, photoAlt: versionPhotoAlt },
    );
    return { ...row, ...values, translation };
  });
}

async function loadDefenderPage(locale: Locale, offset: number, limit: number): Promise<ApiPage<ApiDefenderRow>> {
  const [items, total] = await Promise.all([selectDefenderRows(locale, undefined, offset, limit), countRows(defenders, defenderIsPublic())]);
  return { items, total };
}

/** One page of public defender profiles, by name, in `locale` where they have a version in it. For anyone. */
export function listApiDefenders(locale: Locale, offset: number, limit: number): Promise<ApiPage<ApiDefenderRow>> {
  return cached(
    loadDefenderPage,
    { key: "api-defenders", tags: [cacheTags.defenders], revalidate: cacheSeconds.content },
    locale,
    offset,
    limit,
  );
}

async function loadDefenderRow(slug: string, locale: Locale): Promise<ApiDefenderRow | null> {
  const [row] = await selectDefenderRows(locale, eq(defenders.slug, slug), 0, 1);
  return row ?? null;
}

/** A public defender's row by slug, or null when unknown, quiet or rejected by moderation. For anyone. */
export function getApiDefender(slug: string, locale: Locale): Promise<ApiDefenderRow | null> {
  return cached(
    loadDefenderRow,
    { key: "api-defender", tags: [cacheTags.defenders, cacheTags.defender(slug)], revalidate: cacheSeconds.content },
    slug,
    locale,
  );
}

async function loadDefenderCampaigns(defenderId: string, locale: Locale): Promise<ApiCampaignRow[]> {
  return selectCampaignRows(
    locale,
    sql`exists (select 1 from ${campaignDefenders} where ${campaignDefenders.campaignId} = ${campaigns.id} and ${campaignDefenders.defenderId} = ${defenderId})`,
    0,
    1000,
  );
}

/** The public campaigns about one defender, newest first. For anyone (the caller has checked the profile is public). */
export function listApiDefenderCampaigns(defenderId: string, defenderSlug: string, locale: Locale): Promise<ApiCampaignRow[]> {
  return cached(
    loadDefenderCampaigns,
    {
      key: "api-defender-campaigns",
      tags: [cacheTags.campaigns, cacheTags.defender(defenderSlug), cacheTags.counters],
      revalidate: cacheSeconds.counters,
    },
    defenderId,
    locale,
  );
}
