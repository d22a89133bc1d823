/**
 * One campaign, the same figures under the same words on the organiser's
 * dashboard, its analytics and the public campaign page: "confirmed" for
 * actions confirmed by email (or recorded by us), "reported by supporters" for
 * emails, calls and posted letters we were only told about. A phone call is
 * never called confirmed.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { e2eSql, type E2EUser } from "../auth";
import { expect, test, visit } from "../fixtures";

async function campaignWithActions(owner: E2EUser): Promise<{ id: string; slug: string; title: string }> {
  const sql = e2eSql();
  const suffix = randomBytes(4).toString("hex");
  const slug = `e2e-figures-${suffix}`;
  const title = `Figures ${suffix}`;
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, title, summary, status, published_at, action_kinds)
    values (${slug}, ${title}, 'Made by an e2e test.', 'published', now(), '{letter,email,call}')
    returning id`;
  await sql`insert into campaign_organisers (campaign_id, user_id, role) values (${campaign!.id}, ${owner.id}, 'owner')`;
  const rows = [
    { kind: "letter", status: "confirmed", country: "GB", self: false },
    { kind: "letter", status: "confirmed", country: "GB", self: false },
    { kind: "letter", status: "pending", country: "FR", self: false },
    { kind: "letter", status: "confirmed", country: "FR", self: true },
    { kind: "email", status: "confirmed", country: "FR", self: true },
    { kind: "call", status: "confirmed", country: "CA", self: true },
    { kind: "call", status: "confirmed", country: "CA", self: true },
  ];
  for (const row of rows) {
    await sql`insert into actions (campaign_id, kind, status, country, self_reported, email_hash, idempotency_key, confirmed_at)
      values (${campaign!.id}, ${row.kind}, ${row.status}, ${row.country}, ${row.self}, ${row.self ? null : randomUUID()}, ${randomUUID()},
              case when ${row.status} = 'confirmed' then now() end)`;
  }
  return { id: campaign!.id, slug, title };
}

test("the dashboard, the analytics and the public page agree on a campaign's figures and their labels", async ({ page, loginAs }) => {
  const organiser = await loginAs("organiser");
  const campaign = await campaignWithActions(organiser);

  // Analytics, once the counter job (every second) has counted the rows.
  const figures = page.locator("dl").first();
  await expect(async () => {
    await visit(page, `/organise/campaigns/${campaign.id}/analytics`);
    await expect(figures.getByText("Confirmed", { exact: true }).locator("..")).toContainText("2", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(figures.getByText("Reported by supporters", { exact: true }).locator("..")).toContainText("4");
  const kinds = page.locator("section[aria-labelledby='per-kind-heading'] table");
  // Confirmed, reported by supporters, awaiting confirmation; a call has no "confirmed" figure at all.
  await expect(kinds.getByRole("row", { name: /^Letters/ })).toHaveText(/Letters\s*2\s*1\s*1/);
  await expect(kinds.getByRole("row", { name: /^Calls/ })).toContainText("Not confirmable");

  // Dashboard: the same two numbers under the same words.
  await visit(page, "/organise");
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Confirmed", exact: true })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Reported by supporters" })).toBeVisible();
  const row = table.getByRole("row", { name: new RegExp(campaign.title) });
  const headers = await table.getByRole("columnheader").allTextContents();
  const cells = await row.locator("th, td").allTextContents();
  expect(cells[headers.indexOf("Confirmed")]?.trim()).toBe("2");
  expect(cells[headers.indexOf("Reported by supporters")]?.trim()).toBe("4");

  // The public page, signed out.
  await page.context().clearCookies();
  await visit(page, `/campaigns/${campaign.slug}`);
  const progress = page.locator("section[aria-labelledby='progress-heading']");
  await expect(progress.getByTestId("campaign-total")).toHaveText(/^\s*2\s*confirmed actions\s*$/);
  await expect(progress).toContainText("Also 4 reported by supporters");
  const call = progress.locator("dl > div").filter({ hasText: /^Calls/ });
  await expect(call).toContainText("2 reported by supporters");
  await expect(call).not.toContainText("confirmed");
  await expect(progress.locator("dl > div").filter({ hasText: /^Letters/ })).toContainText("2 confirmed1 reported by supporters");
});
