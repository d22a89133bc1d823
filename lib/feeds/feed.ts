import { element, rfc3339, rfc822, startTag, textToHtml } from "./xml";

/** What both formats say, built by the route from the query's rows. Pure data: no request, no database. */
export interface Feed {
  title: string;
  description: string;
  /** Who publishes it (Atom's required author): the site. */
  author: string;
  /** BCP 47 tag of the feed's language ("fr", "zh-Hans"). */
  language: string;
  /** Absolute URL of the HTML page the feed follows. */
  pageUrl: string;
  /** Absolute URL of this feed itself. */
  selfUrl: string;
  /** Newest change among the items (or the feed's own date when it has none). */
  updated: Date;
  items: FeedItem[];
}

export interface FeedItem {
  /** Stable and unique: the same update keeps it for good ("urn:uuid:..."). */
  id: string;
  title: string;
  /** Absolute URL of the item on the site. */
  url: string;
  /** Plain text (shown as paragraphs). */
  text: string;
  published: Date;
  updated: Date;
  /** BCP 47 tag, when the item is in another language than the feed. */
  language?: string;
  categories: string[];
}

/** Media types, as <link rel="alternate" type> names them; served with "; charset=utf-8". */
export const feedMediaTypes = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
} as const;

export type FeedFormat = keyof typeof feedMediaTypes;

const declaration = '<?xml version="1.0" encoding="utf-8"?>';

/** RSS 2.0 (https://www.rssboard.org/rss-specification), with an atom:link to itself. */
export function rssXml(feed: Feed): string {
  const items = feed.items.map((item) =>
    [
      "<item>",
      element("title", item.title),
      element("link", item.url),
      element("guid", item.id, { isPermaLink: "false" }),
      element("pubDate", rfc822(item.published)),
      ...item.categories.map((category) => element("category", category)),
      element("description", textToHtml(item.text)),
      "</item>",
    ].join(""),
  );
  return [
    declaration,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    element("title", feed.title),
    element("link", feed.pageUrl),
    element("description", feed.description),
    element("language", feed.language),
    element("lastBuildDate", rfc822(feed.updated)),
    element("atom:link", null, { href: feed.selfUrl, rel: "self", type: feedMediaTypes.rss }),
    ...items,
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}

/** Atom 1.0 (RFC 4287). */
export function atomXml(feed: Feed): string {
  const entries = feed.items.map((item) =>
    [
      startTag("entry", { "xml:lang": item.language }),
      element("id", item.id),
      element("title", item.title),
      element("link", null, { rel: "alternate", type: "text/html", href: item.url }),
      element("published", rfc3339(item.published)),
      element("updated", rfc3339(item.updated)),
      ...item.categories.map((category) => element("category", null, { term: category })),
      element("content", textToHtml(item.text), { type: "html" }),
      "</entry>",
    ].join(""),
  );
  return [
    declaration,
    startTag("feed", { xmlns: "http://www.w3.org/2005/Atom", "xml:lang": feed.language }),
    element("id", feed.selfUrl),
    element("title", feed.title),
    element("subtitle", feed.description),
    element("updated", rfc3339(feed.updated)),
    element("link", null, { rel: "self", type: feedMediaTypes.atom, href: feed.selfUrl }),
    element("link", null, { rel: "alternate", type: "text/html", href: feed.pageUrl }),
    `<author>${element("name", feed.author)}</author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

export function feedXml(feed: Feed, format: FeedFormat): string {
  return format === "rss" ? rssXml(feed) : atomXml(feed);
}
