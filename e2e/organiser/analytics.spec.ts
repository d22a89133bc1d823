/**
 * Campaign analytics: the organiser sees the counts grouped per day, country
 * and kind, each chart with a table of the same numbers; a supporter gets 404.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { e2eSql, type E2EUser } from "../auth";
import { expect, test, visit } from "../fixtures";

async function campaignWithActions(owner: E2EUser): Promise<string> {
  const sql = e2eSql();
  const suffix = randomBytes(4).toString("hex");
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, title, summary, status, published_at, action_kinds)
    values (${`e2e-analytics-${suffix}`}, ${`Analytics ${suffix}`}, 'Made by an e2e test.', 'published', now(), '{letter,call}')
    returning id`;
  await sql`insert into campaign_organisers (campaign_id, user_id, role) values (${campaign!.id}, ${owner.id}, 'owner')`;
  const rows = [
    { kind: "letter", status: "confirmed", country: "GB", self: false },
    { kind: "letter", status: "confirmed", country: "GB", self: false },
    { kind: "letter", status: "confirmed", country: "FR", self: false },
    { kind: "letter", status: "pending", country: "FR", self: false },
    { kind: "call", status: "confirmed", country: "FR", self: true },
  ];
  for (const row of rows) {
    // confirmed_at set, so the counter job (every second) counts them: the figures come from the counters, as on the public page.
    await sql`insert into actions (campaign_id, kind, status, country, self_reported, email_hash, idempotency_key, confirmed_at)
      values (${campaign!.id}, ${row.kind}, ${row.status}, ${row.country}, ${row.self}, ${row.self ? null : randomUUID()}, ${randomUUID()},
              case when ${row.status} = 'confirmed' then now() end)`;
  }
  return campaign!.id;
}

test("an organiser reads their campaign's analytics, as charts and as tables", async ({ page, loginAs, axe }) => {
  const organiser = await loginAs("organiser");
  const id = await campaignWithActions(organiser);
  const figures = page.locator("dl");
  await expect(async () => {
    await visit(page, `/organise/campaigns/${id}/analytics`);
    await expect(figures.getByText("Confirmed", { exact: true }).locator("..")).toContainText("3", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(figures.getByText("Reported by supporters").locator("..")).toContainText("1");
  await expect(figures.getByText("Confirmation rate").locator("..")).toContainText("75%");
  await expect(page.getByRole("img", { name: "Confirmed actions per day" })).toBeVisible();

  const byCountry = page.locator("section[aria-labelledby='per-country-heading']");
  await byCountry.getByText("Show the numbers as a table").click();
  await expect(byCountry.getByRole("row", { name: /United Kingdom 2/ })).toBeVisible();
  await expect(byCountry.getByRole("row", { name: /France 2/ })).toBeVisible();
  await axe();
});

test("a supporter cannot open analytics", async ({ page, loginAs }) => {
  const owner = await loginAs("organiser");
  const id = await campaignWithActions(owner);
  await page.context().clearCookies();
  await loginAs("supporter");
  await visit(page, `/organise/campaigns/${id}/analytics`, 404);
  await expect(page.getByText("Confirmation rate")).toHaveCount(0);
});
