import "server-only";
import {
  getApiCampaign,
  getApiDefender,
  listApiCampaigns,
  listApiDefenderCampaigns,
  listApiDefenders,
  type ApiCampaignRow,
  type ApiDefenderRow,
  type ApiPage,
} from "@/db/queries/public-api";
import { getCampaignProgress, getPublishedCampaign, type CampaignPageTarget, type CampaignPageUpdate } from "@/db/queries/public-campaign-page";
import { getPublicDefender, type DefenderTimelineEntry } from "@/db/queries/public-defenders";
import type { Locale } from "@/i18n/config";
import type { Paging } from "@/lib/public-api/http";
import type { TranslationInfo } from "@/lib/translations";

/*
 * The bodies of the public read API (docs/api.md), put together from the
 * public site's own reads: whatever a visitor of the campaign or profile page
 * may see, with row ids, and supporters only as counts. Fields are named here
 * rather than spread from a row, and every schema of lib/public-api/openapi.ts
 * forbids other properties, which app/api/v1/public-api.test.ts checks on real answers:
 * a column added to a shared query does not slip into the API unnoticed.
 */

export type ApiCampaignSummary = ApiCampaignRow;

export interface ApiCampaignDetail extends Omit<ApiCampaignRow, "translation"> {
  ask: string;
  storyMarkdown: string;
  hashtags: string[];
  collectionPaused: boolean;
  targets: CampaignPageTarget[];
  counts: {
    confirmed: number;
    selfReported: number;
    byKind: { kind: string; confirmed: number; selfReported: number }[];
    byCountry: { country: string; confirmed: number; selfReported: number }[];
  };
  translation: TranslationInfo;
}

export interface ApiDefenderDetail extends Omit<ApiDefenderSummary, "translation"> {
  storyMarkdown: string;
  timeline: DefenderTimelineEntry[];
  campaigns: Pick<ApiCampaignRow, "id" | "slug" | "title" | "status">[];
  translation: TranslationInfo;
}

export type ApiDefenderSummary = Omit<ApiDefenderRow, "photoPath"> & {
  /** Site-relative address of the photo; null when the profile shows a monogram. */
  photoUrl: string | null;
};

const photoUrl = (path: string | null) => (path ? `/media/${encodeURIComponent(path)}` : null);

export function campaignsPage(locale: Locale, paging: Paging): Promise<ApiPage<ApiCampaignSummary>> {
  return listApiCampaigns(locale, paging.offset, paging.perPage);
}

/** A public campaign with its targets and counts, or null when it is unknown or not public. */
export async function campaignDetail(slug: string, locale: Locale): Promise<ApiCampaignDetail | null> {
  const [row, page, progress] = await Promise.all([getApiCampaign(slug, locale), getPublishedCampaign(slug, locale), getCampaignProgress(slug)]);
  if (!row || !page) return null;
  return {
    id: row.id,
    slug: row.slug,
    title: page.title,
    summary: page.summary,
    ask: page.ask,
    storyMarkdown: page.storyMarkdown,
    status: row.status,
    goal: row.goal,
    deadline: row.deadline,
    publishedAt: row.publishedAt,
    closedAt: row.closedAt,
    actionKinds: row.actionKinds,
    actionsTaken: row.actionsTaken,
    hashtags: page.hashtags,
    collectionPaused: page.collectionPaused,
    defenders: row.defenders,
    targets: page.targets.map((target) => ({
      id: target.id,
      rule: target.rule,
      responsibleState: target.responsibleState,
      actionKinds: target.actionKinds,
      target: target.target,
      embassies: target.embassies,
    })),
    counts: {
      confirmed: progress.confirmed,
      selfReported: progress.selfReported,
      byKind: progress.byKind.map(({ kind, confirmed, selfReported }) => ({ kind, confirmed, selfReported })),
      byCountry: progress.byCountry.map(({ country, confirmed, selfReported }) => ({ country, confirmed, selfReported })),
    },
    translation: page.translation,
  };
}

/** The updates posted on a public campaign, newest first, or null when it is unknown or not public. */
export async function campaignUpdates(slug: string, locale: Locale): Promise<CampaignPageUpdate[] | null> {
  const page = await getPublishedCampaign(slug, locale);
  if (!page) return null;
  return page.updates.map(({ id, kind, title, body, occurredOn, translation }) => ({ id, kind, title, body, occurredOn, translation }));
}

/** What the badge of a public campaign says, or null when it is unknown or not public. */
export async function campaignBadge(slug: string): Promise<{ campaignTitle: string; total: number } | null> {
  const row = await getApiCampaign(slug, "en");
  return row ? { campaignTitle: row.title, total: row.actionsTaken } : null;
}

function defenderSummary(row: ApiDefenderRow): ApiDefenderSummary {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    nameNative: row.nameNative,
    country: row.country,
    profession: row.profession,
    status: row.status,
    summary: row.summary,
    photoUrl: photoUrl(row.photoPath),
    photoAlt: row.photoAlt,
    translation: row.translation,
  };
}

export async function defendersPage(locale: Locale, paging: Paging): Promise<ApiPage<ApiDefenderSummary>> {
  const { items, total } = await listApiDefenders(locale, paging.offset, paging.perPage);
  return { items: items.map(defenderSummary), total };
}

/** A public profile with its story, timeline and public campaigns, or null when unknown, quiet or rejected. */
export async function defenderDetail(slug: string, locale: Locale): Promise<ApiDefenderDetail | null> {
  const [row, profile] = await Promise.all([getApiDefender(slug, locale), getPublicDefender(slug, locale)]);
  if (!row || !profile) return null;
  const campaigns = await listApiDefenderCampaigns(row.id, row.slug, locale);
  return {
    ...defenderSummary(row),
    storyMarkdown: profile.storyMarkdown,
    timeline: profile.timeline,
    campaigns: campaigns.map(({ id, slug: campaignSlug, title, status }) => ({ id, slug: campaignSlug, title, status })),
    translation: profile.translation,
  };
}
