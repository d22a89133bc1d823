/**
 * Every public page, in Chromium, with every request it makes recorded: the
 * page, its scripts, styles, images, fonts, prefetches and whatever its
 * scripts fetch afterwards. Any host but the app's own fails the test.
 */
import type { Page } from "@playwright/test";
import { actionPath } from "../../lib/routes";
import { allDefenders, publicCampaigns } from "../demo-data";
import { expect, test } from "../fixtures";

const fixedPages = [
  { path: "/", status: 200 },
  { path: "/campaigns", status: 200 },
  { path: "/defenders", status: 200 },
  { path: "/signin", status: 200 },
  // Unknown tokens: whatever the page answers, it must not reach out either.
  { path: "/confirm/not-a-real-token", status: undefined },
  { path: "/unsubscribe/not-a-real-token", status: undefined },
  { path: "/no/such/page-network", status: 404 },
];

const campaignPages = publicCampaigns().flatMap((campaign) => [
  `/campaigns/${campaign.slug}`,
  ...campaign.actionKinds.map((kind) => actionPath(campaign.slug, kind)),
  ...(campaign.actionKinds.includes("letter") ? [`/campaigns/${campaign.slug}/post-it`] : []),
]);

/** Loads `path`, scrolls to the end (lazy images), waits for the network to settle; returns every URL requested. */
async function requestsOf(page: Page, path: string): Promise<{ status: number; urls: string[] }> {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  const response = await page.goto(path);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState("networkidle");
  return { status: response?.status() ?? 0, urls };
}

function foreign(urls: string[], appOrigin: string): string[] {
  return urls.filter((url) => {
    const parsed = new URL(url);
    if (parsed.protocol === "data:" || parsed.protocol === "blob:") return false;
    return parsed.origin !== appOrigin;
  });
}

for (const { path, status } of fixedPages) {
  test(`${path} contacts no other host`, async ({ page, baseURL }) => {
    const result = await requestsOf(page, path);
    if (status) expect(result.status, `HTTP status of ${path}`).toBe(status);
    else expect(result.status, `HTTP status of ${path}`).toBeLessThan(500);
    expect(result.urls.length).toBeGreaterThan(0);
    expect(foreign(result.urls, new URL(baseURL!).origin)).toEqual([]);
  });
}

for (const path of campaignPages) {
  test(`${path} contacts no other host`, async ({ page, baseURL }) => {
    const result = await requestsOf(page, path);
    expect(result.status, `HTTP status of ${path}`).toBeLessThan(400);
    expect(foreign(result.urls, new URL(baseURL!).origin)).toEqual([]);
  });
}

test("every defender page contacts no other host", async ({ page, baseURL }) => {
  // The seeded defenders: other specs add hundreds of their own while this one runs.
  test.setTimeout(180_000);
  const slugs = allDefenders.map((d) => d.slug);
  expect(slugs.length).toBeGreaterThan(0);
  for (const slug of slugs) {
    const result = await requestsOf(page, `/defenders/${slug}`);
    expect(result.status, `/defenders/${slug}`).toBe(200);
    expect(foreign(result.urls, new URL(baseURL!).origin), `/defenders/${slug}`).toEqual([]);
  }
});
