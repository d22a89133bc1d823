import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { correlated } from "@/db/queries/correlated";
import {
  actionCounters,
  campaignDefenders,
  campaignTranslations,
  campaignUpdateTranslations,
  campaignUpdates,
  campaigns,
  defenders,
  type ActionKind,
  type defenderStatuses,
} from "@/db/schema";
import type { Locale } from "@/i18n/config";
import { cacheSeconds, cacheTags } from "@/lib/cache-tags";
import { localize, type TranslationInfo } from "@/lib/translations";
import { cached } from "./cached";
import { campaignVersionIn, updateVersionIn } from "./translations";
import { campaignIsPublic, openCampaignStatuses, type PublicCampaignStatus } from "./visibility";

export type DefenderStatus = (typeof defenderStatuses)[number];

/** The filter values a supporter can pick on /campaigns. "open" means published or paused. */
export const campaignStatusFilters = ["open", "closed", "won"] as const;
export type CampaignStatusFilter = (typeof campaignStatusFilters)[number];

export interface CampaignFilters {
  status?: CampaignStatusFilter;
  /** ISO code of a defender's country. */
  country?: string;
  kind?: ActionKind;
}

export interface CampaignCardDefender {
  slug: string;
  name: string;
  country: string;
  status: DefenderStatus;
}

/** What a campaign card shows, anywhere on the public site. */
export interface CampaignCard {
  slug: string;
  title: string;
  summary: string;
  status: PublicCampaignStatus;
  goal: number | null;
  /** ISO instant. */
  deadline: string | null;
  actionKinds: ActionKind[];
  /** Confirmed actions from the counters. */
  actionsTaken: number;
  defenders: CampaignCardDefender[];
  /** Title and summary in the page's language, or the original (flagged). */
  translation: TranslationInfo<"title" | "summary">;
}

const confirmedTotals = () => {
  return correlated<number>(sql`coalesce((
    select sum(${actionCounters.confirmed}) from ${actionCounters}
    where ${actionCounters.campaignId} = ${campaigns.id}
  ), 0)`).mapWith(Number);
};

const cardColumns = {
  id: campaigns.id,
  slug: campaigns.slug,
  title: campaigns.title,
  summary: campaigns.summary,
  status: campaigns.status,
  goal: campaigns.goal,
  deadline: campaigns.deadline,
  actionKinds: campaigns.actionKinds,
  sourceLocale: campaigns.sourceLocale,
  versionTitle: campaignTranslations.title,
  versionSummary: campaignTranslations.summary,
};

/** Open campaigns first, then won, then closed; newest first within each. */
const cardOrder = [
  sql`case ${campaigns.status} when 'published' then 0 when 'paused' then 0 when 'won' then 1 else 2 end`,
  desc(campaigns.publishedAt),
];

type CardRow = Pick<typeof campaigns.$inferSelect, "id" | "slug" | "title" | "summary" | "status" | "goal" | "deadline" | "actionKinds" | "sourceLocale"> & {
  versionTitle: string | null;
  versionSummary: string | null;
  actionsTaken: number;
};

/** Cards in the page's language: each with its version in `locale` when it has one. */
async function selectCampaignCards(locale: Locale, where: SQL | undefined, limit?: number): Promise<CampaignCard[]> {
  const db = await getDb();
  const query = db
    .select({ ...cardColumns, actionsTaken: confirmedTotals() })
    .from(campaigns)
    .leftJoin(campaignTranslations, campaignVersionIn(locale))
    .where(and(campaignIsPublic(), where))
    .orderBy(...cardOrder);
  const rows: CardRow[] = limit ? await query.limit(limit) : await query;
  const defendersByCampaign = await selectCardDefenders(rows.map((row) => row.id));
  return rows.map((row) => toCampaignCard(row, locale, defendersByCampaign.get(row.id) ?? []));
}

function toCampaignCard(row: CardRow, locale: Locale, cardDefenders: CampaignCardDefender[]): CampaignCard {
  const { values, translation } = localize(locale, row.sourceLocale, { title: row.title, summary: row.summary }, { title: row.versionTitle, summary: row.versionSummary });
  return {
    slug: row.slug,
    title: values.title,
    summary: values.summary,
    translation,
    status: row.status as PublicCampaignStatus,
    goal: row.goal,
    deadline: row.deadline?.toISOString() ?? null,
    actionKinds: row.actionKinds,
    actionsTaken: row.actionsTaken,
    defenders: cardDefenders,
  };
}

/** The defenders of several campaigns in one query, in each campaign's order. */
async function selectCardDefenders(campaignIds: string[]): Promise<Map<string, CampaignCardDefender[]>> {
  const byCampaign = new Map<string, CampaignCardDefender[]>();
  if (campaignIds.length === 0) return byCampaign;
  const db = await getDb();
  const rows = await db
    .select({
      campaignId: campaignDefenders.campaignId,
      slug: defenders.slug,
      name: defenders.name,
      country: defenders.country,
      status: defenders.status,
    })
    .from(campaignDefenders)
    .innerJoin(defenders, eq(defenders.id, campaignDefenders.defenderId))
    .where(inArray(campaignDefenders.campaignId, campaignIds))
    .orderBy(asc(campaignDefenders.position));
  for (const { campaignId, ...defender } of rows) {
    byCampaign.set(campaignId, [...(byCampaign.get(campaignId) ?? []), defender]);
  }
  return byCampaign;
}

function statusCondition(status: CampaignStatusFilter | undefined): SQL | undefined {
  if (!status) return undefined;
  if (status === "open") return inArray(campaigns.status, [...openCampaignStatuses]);
  return eq(campaigns.status, status);
}

function defenderCountryCondition(country: string | undefined): SQL | undefined {
  if (!country) return undefined;
  return sql`exists (
    select 1 from ${campaignDefenders}
    join ${defenders} on ${defenders.id} = ${campaignDefenders.defenderId}
    where ${campaignDefenders.campaignId} = ${campaigns.id} and ${defenders.country} = ${country}
  )`;
}

function actionKindCondition(kind: ActionKind | undefined): SQL | undefined {
  if (!kind) return undefined;
  return sql`${kind}::action_kind = any(${campaigns.actionKinds})`;
}

async function loadPublicCampaigns(filters: CampaignFilters, locale: Locale): Promise<CampaignCard[]> {
  return selectCampaignCards(
    locale,
    and(statusCondition(filters.status), defenderCountryCondition(filters.country), actionKindCondition(filters.kind)),
  );
}

/** Public campaigns matching the /campaigns filters, open ones first, in the page's language. For anyone. */
export function listPublicCampaigns(filters: CampaignFilters, locale: Locale): Promise<CampaignCard[]> {
  return cached(
    loadPublicCampaigns,
    { key: "public-campaigns", tags: [cacheTags.campaigns, cacheTags.counters], revalidate: cacheSeconds.counters },
    { status: filters.status, country: filters.country, kind: filters.kind },
    locale,
  );
}

async function loadFeaturedCampaigns(limit: number, locale: Locale): Promise<CampaignCard[]> {
  return selectCampaignCards(
    locale,
    and(eq(campaigns.featured, true), inArray(campaigns.status, [...openCampaignStatuses])),
    limit,
  );
}

/** Featured campaigns that still ask for action, for the home page, in its language. */
export function listFeaturedCampaigns(limit: number, locale: Locale): Promise<CampaignCard[]> {
  return cached(
    loadFeaturedCampaigns,
    { key: "featured-campaigns", tags: [cacheTags.campaigns, cacheTags.counters], revalidate: cacheSeconds.counters },
    limit,
    locale,
  );
}

async function loadDefenderCampaigns(defenderSlug: string, locale: Locale): Promise<CampaignCard[]> {
  return selectCampaignCards(
    locale,
    sql`exists (
      select 1 from ${campaignDefenders}
      join ${defenders} on ${defenders.id} = ${campaignDefenders.defenderId}
      where ${campaignDefenders.campaignId} = ${campaigns.id} and ${defenders.slug} = ${defenderSlug}
    )`,
  );
}

/** The public campaigns about one defender, for their profile, in its language. */
export function listPublicCampaignsForDefender(defenderSlug: string, locale: Locale): Promise<CampaignCard[]> {
  return cached(
    loadDefenderCampaigns,
    {
      key: "defender-campaigns",
      tags: [cacheTags.campaigns, cacheTags.defender(defenderSlug), cacheTags.counters],
      revalidate: cacheSeconds.counters,
    },
    defenderSlug,
    locale,
  );
}

async function loadCampaignCountries(): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .selectDistinct({ country: defenders.country })
    .from(campaigns)
    .innerJoin(campaignDefenders, eq(campaignDefenders.campaignId, campaigns.id))
    .innerJoin(defenders, eq(defenders.id, campaignDefenders.defenderId))
    .where(campaignIsPublic());
  return rows.map((row) => row.country);
}

/** ISO codes of the countries of public campaigns' defenders, for the Country filter. */
export function listPublicCampaignCountries(): Promise<string[]> {
  return cached(
    loadCampaignCountries,
    { key: "public-campaign-countries", tags: [cacheTags.campaigns], revalidate: cacheSeconds.content },
  );
}

export interface ActionTotals {
  campaigns: number;
  campaignsWon: number;
  confirmed: number;
  selfReported: number;
}

async function loadActionTotals(): Promise<ActionTotals> {
  const db = await getDb();
  const counted = db
    .select({
      campaignId: actionCounters.campaignId,
      confirmed: sql<number>`sum(${actionCounters.confirmed})`.as("confirmed"),
      selfReported: sql<number>`sum(${actionCounters.selfReported})`.as("self_reported"),
    })
    .from(actionCounters)
    .groupBy(actionCounters.campaignId)
    .as("counted");
  const [row] = await db
    .select({
      campaigns: sql<number>`count(*)`.mapWith(Number),
      campaignsWon: sql<number>`count(*) filter (where ${campaigns.status} = 'won')`.mapWith(Number),
      confirmed: sql<number>`coalesce(sum(${counted.confirmed}), 0)`.mapWith(Number),
      selfReported: sql<number>`coalesce(sum(${counted.selfReported}), 0)`.mapWith(Number),
    })
    .from(campaigns)
    .leftJoin(counted, eq(counted.campaignId, campaigns.id))
    .where(campaignIsPublic());
  return row ?? { campaigns: 0, campaignsWon: 0, confirmed: 0, selfReported: 0 };
}

/** Actions taken across every public campaign (from the counters), for the home page. */
export function getPublicActionTotals(): Promise<ActionTotals> {
  return cached(loadActionTotals, {
    key: "public-action-totals",
    tags: [cacheTags.campaigns, cacheTags.counters],
    revalidate: cacheSeconds.counters,
  });
}

export type OutcomeKind = "won" | "released" | "acquitted" | "outcome";

/** A good outcome worth telling supporters about: a campaign won, or a defender released or acquitted. */
export interface RecentOutcome {
  kind: OutcomeKind;
  campaignSlug: string;
  campaignTitle: string;
  /** The update's headline; null for a campaign marked won without one. */
  title: string | null;
  /** YYYY-MM-DD */
  occurredOn: string;
  /** The campaign's title and the headline in the page's language, or the original (flagged). */
  translation: TranslationInfo<"campaignTitle" | "title">;
}

const outcomeUpdateKinds = ["released", "acquitted", "outcome"] as const;

const newestFirst = (a: RecentOutcome, b: RecentOutcome) => b.occurredOn.localeCompare(a.occurredOn);

async function loadRecentOutcomes(limit: number, locale: Locale): Promise<RecentOutcome[]> {
  const db = await getDb();
  const [updates, won] = await Promise.all([
    db
      .select({
        kind: campaignUpdates.kind,
        campaignSlug: campaigns.slug,
        campaignTitle: campaigns.title,
        title: campaignUpdates.title,
        occurredOn: campaignUpdates.occurredOn,
        sourceLocale: campaigns.sourceLocale,
        versionCampaignTitle: campaignTranslations.title,
        versionTitle: campaignUpdateTranslations.title,
      })
      .from(campaignUpdates)
      .innerJoin(campaigns, eq(campaigns.id, campaignUpdates.campaignId))
      .leftJoin(campaignTranslations, campaignVersionIn(locale))
      .leftJoin(campaignUpdateTranslations, updateVersionIn(locale))
      .where(and(campaignIsPublic(), inArray(campaignUpdates.kind, [...outcomeUpdateKinds])))
      .orderBy(desc(campaignUpdates.occurredOn))
      .limit(limit * 3),
    db
      .select({
        campaignSlug: campaigns.slug,
        campaignTitle: campaigns.title,
        closedAt: campaigns.closedAt,
        updatedAt: campaigns.updatedAt,
        sourceLocale: campaigns.sourceLocale,
        versionCampaignTitle: campaignTranslations.title,
      })
      .from(campaigns)
      .leftJoin(campaignTranslations, campaignVersionIn(locale))
      .where(and(campaignIsPublic(), eq(campaigns.status, "won")))
      .orderBy(desc(campaigns.closedAt))
      .limit(limit),
  ]);
  const wonSlugs = new Set(won.map((campaign) => campaign.campaignSlug));
  // A won campaign is one outcome, headlined by its latest outcome update when it has one.
  const wonOutcomes: RecentOutcome[] = won.map((campaign) => {
    const headline = updates.find((update) => update.campaignSlug === campaign.campaignSlug);
    const { values, translation } = localize(
      locale,
      campaign.sourceLocale,
      { campaignTitle: campaign.campaignTitle, title: headline?.title ?? null },
      { campaignTitle: campaign.versionCampaignTitle, title: headline?.versionTitle },
    );
    return {
      kind: "won",
      campaignSlug: campaign.campaignSlug,
      ...values,
      occurredOn: (campaign.closedAt ?? campaign.updatedAt).toISOString().slice(0, 10),
      translation,
    };
  });
  const otherOutcomes: RecentOutcome[] = updates
    .filter((update) => !wonSlugs.has(update.campaignSlug))
    .map(({ sourceLocale, versionCampaignTitle, versionTitle, ...update }) => {
      const { values, translation } = localize(
        locale,
        sourceLocale,
        { campaignTitle: update.campaignTitle, title: update.title },
        { campaignTitle: versionCampaignTitle, title: versionTitle },
      );
      return { ...update, ...values, kind: update.kind as OutcomeKind, translation };
    });
  const recent = [...wonOutcomes, ...otherOutcomes].sort(newestFirst).slice(0, limit);
  // The latest win is always told, however much other news came after it.
  const latestWin = wonOutcomes[0];
  if (latestWin && !recent.includes(latestWin)) recent[recent.length - 1] = latestWin;
  return recent.sort(newestFirst);
}

/** Won campaigns and release or acquittal news from public campaigns, newest first, for the home page, in its language. */
export function listRecentOutcomes(limit: number, locale: Locale): Promise<RecentOutcome[]> {
  return cached(
    loadRecentOutcomes,
    { key: "recent-outcomes", tags: [cacheTags.campaigns], revalidate: cacheSeconds.content },
    limit,
    locale,
  );
}
