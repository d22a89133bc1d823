import { languageTags, localizeHref, type Locale } from "@/i18n/config";
import { feedMediaTypes, type Feed, type FeedFormat, type FeedItem } from "./feed";

/** One campaign update as the feed queries return it (db/queries/feeds.ts). */
export interface UpdateRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** ISO instants. */
  postedAt: string;
  changedAt: string;
  campaignSlug: string;
  campaignTitle: string;
  textLocale: Locale;
}

/** Where a feed is served, in each language: the site's at /feeds/updates.rss, a campaign's at /campaigns/<slug>/updates.rss. */
export function feedPath(format: FeedFormat, campaignSlug?: string): string {
  const file = `updates.${format}`;
  return campaignSlug ? `/campaigns/${campaignSlug}/${file}` : `/feeds/${file}`;
}

/** An absolute URL for a site path in a language (English unprefixed). */
export function absoluteUrl(siteUrl: string, path: string, locale: Locale): string {
  return new URL(localizeHref(path, locale), siteUrl).toString();
}

interface UpdatesFeedInput {
  siteUrl: string;
  locale: Locale;
  format: FeedFormat;
  title: string;
  description: string;
  author: string;
  /** The campaign's slug for its own feed; none for the site's. */
  campaignSlug?: string;
  updates: UpdateRow[];
  /** The update kind's name in the feed's language ("Hearing"). */
  kindLabel: (kind: string) => string;
  /** When there are no updates at all: the feed's date. */
  fallbackUpdated: Date;
}

/**
 * A feed of campaign updates. Each item links to its campaign's page in the
 * feed's language (absolute, from SITE_URL); the site-wide feed files each
 * under its campaign's title as well as its kind.
 */
export function updatesFeed(input: UpdatesFeedInput): Feed {
  const { siteUrl, locale, campaignSlug } = input;
  const pagePath = campaignSlug ? `/campaigns/${campaignSlug}` : "/campaigns";
  const items: FeedItem[] = input.updates.map((update) => ({
    id: `urn:uuid:${update.id}`,
    title: update.title,
    url: absoluteUrl(siteUrl, `/campaigns/${update.campaignSlug}`, locale),
    text: update.body,
    published: new Date(update.postedAt),
    updated: new Date(update.changedAt),
    language: update.textLocale === locale ? undefined : languageTags[update.textLocale],
    categories: campaignSlug ? [input.kindLabel(update.kind)] : [update.campaignTitle, input.kindLabel(update.kind)],
  }));
  const newest = items.reduce<Date | null>((latest, item) => (latest && latest >= item.updated ? latest : item.updated), null);
  return {
    title: input.title,
    description: input.description,
    author: input.author,
    language: languageTags[locale],
    pageUrl: absoluteUrl(siteUrl, pagePath, locale),
    selfUrl: absoluteUrl(siteUrl, feedPath(input.format, campaignSlug), locale),
    updated: newest ?? input.fallbackUpdated,
    items,
  };
}

/** Campaign statuses whose updates are syndicated: public ones but "paused" (db/queries/feeds.ts says why). */
export const syndicatedStatuses = ["published", "closed", "won"] as const;

export function isSyndicated(status: string): boolean {
  return (syndicatedStatuses as readonly string[]).includes(status);
}

/**
 * <link rel="alternate"> entries for a page's generateMetadata (alternates.types):
 * the feeds in the page's language, site-relative (metadataBase makes them absolute).
 */
export function feedAlternates(locale: Locale, titles: Record<FeedFormat, string>, campaignSlug?: string): Record<string, { url: string; title: string }[]> {
  const formats: FeedFormat[] = ["rss", "atom"];
  return Object.fromEntries(formats.map((format) => [feedMediaTypes[format], [{ url: localizeHref(feedPath(format, campaignSlug), locale), title: titles[format] }]]));
}
