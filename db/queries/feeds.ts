import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { campaignTranslations, campaignUpdateTranslations, campaigns, campaignUpdates } from "@/db/schema";
import type { Locale } from "@/i18n/config";
import { cacheSeconds, cacheTags } from "@/lib/cache-tags";
import { syndicatedStatuses } from "@/lib/feeds/updates";
import { localize } from "@/lib/translations";
import { cached } from "./cached";
import { campaignVersionIn, updateVersionIn } from "./translations";
import { campaignIsPublic } from "./visibility";

/**
 * Campaigns whose updates are syndicated: public (visibility.ts: no draft, none
 * in review, none about a quiet defender) and not paused. A paused campaign's
 * page stays up, but it was usually paused because a defender withdrew consent:
 * a feed reader keeps what it fetched for good, so nothing new goes out
 * (syndicatedStatuses, lib/feeds/updates.ts).
 */
function campaignIsSyndicated() {
  return and(campaignIsPublic(), inArray(campaigns.status, [...syndicatedStatuses]))!;
}

export interface FeedUpdate {
  id: string;
  kind: string;
  /** In the feed's language where the update has a version in it, else the original. */
  title: string;
  body: string;
  /** YYYY-MM-DD */
  occurredOn: string;
  /** ISO instants: when it was posted, and when it (or its version in this language) last changed. */
  postedAt: string;
  changedAt: string;
  campaignSlug: string;
  campaignTitle: string;
  /** The language the title is in: the feed's, or the original's where there is no version. */
  textLocale: Locale;
}

export interface CampaignFeed {
  slug: string;
  title: string;
  summary: string;
  /** ISO instant (the date of a feed with no updates yet). */
  publishedAt: string | null;
  updates: FeedUpdate[];
}

async function selectFeedUpdates(locale: Locale, slug: string | null, limit: number): Promise<FeedUpdate[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: campaignUpdates.id,
      kind: campaignUpdates.kind,
      title: campaignUpdates.title,
      body: campaignUpdates.body,
      occurredOn: campaignUpdates.occurredOn,
      createdAt: campaignUpdates.createdAt,
      campaignSlug: campaigns.slug,
      campaignTitle: campaigns.title,
      sourceLocale: campaigns.sourceLocale,
      versionTitle: campaignUpdateTranslations.title,
      versionBody: campaignUpdateTranslations.body,
      versionUpdatedAt: campaignUpdateTranslations.updatedAt,
      versionCampaignTitle: campaignTranslations.title,
    })
    .from(campaignUpdates)
    .innerJoin(campaigns, eq(campaigns.id, campaignUpdates.campaignId))
    .leftJoin(campaignUpdateTranslations, updateVersionIn(locale))
    .leftJoin(campaignTranslations, campaignVersionIn(locale))
    .where(and(campaignIsSyndicated(), slug === null ? undefined : eq(campaigns.slug, slug)))
    .orderBy(desc(campaignUpdates.createdAt), desc(campaignUpdates.id))
    .limit(limit);
  return rows.map((row) => {
    const { values, translation } = localize(
      locale,
      row.sourceLocale,
      { title: row.title, body: row.body, campaignTitle: row.campaignTitle },
      { title: row.versionTitle, body: row.versionBody, campaignTitle: row.versionCampaignTitle },
    );
    const fellBack = translation.untranslated.includes("title");
    const changed = !fellBack && row.versionUpdatedAt && row.versionUpdatedAt > row.createdAt ? row.versionUpdatedAt : row.createdAt;
    return {
      id: row.id,
      kind: row.kind,
      title: values.title,
      body: values.body,
      occurredOn: row.occurredOn,
      postedAt: row.createdAt.toISOString(),
      changedAt: changed.toISOString(),
      campaignSlug: row.campaignSlug,
      campaignTitle: values.campaignTitle,
      textLocale: fellBack ? translation.sourceLocale : locale,
    };
  });
}

/** The newest updates of every syndicated campaign, newest first, in `locale` where translated. For anyone. */
export function listSiteFeedUpdates(locale: Locale, limit = 50): Promise<FeedUpdate[]> {
  return cached(
    (feedLocale: Locale, count: number) => selectFeedUpdates(feedLocale, null, count),
    { key: "feed-site-updates", tags: [cacheTags.campaigns, cacheTags.defenders], revalidate: cacheSeconds.content },
    locale,
    limit,
  );
}

async function loadCampaignFeed(slug: string, locale: Locale, limit: number): Promise<CampaignFeed | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      slug: campaigns.slug,
      title: campaigns.title,
      summary: campaigns.summary,
      publishedAt: campaigns.publishedAt,
      sourceLocale: campaigns.sourceLocale,
      versionTitle: campaignTranslations.title,
      versionSummary: campaignTranslations.summary,
    })
    .from(campaigns)
    .leftJoin(campaignTranslations, campaignVersionIn(locale))
    .where(and(eq(campaigns.slug, slug), campaignIsSyndicated()))
    .limit(1);
  if (!row) return null;
  const { values } = localize(locale, row.sourceLocale, { title: row.title, summary: row.summary }, { title: row.versionTitle, summary: row.versionSummary });
  return { slug: row.slug, ...values, publishedAt: row.publishedAt?.toISOString() ?? null, updates: await selectFeedUpdates(locale, slug, limit) };
}

/**
 * A syndicated campaign's title, summary and newest updates in `locale` (each
 * field from its version, else the original), or null when it is unknown, not
 * public or paused. For anyone.
 */
export function getCampaignFeed(slug: string, locale: Locale, limit = 50): Promise<CampaignFeed | null> {
  return cached(
    loadCampaignFeed,
    { key: "feed-campaign", tags: [cacheTags.campaigns, cacheTags.campaign(slug), cacheTags.defenders], revalidate: cacheSeconds.content },
    slug,
    locale,
    limit,
  );
}
