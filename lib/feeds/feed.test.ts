import { describe, expect, it } from "vitest";
import { atomXml, rssXml, type Feed } from "./feed";
import { feedResponseInit } from "./http";
import { feedAlternates, isSyndicated, updatesFeed } from "./updates";
import { escapeXml, rfc3339, rfc822, textToHtml } from "./xml";

const hostile = "Appeal ]]> <script>alert(1)</script> & \"quotes\" 'too' \u0007bell";

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!);

/**
 * A strict little XML reader for these tests (no XML parser ships with the app;
 * e2e/public/feeds.spec.ts parses the served feeds with the browser's): one
 * declaration, balanced tags, quoted attributes, no "<" or "&" loose in text
 * or attributes, only the five named entities, no CDATA, no comments. Throws
 * on anything else.
 */
function parse(xml: string): Node {
  const token = /<\?xml [^?]*\?>|<\/([A-Za-z][\w:.-]*)>|<([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>|([^<&]+)|&(?:amp|lt|gt|quot|apos);/y;
  const root: Node = { name: "#document", attrs: {}, children: [], text: "" };
  const stack = [root];
  let position = 0;
  while (position < xml.length) {
    token.lastIndex = position;
    const match = token.exec(xml);
    if (!match) throw new Error(`Not well-formed at ${position}: ${xml.slice(position, position + 30)}`);
    position = token.lastIndex;
    const [whole, closing, opening, attributes, empty] = match;
    const top = stack[stack.length - 1]!;
    if (closing) {
      if (top.name !== closing) throw new Error(`</${closing}> closes <${top.name}>`);
      stack.pop();
    } else if (opening) {
      const attrs: Record<string, string> = {};
      for (const [, key, value] of (attributes ?? "").matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[key!] = decode(value!);
      const node: Node = { name: opening, attrs, children: [], text: "" };
      top.children.push(node);
      if (!empty) stack.push(node);
    } else if (!whole.startsWith("<?xml")) {
      top.text += decode(whole);
    }
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new Error("Unclosed element or several roots");
  return root.children[0]!;
}

/** Descendants named `name`, in document order. */
function all(node: Node, name: string): Node[] {
  return node.children.flatMap((child) => [...(child.name === name ? [child] : []), ...all(child, name)]);
}
const first = (node: Node, name: string) => all(node, name)[0]!;

const feed: Feed = {
  title: `Inkwell ${hostile}`,
  description: "News & more",
  author: "Inkwell",
  language: "fr",
  pageUrl: "https://inkwell.example/fr/campaigns?x=1&y=2",
  selfUrl: "https://inkwell.example/fr/feeds/updates.rss",
  updated: new Date("2026-12-05T17:14:28.123Z"),
  items: [
    {
      id: "urn:uuid:2f1b7c52-9a3e-4c8a-8d63-0c6f1f0f4e11",
      title: hostile,
      url: "https://inkwell.example/fr/campaigns/free-them",
      text: "First line\nsecond <b>line</b>\n\nNew paragraph ]]>",
      published: new Date("2026-03-01T09:05:00Z"),
      updated: new Date("2026-03-02T10:00:00Z"),
      language: "en",
      categories: ["Audience", hostile],
    },
  ],
};

describe("escapeXml", () => {
  it("escapes the five XML characters and drops those XML 1.0 forbids", () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
    expect(escapeXml("a\u0000b\u001Fc\uFFFEd\uD800e")).toBe("abcde");
    expect(escapeXml("tab\tnew\nline \uD83D\uDE00 ok")).toBe("tab\tnew\nline \uD83D\uDE00 ok");
    expect(escapeXml("]]>")).toBe("]]&gt;");
  });
});

describe("dates", () => {
  it("RSS uses RFC 822 dates in GMT, Atom RFC 3339 in UTC", () => {
    const date = new Date("2026-03-01T09:05:07.890Z");
    expect(rfc822(date)).toBe("Sun, 01 Mar 2026 09:05:07 GMT");
    expect(rfc822(date)).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(rfc3339(date)).toBe("2026-03-01T09:05:07Z");
  });
});

describe("textToHtml", () => {
  it("escapes the text, then makes paragraphs and line breaks of it", () => {
    expect(textToHtml("a <b>\nc\r\n\r\n\n d & e")).toBe("<p>a &lt;b&gt;<br>c</p><p>d &amp; e</p>");
    expect(textToHtml("")).toBe("");
  });
});

describe("rssXml", () => {
  const clean = hostile.replace("\u0007", "");

  it("is well-formed RSS 2.0 that keeps a hostile title as text", () => {
    const xml = rssXml(feed);
    expect(xml).not.toContain("<![CDATA[");
    expect(xml).not.toContain("<script>");
    const rss = parse(xml);
    expect(rss.name).toBe("rss");
    expect(rss.attrs.version).toBe("2.0");
    expect(rss.attrs["xmlns:atom"]).toBe("http://www.w3.org/2005/Atom");
    const channel = first(rss, "channel");
    expect(channel.children.find((node) => node.name === "title")!.text).toBe(`Inkwell ${clean}`);
    expect(channel.children.find((node) => node.name === "link")!.text).toBe(feed.pageUrl);
    expect(first(channel, "language").text).toBe("fr");
    expect(first(channel, "lastBuildDate").text).toBe("Sat, 05 Dec 2026 17:14:28 GMT");
    const self = first(channel, "atom:link");
    expect(self.attrs).toEqual({ href: feed.selfUrl, rel: "self", type: "application/rss+xml" });
    const item = first(channel, "item");
    expect(first(item, "title").text).toBe(clean);
    expect(first(item, "link").text).toBe(feed.items[0]!.url);
    expect(first(item, "guid").attrs.isPermaLink).toBe("false");
    expect(first(item, "pubDate").text).toBe("Sun, 01 Mar 2026 09:05:00 GMT");
    expect(first(item, "description").text).toBe("<p>First line<br>second &lt;b&gt;line&lt;/b&gt;</p><p>New paragraph ]]&gt;</p>");
    expect(all(item, "category").map((node) => node.text)).toEqual(["Audience", clean]);
  });

  it("the checker itself refuses what is not well-formed", () => {
    expect(() => parse("<a><b></a></b>")).toThrow();
    expect(() => parse("<a>x & y</a>")).toThrow();
    expect(() => parse("<a>x < y</a>")).toThrow();
    expect(() => parse("<a><![CDATA[x]]></a>")).toThrow();
    expect(() => parse('<a b="<">x</a>')).toThrow();
  });
});

describe("atomXml", () => {
  const clean = hostile.replace("\u0007", "");

  it("is well-formed Atom 1.0 with ids, RFC 3339 dates, links and the item's own language", () => {
    const root = parse(atomXml(feed));
    expect(root.name).toBe("feed");
    expect(root.attrs).toEqual({ xmlns: "http://www.w3.org/2005/Atom", "xml:lang": "fr" });
    const own = (name: string) => root.children.find((node) => node.name === name)!;
    expect(own("updated").text).toBe("2026-12-05T17:14:28Z");
    expect(own("id").text).toBe(feed.selfUrl);
    expect(own("title").text).toBe(`Inkwell ${clean}`);
    expect(first(own("author"), "name").text).toBe("Inkwell");
    expect(root.children.filter((node) => node.name === "link").map((node) => node.attrs)).toEqual([
      { rel: "self", type: "application/atom+xml", href: feed.selfUrl },
      { rel: "alternate", type: "text/html", href: feed.pageUrl },
    ]);
    const entry = first(root, "entry");
    expect(entry.attrs["xml:lang"]).toBe("en");
    expect(first(entry, "id").text).toBe(feed.items[0]!.id);
    expect(first(entry, "title").text).toBe(clean);
    expect(first(entry, "link").attrs.href).toBe(feed.items[0]!.url);
    expect(first(entry, "published").text).toBe("2026-03-01T09:05:00Z");
    expect(first(entry, "updated").text).toBe("2026-03-02T10:00:00Z");
    expect(first(entry, "content").attrs.type).toBe("html");
    expect(first(entry, "content").text).toContain("&lt;b&gt;");
    expect(all(entry, "category")[1]!.attrs.term).toBe(clean);
  });

  it("leaves out xml:lang on entries in the feed's own language", () => {
    const root = parse(atomXml({ ...feed, items: [{ ...feed.items[0]!, language: undefined }] }));
    expect(first(root, "entry").attrs).toEqual({});
  });
});

describe("updatesFeed", () => {
  const base = {
    siteUrl: "https://inkwell.example",
    title: "T",
    description: "D",
    author: "Inkwell",
    kindLabel: (kind: string) => `kind:${kind}`,
    fallbackUpdated: new Date("2026-01-01T00:00:00Z"),
  };
  const row = {
    id: "2f1b7c52-9a3e-4c8a-8d63-0c6f1f0f4e11",
    kind: "hearing",
    title: "Audience fixée",
    body: "Texte",
    postedAt: "2026-03-01T09:05:00.000Z",
    changedAt: "2026-03-04T09:05:00.000Z",
    campaignSlug: "free-them",
    campaignTitle: "Libérez-les",
    textLocale: "fr" as const,
  };

  it("links items to the campaign page in the feed's language, absolute, and dates the feed by its newest change", () => {
    const fr = updatesFeed({ ...base, locale: "fr", format: "rss", updates: [row, { ...row, id: "x", changedAt: "2026-02-01T00:00:00.000Z", textLocale: "en" }] });
    expect(fr.items[0]!.url).toBe("https://inkwell.example/fr/campaigns/free-them");
    expect(fr.items[0]!.id).toBe(`urn:uuid:${row.id}`);
    expect(fr.items[0]!.language).toBeUndefined();
    expect(fr.items[1]!.language).toBe("en");
    expect(fr.items[0]!.categories).toEqual(["Libérez-les", "kind:hearing"]);
    expect(fr.updated.toISOString()).toBe("2026-03-04T09:05:00.000Z");
    expect(fr.selfUrl).toBe("https://inkwell.example/fr/feeds/updates.rss");
    expect(fr.pageUrl).toBe("https://inkwell.example/fr/campaigns");
    expect(fr.language).toBe("fr");
  });

  it("serves English unprefixed, names a campaign's own feed by its slug, and falls back to the given date when empty", () => {
    const en = updatesFeed({ ...base, locale: "en", format: "atom", campaignSlug: "free-them", updates: [] });
    expect(en.selfUrl).toBe("https://inkwell.example/campaigns/free-them/updates.atom");
    expect(en.pageUrl).toBe("https://inkwell.example/campaigns/free-them");
    expect(en.updated).toEqual(base.fallbackUpdated);
    const zh = updatesFeed({ ...base, locale: "zh", format: "atom", campaignSlug: "free-them", updates: [{ ...row, textLocale: "zh" }] });
    expect(zh.language).toBe("zh-Hans");
    expect(zh.items[0]!.categories).toEqual(["kind:hearing"]);
  });
});

describe("feedResponseInit", () => {
  const modified = new Date("2026-03-04T09:05:00.500Z");
  const none = { ifNoneMatch: null, ifModifiedSince: null };

  it("sends the media type, cache headers and validators", () => {
    const { status, headers } = feedResponseInit("<rss/>", "rss", modified, none);
    expect(status).toBe(200);
    expect(headers["content-type"]).toBe("application/rss+xml; charset=utf-8");
    expect(feedResponseInit("<feed/>", "atom", modified, none).headers["content-type"]).toBe("application/atom+xml; charset=utf-8");
    expect(headers["last-modified"]).toBe("Wed, 04 Mar 2026 09:05:00 GMT");
    expect(headers.etag).toMatch(/^"[\w-]{27}"$/);
    expect(headers["cache-control"]).toContain("public");
  });

  it("answers 304 to a matching If-None-Match, and to If-Modified-Since only without one", () => {
    const { etag } = feedResponseInit("<rss/>", "rss", modified, none).headers;
    expect(feedResponseInit("<rss/>", "rss", modified, { ifNoneMatch: `"other", W/${etag}`, ifModifiedSince: null }).status).toBe(304);
    expect(feedResponseInit("<rss>changed</rss>", "rss", modified, { ifNoneMatch: etag!, ifModifiedSince: null }).status).toBe(200);
    expect(feedResponseInit("<rss/>", "rss", modified, { ifNoneMatch: null, ifModifiedSince: "Wed, 04 Mar 2026 09:05:00 GMT" }).status).toBe(304);
    expect(feedResponseInit("<rss/>", "rss", modified, { ifNoneMatch: null, ifModifiedSince: "Wed, 04 Mar 2026 09:04:59 GMT" }).status).toBe(200);
    expect(feedResponseInit("<rss/>", "rss", modified, { ifNoneMatch: '"stale"', ifModifiedSince: "Wed, 04 Mar 2026 09:05:00 GMT" }).status).toBe(200);
    expect(feedResponseInit("<rss/>", "rss", modified, { ifNoneMatch: null, ifModifiedSince: "garbage" }).status).toBe(200);
  });
});

describe("feedAlternates", () => {
  it("names both feeds by media type, in the page's language", () => {
    expect(feedAlternates("fr", { rss: "R", atom: "A" }, "free-them")).toEqual({
      "application/rss+xml": [{ url: "/fr/campaigns/free-them/updates.rss", title: "R" }],
      "application/atom+xml": [{ url: "/fr/campaigns/free-them/updates.atom", title: "A" }],
    });
    expect(feedAlternates("en", { rss: "R", atom: "A" })["application/rss+xml"]).toEqual([{ url: "/feeds/updates.rss", title: "R" }]);
  });

  it("syndicates published, closed and won campaigns, never paused ones", () => {
    expect(["published", "closed", "won"].every(isSyndicated)).toBe(true);
    expect(["paused", "draft", "in_review"].some(isSyndicated)).toBe(false);
  });
});
