/**
 * Which language a visitor gets, and how they change it:
 * - "/" alone negotiates: the remembered choice (cookie inkwell-locale) first,
 *   then Accept-Language, with a 307 to /fr etc.; English stays on "/";
 * - no other path redirects by language, but "/en/..." 308s to its unprefixed address;
 * - the language switcher (a <details> menu of links through /language) works
 *   without JavaScript, keeps the page and is remembered by "/";
 * - indexable pages name every language with hreflang, and the sitemaps list
 *   each language's public pages with their alternates (never organise/admin).
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { featuredCampaign, featuredDefender } from "../demo-data";
import { expect, test, visit } from "../fixtures";
import { languageTags, localeCookie, localeNames, locales, localizeHref, textDirection, type Locale } from "../../i18n/config";
import { hreflangProblems } from "./support";

async function answer(request: APIRequestContext, path: string, headers: Record<string, string>) {
  const response = await request.get(path, { headers, maxRedirects: 0 });
  const location = response.headers()["location"];
  return { status: response.status(), location: location ? new URL(location, "http://x").pathname : null, response };
}

test.describe("negotiation on /", () => {
  test("Accept-Language fr-CA,fr;q=0.9 is sent to /fr", async ({ request }) => {
    expect(await answer(request, "/", { "accept-language": "fr-CA,fr;q=0.9" })).toMatchObject({ status: 307, location: "/fr" });
  });

  test("Accept-Language de stays on the English home page", async ({ request }) => {
    const { status, location, response } = await answer(request, "/", { "accept-language": "de" });
    expect({ status, location }).toEqual({ status: 200, location: null });
    expect(await response.text()).toMatch(/<html[^>]* lang="en"/);
  });

  test("the remembered language wins over Accept-Language", async ({ request }) => {
    expect(await answer(request, "/", { "accept-language": "fr-CA,fr;q=0.9", cookie: `${localeCookie}=ar` })).toMatchObject({
      status: 307,
      location: "/ar",
    });
  });

  test("remembered English keeps a French browser on /", async ({ request }) => {
    expect(await answer(request, "/", { "accept-language": "fr", cookie: `${localeCookie}=en` })).toMatchObject({ status: 200, location: null });
  });
});

test.describe("no other path redirects by language", () => {
  test("/campaigns with Accept-Language fr stays English", async ({ request }) => {
    const { status, location, response } = await answer(request, "/campaigns", { "accept-language": "fr" });
    expect({ status, location }).toEqual({ status: 200, location: null });
    expect(await response.text()).toMatch(/<html[^>]* lang="en"/);
  });

  test("/fr/campaigns with a remembered Arabic stays French", async ({ request }) => {
    const { status, location, response } = await answer(request, "/fr/campaigns", { "accept-language": "ar", cookie: `${localeCookie}=ar` });
    expect({ status, location }).toEqual({ status: 200, location: null });
    expect(await response.text()).toMatch(/<html[^>]* lang="fr"/);
  });

  test("/en/... is sent with a 308 to its unprefixed address", async ({ request }) => {
    expect(await answer(request, "/en/campaigns", {})).toMatchObject({ status: 308, location: "/campaigns" });
    const slug = featuredCampaign().slug;
    expect(await answer(request, `/en/campaigns/${slug}`, {})).toMatchObject({ status: 308, location: `/campaigns/${slug}` });
    expect(await answer(request, "/en", {})).toMatchObject({ status: 308, location: "/" });
  });
});

test.describe("the language switcher without JavaScript", () => {
  test.use({ javaScriptEnabled: false, locale: "en-GB" });

  const switcher = (page: Page) => page.locator("header details").filter({ has: page.locator('a[href^="/language?"]') });

  async function switchTo(page: Page, locale: Locale): Promise<void> {
    const menu = switcher(page);
    await expect(menu).toHaveCount(1);
    await menu.locator("summary").click();
    await menu.getByRole("link", { name: localeNames[locale], exact: true }).click();
  }

  async function expectLanguage(page: Page, locale: Locale, path: string): Promise<void> {
    await expect(page).toHaveURL((url) => url.pathname === localizeHref(path, locale));
    await expect(page.locator("html")).toHaveAttribute("lang", languageTags[locale]);
    await expect(page.locator("html")).toHaveAttribute("dir", textDirection(locale));
    await expect(page.locator("h1").first()).toBeVisible();
  }

  test("switching on a campaign page stays on the campaign, and / remembers the choice", async ({ page }) => {
    const path = `/campaigns/${featuredCampaign().slug}`;
    await visit(page, path);
    await expectLanguage(page, "en", path);

    await switchTo(page, "fr");
    await expectLanguage(page, "fr", path);
    await visit(page, "/");
    await expectLanguage(page, "fr", "/");

    await visit(page, localizeHref(path, "fr"));
    await switchTo(page, "ar");
    await expectLanguage(page, "ar", path);
    await visit(page, "/");
    await expectLanguage(page, "ar", "/");

    // Back to English: "/" is English again although the browser asks for nothing else.
    await visit(page, localizeHref(path, "ar"));
    await switchTo(page, "en");
    await expectLanguage(page, "en", path);
    await visit(page, "/");
    await expectLanguage(page, "en", "/");
  });

  test("every language's link in the menu points at the same page through /language", async ({ page }) => {
    const path = `/defenders/${featuredDefender().slug}`;
    await visit(page, localizeHref(path, "zh"));
    const links = switcher(page).locator('a[href^="/language?"]');
    await expect(links).toHaveCount(locales.length);
    await switcher(page).locator("summary").click();
    for (const locale of locales) {
      const href = await switcher(page).getByRole("link", { name: localeNames[locale], exact: true }).getAttribute("href");
      const url = new URL(href!, "http://x");
      expect({ to: url.searchParams.get("to"), next: url.searchParams.get("next") }, `the ${locale} link`).toEqual({ to: locale, next: path });
    }
    await expect(switcher(page).getByRole("link", { name: localeNames.zh, exact: true })).toHaveAttribute("aria-current", "true");
  });
});

test.describe("hreflang and sitemaps", () => {
  test.use({ javaScriptEnabled: false });

  test("indexable pages name every language with hreflang", async ({ page }) => {
    const paths = ["/", "/campaigns", "/defenders", `/campaigns/${featuredCampaign().slug}`, `/defenders/${featuredDefender().slug}`];
    const failures: string[] = [];
    for (const locale of locales) {
      for (const path of paths) {
        await visit(page, localizeHref(path, locale));
        const alternates = await page.locator('link[rel="alternate"][hreflang]').count();
        const problems = [...(alternates === 0 ? ["no hreflang alternates"] : []), ...(await hreflangProblems(page))];
        failures.push(...problems.map((problem) => `${localizeHref(path, locale)}: ${problem}`));
      }
    }
    expect(failures).toEqual([]);
  });

  test("/sitemap.xml lists one sitemap per language", async ({ request, baseURL }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    const body = await response.text();
    const listed = [...body.matchAll(/<sitemap>\s*<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(locales.map((locale) => `${baseURL}/sitemap/${locale}.xml`).sort());
  });

  test("/sitemap/fr.xml lists French public pages with their alternates, and no organise or admin page", async ({ request, baseURL }) => {
    const response = await request.get("/sitemap/fr.xml");
    expect(response.status()).toBe(200);
    const body = await response.text();
    const entries = [...body.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => {
      const loc = /<loc>([^<]+)<\/loc>/.exec(m[1]!)![1]!;
      const alternates = Object.fromEntries([...m[1]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((a) => [a[1], a[2]]));
      return { loc: loc.replace(/&amp;/g, "&"), alternates };
    });
    expect(entries.length).toBeGreaterThan(0);
    const path = `/campaigns/${featuredCampaign().slug}`;
    const campaign = entries.find((entry) => entry.loc === `${baseURL}${localizeHref(path, "fr")}`);
    expect(campaign, `${localizeHref(path, "fr")} in /sitemap/fr.xml`).toBeDefined();
    const expected: Record<string, string> = { "x-default": `${baseURL}${path}` };
    for (const locale of locales) expected[languageTags[locale]] = `${baseURL}${localizeHref(path, locale)}`;
    expect(campaign!.alternates).toEqual(expected);

    expect(entries.filter((entry) => !entry.loc.startsWith(`${baseURL}/fr/`) && entry.loc !== `${baseURL}/fr`), "entries not in French").toEqual([]);
    expect(entries.filter((entry) => /\/(organise|admin|account)(\/|$)/.test(new URL(entry.loc).pathname)).map((e) => e.loc)).toEqual([]);
    expect(body).not.toMatch(/\/(organise|admin)(\/|")/);
  });
});
