import "server-only";
import { getTranslations } from "next-intl/server";
import { isLocale, type Locale } from "@/i18n/config";
import { getCampaignFeed, listSiteFeedUpdates } from "@/db/queries/feeds";
import { env } from "@/lib/env";
import { feedXml, type Feed, type FeedFormat } from "@/lib/feeds/feed";
import { feedResponseInit } from "@/lib/feeds/http";
import { updatesFeed } from "@/lib/feeds/updates";

/** Params of the feed routes: the language from the URL (proxy.ts rewrites English to /en), and a campaign's slug. */
type FeedParams = Promise<{ locale: string; slug?: string }>;

function notFoundResponse(): Response {
  return new Response("Not found.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}

async function feedCommon(locale: Locale, format: FeedFormat) {
  const [t, tKind, tMeta] = await Promise.all([
    getTranslations({ locale, namespace: "Feeds" }),
    getTranslations({ locale, namespace: "Enums.updateKind" }),
    getTranslations({ locale, namespace: "Metadata" }),
  ]);
  const site = tMeta("siteName");
  const kindLabel = (kind: string) => (tKind.has(kind) ? tKind(kind) : kind);
  return { t, site, base: { siteUrl: env().SITE_URL, locale, format, author: site, kindLabel } };
}

function respond(request: Request, feed: Feed, format: FeedFormat): Response {
  const body = feedXml(feed, format);
  const { status, headers } = feedResponseInit(body, format, feed.updated, {
    ifNoneMatch: request.headers.get("if-none-match"),
    ifModifiedSince: request.headers.get("if-modified-since"),
  });
  return new Response(status === 304 || request.method === "HEAD" ? null : body, { status, headers });
}

/** The site-wide feed of campaign updates in the URL's language (GET /feeds/updates.rss, /fr/feeds/updates.atom). */
export async function siteFeed(request: Request, params: FeedParams, format: FeedFormat): Promise<Response> {
  const { locale } = await params;
  if (!isLocale(locale)) return notFoundResponse();
  const [updates, { t, site, base }] = await Promise.all([listSiteFeedUpdates(locale), feedCommon(locale, format)]);
  const feed = updatesFeed({
    ...base,
    title: t("siteTitle", { site }),
    description: t("siteDescription", { site }),
    updates,
    fallbackUpdated: new Date(0),
  });
  return respond(request, feed, format);
}

/** A campaign's feed of updates (GET /campaigns/<slug>/updates.rss): 404 unless the campaign is syndicated (db/queries/feeds.ts). */
export async function campaignFeed(request: Request, params: FeedParams, format: FeedFormat): Promise<Response> {
  const { locale, slug } = await params;
  if (!isLocale(locale) || !slug) return notFoundResponse();
  const [campaign, { t, site, base }] = await Promise.all([getCampaignFeed(slug, locale), feedCommon(locale, format)]);
  if (!campaign) return notFoundResponse();
  const feed = updatesFeed({
    ...base,
    title: t("campaignTitle", { campaign: campaign.title, site }),
    description: campaign.summary,
    campaignSlug: campaign.slug,
    updates: campaign.updates,
    fallbackUpdated: new Date(campaign.publishedAt ?? 0),
  });
  return respond(request, feed, format);
}
