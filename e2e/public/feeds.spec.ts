/**
 * Feeds and discovery (issue #14, ADR 0026): the RSS and Atom feeds of
 * campaign updates, site-wide and per campaign, in English and French, parse
 * as XML in the browser and hold the updates in the feed's language; a quiet
 * defender's campaign (and a paused campaign) never reaches a feed; the feeds
 * answer conditional requests; the defender share card is a PNG (a 404 for a
 * quiet one); the JSON-LD parses, with the CSP nonce on pages rendered per request.
 */
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { e2eSql } from "../auth";
import { allCampaigns } from "../demo-data";
import { expect, metaProperty, test, visit } from "../fixtures";

const dong = allCampaigns.find((campaign) => campaign.slug === "reunite-dong-guangping-with-his-family")!;
const dongUpdateFr = "Arrêté au Viet Nam, puis le silence";

interface ParsedFeed {
  root: string;
  error: string | null;
  title: string;
  items: { title: string; link: string; date: string; categories: string[] }[];
}

/** Parses a feed with the browser's own XML parser (no leniency: a parser error is reported). */
async function parseFeed(page: Page, xml: string): Promise<ParsedFeed> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const error = doc.querySelector("parsererror")?.textContent ?? null;
    const root = doc.documentElement;
    const atom = root.localName === "feed";
    const own = (node: Element, name: string) => Array.from(node.children).find((child) => child.localName === name);
    const channel = atom ? root : own(root, "channel")!;
    const items = Array.from(channel.children).filter((child) => child.localName === (atom ? "entry" : "item"));
    return {
      root: root.localName,
      error,
      title: own(channel, "title")?.textContent ?? "",
      items: items.map((item) => ({
        title: own(item, "title")?.textContent ?? "",
        link: atom ? (own(item, "link")?.getAttribute("href") ?? "") : (own(item, "link")?.textContent ?? ""),
        date: own(item, atom ? "published" : "pubDate")?.textContent ?? "",
        categories: Array.from(item.children)
          .filter((child) => child.localName === "category")
          .map((child) => (atom ? (child.getAttribute("term") ?? "") : (child.textContent ?? ""))),
      })),
    };
  }, xml);
}

async function fetchFeed(page: Page, path: string, type: "rss" | "atom") {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toBe(`application/${type}+xml; charset=utf-8`);
  const body = await response.text();
  const feed = await parseFeed(page, body);
  expect(feed.error, `${path} parses`).toBeNull();
  expect(feed.root).toBe(type === "rss" ? "rss" : "feed");
  return { feed, body, headers: response.headers() };
}

test("site-wide and campaign feeds in English and French, without quiet defenders or paused campaigns", async ({ page, baseURL }) => {
  const sql = e2eSql();
  const suffix = randomBytes(4).toString("hex");
  const hostileTitle = `Hearing ${suffix} ]]> <b>&amp; "set"</b> & more`;
  const quietName = `Quiet Feed Defender ${suffix}`;

  // A public campaign with a hostile update title, one about a defender who has gone quiet, and a paused one.
  const made = async (label: string, campaignStatus: "published" | "paused", paused: boolean, updateTitle: string) => {
    const [defender] = await sql<{ id: string; slug: string }[]>`
      insert into defenders (slug, name, country, status, summary, consent_status, paused)
      values (${`feed-${label}-${suffix}`}, ${label === "quiet" ? quietName : `Feed Defender ${label} ${suffix}`}, 'CN', 'detained', 'Made by an e2e test.', 'given', ${paused})
      returning id, slug`;
    const [campaign] = await sql<{ id: string; slug: string }[]>`
      insert into campaigns (slug, title, summary, status, published_at, action_kinds)
      values (${`feed-${label}-${suffix}`}, ${`Feed campaign ${label} ${suffix}`}, 'Made by an e2e test.', ${campaignStatus}, now(), '{letter}')
      returning id, slug`;
    await sql`insert into campaign_defenders (campaign_id, defender_id) values (${campaign!.id}, ${defender!.id})`;
    await sql`insert into campaign_updates (campaign_id, kind, title, body, occurred_on) values (${campaign!.id}, 'hearing', ${updateTitle}, ${`About ${updateTitle}`}, '2026-01-05')`;
    return { campaign: campaign!, defender: defender! };
  };
  const open = await made("open", "published", false, hostileTitle);
  const quiet = await made("quiet", "published", true, `News about ${quietName}`);
  const paused = await made("paused", "paused", false, `Paused news ${suffix}`);

  for (const [prefix, locale] of [["", "en"], ["/fr", "fr"]] as const) {
    for (const type of ["rss", "atom"] as const) {
      const { feed, body } = await fetchFeed(page, `${prefix}/feeds/updates.${type}`, type);
      const titles = feed.items.map((item) => item.title);
      // The hostile title survives as text; nothing from the quiet defender's or the paused campaign.
      expect(titles).toContain(hostileTitle);
      expect(body).not.toContain(quietName);
      expect(body).not.toContain(quiet.campaign.slug);
      expect(body).not.toContain(paused.campaign.slug);
      // Updates in the feed's language where translated (the seed has Dong Guangping's in French).
      expect(titles).toContain(locale === "fr" ? dongUpdateFr : dong.updates[0]!.title);
      if (locale === "fr") expect(titles).not.toContain(dong.updates[0]!.title);
      const ours = feed.items.find((item) => item.title === hostileTitle)!;
      expect(ours.link).toBe(new URL(`${prefix}/campaigns/${open.campaign.slug}`, baseURL).toString());
      expect(ours.categories).toContain(`Feed campaign open ${suffix}`);
      expect(Number.isNaN(Date.parse(ours.date))).toBe(false);
    }
  }

  // A campaign's own feed, in French: its updates, linked to its French page.
  for (const type of ["rss", "atom"] as const) {
    const { feed, headers } = await fetchFeed(page, `/fr/campaigns/${dong.slug}/updates.${type}`, type);
    expect(feed.items).toHaveLength(dong.updates.length);
    expect(feed.items.map((item) => item.title)).toContain(dongUpdateFr);
    expect(new Set(feed.items.map((item) => item.link))).toEqual(new Set([new URL(`/fr/campaigns/${dong.slug}`, baseURL).toString()]));
    expect(headers["cache-control"]).toContain("public");
    expect(headers["last-modified"]).toMatch(/GMT$/);
    // Conditional GET: the same ETag answers 304 with no body.
    const again = await page.request.get(`/fr/campaigns/${dong.slug}/updates.${type}`, { headers: { "if-none-match": headers.etag! } });
    expect(again.status()).toBe(304);
  }
  const english = await fetchFeed(page, `/campaigns/${dong.slug}/updates.rss`, "rss");
  expect(english.feed.items.map((item) => item.title)).toContain(dong.updates[0]!.title);

  // Quiet defender's and paused campaigns' feeds do not exist, and say no name.
  for (const slug of [quiet.campaign.slug, paused.campaign.slug]) {
    const response = await page.request.get(`/campaigns/${slug}/updates.atom`);
    expect(response.status()).toBe(404);
    expect(await response.text()).not.toContain(quietName);
  }
});

test("pages announce their feeds and carry JSON-LD; defenders get a share card, quiet ones none", async ({ page }) => {
  const sql = e2eSql();
  const suffix = randomBytes(4).toString("hex");
  const quietName = `Quiet Card Defender ${suffix}`;
  const [quiet] = await sql<{ slug: string }[]>`
    insert into defenders (slug, name, country, status, summary, consent_status, paused)
    values (${`quiet-card-${suffix}`}, ${quietName}, 'CN', 'detained', 'Made by an e2e test.', 'given', true)
    returning slug`;

  const jsonLd = async () => {
    const scripts = page.locator('script[type="application/ld+json"]');
    await expect(scripts).toHaveCount(1);
    return JSON.parse((await scripts.first().textContent()) ?? "") as Record<string, unknown>;
  };

  // Home: rendered per request, so its JSON-LD carries the response's nonce; it links both site feeds.
  await visit(page, "/fr");
  const site = await jsonLd();
  expect((site["@graph"] as { "@type": string }[]).map((node) => node["@type"])).toEqual(["Organization", "WebSite"]);
  expect(await page.locator('script[type="application/ld+json"]').evaluate((script) => (script as HTMLScriptElement).nonce)).not.toBe("");
  const rssHref = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute("href");
  expect(new URL(rssHref!).pathname).toBe("/fr/feeds/updates.rss");
  expect((await page.request.get(rssHref!)).status()).toBe(200);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/fr\/feeds\/updates\.atom$/);

  // A campaign page: an Article about its defenders, and its own feeds.
  await visit(page, `/campaigns/${dong.slug}`);
  const article = await jsonLd();
  expect(article["@type"]).toBe("Article");
  expect(article.headline).toBe(dong.title);
  expect((article.about as { "@type": string }[])[0]!["@type"]).toBe("Person");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", new RegExp(`/campaigns/${dong.slug}/updates\\.atom$`));

  // A defender page: a ProfilePage about the Person, and a PNG share card.
  const defenderSlug = dong.defenderSlugs[0]!;
  await visit(page, `/defenders/${defenderSlug}`);
  const profile = await jsonLd();
  expect(profile["@type"]).toBe("ProfilePage");
  expect((profile.mainEntity as { "@type": string })["@type"]).toBe("Person");
  const image = await metaProperty(page, "og:image");
  expect(image).toContain(`/defenders/${defenderSlug}/opengraph-image`);
  const card = await page.request.get(image!);
  expect(card.status()).toBe(200);
  expect(card.headers()["content-type"]).toBe("image/png");
  expect((await card.body()).subarray(1, 4).toString()).toBe("PNG");

  // The same card for a quiet defender is a 404 that names no one.
  const quietCard = await page.request.get(image!.replace(`/defenders/${defenderSlug}/`, `/defenders/${quiet!.slug}/`));
  expect(quietCard.status()).toBe(404);
  expect(await quietCard.text()).not.toContain(quietName);
});
