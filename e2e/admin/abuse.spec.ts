/**
 * The abuse tools through the UI, each on a campaign or domain made for the
 * test (other specs run in parallel): the per-campaign kill switch, block
 * lists enforced on a real letter, trending, and an invalidation previewed,
 * run and undone with the public total checked. The site-wide switch is
 * covered by db/queries/kill-switches.test.ts, so no spec here stops
 * collection for everyone.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { e2eSql } from "../auth";
import { expect, test, visit } from "../fixtures";
import { submitAndExpectCheckEmailInPlace } from "../check-email";

interface TestCampaign {
  id: string;
  slug: string;
  title: string;
}

async function createCampaign(): Promise<TestCampaign> {
  const sql = e2eSql();
  const suffix = randomBytes(4).toString("hex");
  const [defender] = await sql<{ id: string }[]>`
    insert into defenders (slug, name, country, status, summary)
    values (${`e2e-abuse-${suffix}`}, ${`Abuse Defender ${suffix}`}, 'VN', 'detained', 'Made by an e2e test.')
    returning id`;
  const [campaign] = await sql<TestCampaign[]>`
    insert into campaigns (slug, title, summary, status, published_at, action_kinds)
    values (${`e2e-abuse-${suffix}`}, ${`Abuse campaign ${suffix}`}, 'Made by an e2e test.', 'published', now(), '{letter}')
    returning id, slug, title`;
  await sql`insert into campaign_defenders (campaign_id, defender_id) values (${campaign!.id}, ${defender!.id})`;
  return campaign!;
}

async function insertConfirmed(campaignId: string, domain: string, count: number): Promise<void> {
  await e2eSql()`
    insert into actions (campaign_id, kind, status, email_domain, country, idempotency_key, created_at, confirmed_at)
    select ${campaignId}, 'letter', 'confirmed', ${domain}, 'CA', 'e2e-abuse:' || gen_random_uuid(),
           now() - interval '5 minutes', now()
      from generate_series(1, ${count})`;
}

/** An anonymous supporter's page in its own browser context. */
async function supporterPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

async function fillLetter(page: Page, email: string): Promise<void> {
  await page.getByLabel("Your name").fill("Robin Supporter");
  await page.getByLabel("Your email address").fill(email);
}

async function actionCount(campaignId: string): Promise<number> {
  const [row] = await e2eSql()<{ n: number }[]>`select count(*)::int as n from actions where campaign_id = ${campaignId}`;
  return row!.n;
}

function campaignTotal(page: Page) {
  return page.getByTestId("campaign-total").locator("span").first();
}

/** The campaign's confirmed total as the counter job and the invalidation job's reconciliation write it (action_counters). */
async function countedTotal(campaignId: string): Promise<string> {
  const [row] = await e2eSql()<{ n: number }[]>`select coalesce(sum(confirmed), 0)::int as n from action_counters where campaign_id = ${campaignId}`;
  return String(row!.n);
}

async function expectPublicTotal(page: Page, campaign: TestCampaign, total: string): Promise<void> {
  // First the counts: written by the counter job (every second, ADR 0007) or by the invalidation job (every 3 s)
  // when it runs or undoes an invalidation, both later on a loaded machine. Wait for that event itself ...
  await expect
    .poll(() => countedTotal(campaign.id), { message: `the counted total of ${campaign.slug}`, timeout: 30_000 })
    .toBe(total);
  // ... then the page must show it: the job expires the cached counts (and the campaign page) as it writes them.
  await expect
    .poll(
      async () => {
        await visit(page, `/campaigns/${campaign.slug}`);
        return campaignTotal(page).textContent();
      },
      { timeout: 10_000, intervals: [500, 1_000] },
    )
    .toBe(total);
}

test("a campaign's kill switch stops a letter within 5 seconds, the page says so, and turning it off lets people sign again", async ({
  page,
  browser,
  loginAs,
  axe,
}) => {
  test.slow();
  const campaign = await createCampaign();
  const supporter = await supporterPage(browser);
  await visit(supporter, `/campaigns/${campaign.slug}/letter`);
  await fillLetter(supporter, `abuse-${randomUUID()}@example.org`);

  await loginAs("admin");
  await visit(page, `/admin/abuse/switches?q=${campaign.slug}`);
  await axe();
  const row = page.getByRole("row").filter({ hasText: campaign.title });
  await row.getByRole("button", { name: "Stop collecting" }).click();
  await expect(page.getByText("Collection paused for this campaign.")).toBeVisible();
  const thrownAt = Date.now();

  // The form was opened before the switch: sending it now is refused, and nothing is stored.
  await supporter.getByRole("button", { name: "Sign the letter" }).click();
  await expect(supporter.getByRole("alert").filter({ hasText: "not accepting new signatures" })).toBeVisible();
  expect(Date.now() - thrownAt).toBeLessThan(5_000);
  expect(await actionCount(campaign.id)).toBe(0);
  // The switch expires the page (updateTag), but one already cached (a prefetch of the admin's link) may be served
  // once more while it re-renders: poll, generously for a loaded test machine.
  const pausedAt = Date.now();
  await expect
    .poll(
      async () => {
        await visit(supporter, `/campaigns/${campaign.slug}`);
        return supporter.getByText("This campaign is paused: it is not collecting actions for now.").isVisible();
      },
      { timeout: 15_000, intervals: [250] },
    )
    .toBe(true);
  test.info().annotations.push({ type: "paused notice lag", description: `${Date.now() - pausedAt} ms` });

  await row.getByRole("button", { name: "Collect again" }).click();
  await expect(page.getByText("This campaign collects again.")).toBeVisible();
  await expect
    .poll(
      async () => {
        await visit(supporter, `/campaigns/${campaign.slug}`);
        return supporter.getByRole("link", { name: "Write the letter" }).isVisible();
      },
      { timeout: 5_000, intervals: [250] },
    )
    .toBe(true);
  await visit(supporter, `/campaigns/${campaign.slug}/letter`);
  await fillLetter(supporter, `abuse-${randomUUID()}@example.org`);
  await submitAndExpectCheckEmailInPlace(supporter, "Sign the letter");
  expect(await actionCount(campaign.id)).toBe(1);

  const audit = await e2eSql()<{ action: string }[]>`
    select action from audit_log where entity_type = 'campaign' and entity_id = ${campaign.id} order by id`;
  expect(audit.map((entry) => entry.action)).toEqual(["campaign.collection_paused", "campaign.collection_paused"]);
  await supporter.context().close();
});

test("a blocked email domain is refused on the letter form with nothing stored, and bad entries are explained", async ({
  page,
  browser,
  loginAs,
  axe,
}) => {
  test.slow();
  const campaign = await createCampaign();
  const domain = `blocked-${randomBytes(4).toString("hex")}.example`;
  await loginAs("admin");
  await visit(page, "/admin/abuse/lists");

  await page.getByLabel("Kind").selectOption("ip_range");
  await page.getByLabel("Email, domain or IP range").fill("203.0.113.0/40");
  await page.getByRole("button", { name: "Add to the list" }).click();
  const value = page.getByLabel("Email, domain or IP range");
  await expect(value).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-value-error")).toHaveText(/range size after the slash/);
  await value.fill("not an address");
  await page.getByRole("button", { name: "Add to the list" }).click();
  await expect(page.locator("#field-value-error")).toHaveText(/Not an IP address or CIDR range/);

  await page.getByLabel("Kind").selectOption("email_domain");
  await value.fill(domain);
  await page.getByLabel("Reason").fill("e2e: fake signatures");
  await page.getByRole("button", { name: "Add to the list" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Added: ${domain}.` })).toBeVisible();
  const entry = page.getByRole("region", { name: "Block list" }).getByRole("row").filter({ hasText: domain });
  await expect(entry).toContainText("e2e: fake signatures");
  await axe();

  // Adding clears the server's cached lists at once (other processes: within 4 s).
  const supporter = await supporterPage(browser);
  await visit(supporter, `/campaigns/${campaign.slug}/letter`);
  await fillLetter(supporter, `someone@mail.${domain}`);
  await supporter.getByRole("button", { name: "Sign the letter" }).click();
  await expect(supporter.getByRole("alert").filter({ hasText: "We cannot accept this" })).toBeVisible();
  expect(await actionCount(campaign.id)).toBe(0);

  await entry.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByRole("region", { name: "Block list" }).getByRole("row").filter({ hasText: domain })).toHaveCount(0);
  await supporter.context().close();
});

test("trending shows a surging domain, and its invalidation is previewed, run and undone with the public total following", async ({
  page,
  loginAs,
  axe,
}) => {
  test.slow();
  const campaign = await createCampaign();
  const domain = `surge-${randomBytes(4).toString("hex")}.example`;
  await insertConfirmed(campaign.id, domain, 12);
  await insertConfirmed(campaign.id, "legit.example", 3);
  await expectPublicTotal(page, campaign, "15");

  await loginAs("admin");
  await visit(page, "/admin/abuse/trending");
  const trendingRow = page.getByRole("region", { name: "By email domain" }).getByRole("row").filter({ hasText: domain });
  await expect(trendingRow).toContainText("Surge");
  await axe();
  await trendingRow.getByRole("link", { name: `Invalidate ${domain}…` }).click();
  await expect(page).toHaveURL(/\/admin\/abuse\/invalidations\?/);
  await expect(page.getByLabel("Email domain")).toHaveValue(domain);

  // Narrow it to this campaign too, then preview, then run.
  await page.getByLabel("Campaign").fill(campaign.slug);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("status").filter({ hasText: "12 actions would be invalidated." })).toBeVisible();
  await axe();
  await page.getByRole("button", { name: "Invalidate 12 actions" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Queued: 12 actions" })).toBeVisible();

  await expectPublicTotal(page, campaign, "3");

  await visit(page, "/admin/abuse/invalidations");
  const history = page.getByRole("region", { name: "Recent invalidations" }).getByRole("row").filter({ hasText: `domain ${domain}` });
  await expect(history).toContainText("Done");
  await history.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Undo queued" })).toBeVisible();
  await expectPublicTotal(page, campaign, "15");

  const audit = await e2eSql()<{ action: string }[]>`
    select a.action from audit_log a join invalidations i on a.entity_id = i.id::text
     where a.entity_type = 'invalidation' and i.criteria like ${`%${domain}%`} order by a.id`;
  expect(audit.map((entry) => entry.action)).toEqual(["abuse.invalidation.queue", "abuse.invalidation.undo"]);
});

test("rate limits refuse impossible values next to the field and save nothing", async ({ page, loginAs, axe }) => {
  test.slow();
  await loginAs("admin");
  await visit(page, "/admin/abuse/limits");
  await axe();
  const [before] = await e2eSql()<{ n: number }[]>`select count(*)::int as n from audit_log where entity_id = 'rate_limits.signing'`;
  const points = page.getByRole("group", { name: "Per network address", exact: true }).getByLabel("Submissions");
  await points.fill("0");
  await page.getByRole("button", { name: "Save the limits" }).click();
  await expect(points).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-perIpPoints-error")).toHaveText("Enter a whole number from 1 to 100,000.");
  const [after] = await e2eSql()<{ n: number }[]>`select count(*)::int as n from audit_log where entity_id = 'rate_limits.signing'`;
  expect(after!.n).toBe(before!.n);
});
