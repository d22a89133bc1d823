import { randomBytes, randomUUID } from "node:crypto";
import { e2eSql } from "../auth";
import { expect, metaProperty, test, visit } from "../fixtures";

/** A published campaign about one defender, with a goal of 4 and no actions yet. */
async function createCampaign() {
  const sql = e2eSql();
  const suffix = randomBytes(4).toString("hex");
  const [defender] = await sql<{ id: string }[]>`
    insert into defenders (slug, name, country, status, summary)
    values (${`e2e-counted-${suffix}`}, ${`Counted Defender ${suffix}`}, 'VN', 'detained', 'Made by an e2e test.')
    returning id`;
  const [campaign] = await sql<{ id: string; slug: string; title: string }[]>`
    insert into campaigns (slug, title, summary, status, published_at, action_kinds, goal, hashtags)
    values (${`e2e-counters-${suffix}`}, ${`Counted campaign ${suffix}`}, 'Made by an e2e test.', 'published', now(),
            '{letter,call}', 4, '{FreeThemAll}')
    returning id, slug, title`;
  await sql`insert into campaign_defenders (campaign_id, defender_id) values (${campaign!.id}, ${defender!.id})`;
  return campaign!;
}

/** What the confirmation flow does, in one statement: the action is confirmed at the database's now(). */
async function confirmAction(campaignId: string, kind: string, country: string | null, selfReported = false): Promise<void> {
  await e2eSql()`
    insert into actions (campaign_id, kind, status, country, self_reported, idempotency_key, confirmed_at)
    values (${campaignId}, ${kind}, 'confirmed', ${country}, ${selfReported}, ${`e2e-counters:${randomUUID()}`}, now())`;
}

/** What the counter job has counted so far, and where its watermark is: says whether the job or the page cache lags. */
async function countedInDatabase(campaignId: string): Promise<string> {
  const [row] = await e2eSql()<{ counted: string; watermark: string; now: string }[]>`
    select coalesce((select sum(confirmed) from action_counters where campaign_id = ${campaignId}), 0)::text as counted,
           (select position::text from job_watermarks where name = 'counters') as watermark, now()::text as now`;
  return `${row?.counted} at watermark ${row?.watermark}, now ${row?.now}`;
}

function total(page: import("@playwright/test").Page) {
  return page.getByTestId("campaign-total").locator("span").first();
}

test("a confirmed action shows in the campaign's count within 5 seconds", async ({ page }) => {
  const campaign = await createCampaign();
  await visit(page, `/campaigns/${campaign.slug}`); // renders and caches the page at 0
  await expect(total(page)).toHaveText("0");

  await confirmAction(campaign.id, "letter", "CA");
  const confirmedAt = Date.now();
  let counted = "";
  await expect
    .poll(
      async () => {
        await page.reload();
        const shown = await total(page).textContent();
        if (shown !== "1") counted = await countedInDatabase(campaign.id);
        return shown;
      },
      { timeout: 5_000, intervals: [250], message: `the page kept the old count (the counters say ${counted || "?"})` },
    )
    .toBe("1");
  test.info().annotations.push({ type: "counter lag", description: `${Date.now() - confirmedAt} ms` });
});

test("the campaign page shows counts by kind and country, a map, milestones and share links", async ({ page, axe }) => {
  const campaign = await createCampaign();
  await confirmAction(campaign.id, "letter", "CA");
  await confirmAction(campaign.id, "letter", "CA");
  await confirmAction(campaign.id, "call", "FR");
  await confirmAction(campaign.id, "call", null, true);

  await expect
    .poll(
      async () => {
        await visit(page, `/campaigns/${campaign.slug}`);
        return total(page).textContent();
      },
      { timeout: 10_000, intervals: [500] },
    )
    .toBe("3");

  const progress = page.getByRole("region", { name: "Progress" });
  await expect(progress.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "75");
  const milestones = progress.getByRole("listitem").filter({ hasText: "of the goal:" });
  await expect(milestones).toHaveCount(4);
  await expect(milestones.nth(2)).toContainText("75% of the goal: 3 actions");
  await expect(milestones.nth(2)).toContainText("Reached");
  await expect(milestones.nth(3)).toContainText("1 action to go");
  await expect(progress.getByText("1 reported by supporters", { exact: true })).toBeVisible();

  const countries = page.getByRole("region", { name: "Where actions come from" });
  const map = countries.getByRole("img", { name: /World map/ });
  await expect(map).toBeVisible();
  const table = countries.getByRole("table", { name: "Actions by country" });
  await expect(table.getByRole("row", { name: /Canada/ }).getByRole("cell").first()).toHaveText("2");
  await expect(table.getByRole("row", { name: /France/ }).getByRole("cell").first()).toHaveText("1");
  const mapSrc = (await map.getAttribute("src"))!;
  expect(mapSrc).toBe(`/campaigns/${campaign.slug}/map.svg?v=3`);
  const svg = await page.request.get(mapSrc);
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  const drawing = await svg.text();
  expect(drawing.match(/fill="#14284f"/g)).toHaveLength(1); // Canada, the most
  expect(drawing).toContain("<title>Canada: 2</title>");
  expect((await page.request.get(`/campaigns/no-such-campaign-e2e/map.svg`)).status()).toBe(404);

  const share = page.getByRole("region", { name: "Share this campaign" });
  const pageUrl = new URL(`/campaigns/${campaign.slug}`, page.url()).toString();
  const xHref = new URL((await share.getByRole("link", { name: /Share on X/ }).getAttribute("href"))!);
  expect(xHref.hostname).toBe("x.com");
  expect(xHref.searchParams.get("url")).toBe(pageUrl);
  expect(xHref.searchParams.get("hashtags")).toBe("FreeThemAll");
  await expect(share.getByRole("link", { name: /Share on Bluesky/ })).toHaveAttribute("href", /^https:\/\/bsky\.app\/intent\/compose\?/);
  await expect(share.getByRole("link", { name: /Share by email/ })).toHaveAttribute("href", /^mailto:\?subject=/);
  await expect(share.getByLabel("Link to share")).toHaveValue(pageUrl);
  await expect(share.getByRole("button", { name: "Copy link" })).toBeVisible();

  const ogImage = await metaProperty(page, "og:image");
  expect(ogImage).toContain(`/campaigns/${campaign.slug}/opengraph-image`);
  const image = await page.request.get(ogImage!);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");

  await axe();
});

test("without JavaScript, the share links still work and the link is there to copy", async ({ browser }) => {
  const campaign = await createCampaign();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await visit(page, `/campaigns/${campaign.slug}`);
  const share = page.getByRole("region", { name: "Share this campaign" });
  await expect(share.getByLabel("Link to share")).toHaveValue(new URL(`/campaigns/${campaign.slug}`, page.url()).toString());
  await expect(share.getByRole("button", { name: "Copy link" })).toHaveCount(0);

  // The Mastodon form is a plain GET form that sends the reader to their own server's share page.
  await context.route("https://mastodon.example/**", (route) => route.fulfill({ status: 200, body: "share page" }));
  await share.getByLabel("Share on Mastodon").fill("mastodon.example");
  const [popup] = await Promise.all([context.waitForEvent("page"), share.getByRole("button", { name: /Share on Mastodon/ }).click()]);
  await popup.waitForURL(/^https:\/\/mastodon\.example\/share\?/);
  const shared = new URL(popup.url()).searchParams.get("text") ?? "";
  expect(shared).toContain(campaign.title);
  expect(shared).toContain(`/campaigns/${campaign.slug}`);
  await context.close();
});

test("the Mastodon redirect only goes to a server name", async ({ request }) => {
  const ok = await request.get("/share/mastodon?server=%40me%40mastodon.social&text=Free%20them", { maxRedirects: 0 });
  expect(ok.status()).toBe(303);
  expect(ok.headers().location).toBe("https://mastodon.social/share?text=Free+them");
  const bad = await request.get("/share/mastodon?server=javascript%3Aalert(1)&text=x", { maxRedirects: 0 });
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain("is not a Mastodon server name");
});
