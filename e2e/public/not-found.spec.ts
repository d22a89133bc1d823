import { randomBytes } from "node:crypto";
import { e2eSql } from "../auth";
import { hiddenCampaigns } from "../demo-data";
import { expect, test, visit } from "../fixtures";

const unknown = [
  { name: "an unknown campaign", path: "/campaigns/no-such-campaign-e2e" },
  { name: "an unknown campaign's 'check your email' page", path: "/campaigns/no-such-campaign-e2e/letter/sent" },
  { name: "an unknown defender", path: "/defenders/no-such-defender-e2e" },
  { name: "an unknown path", path: "/no/such/page-e2e" },
];

for (const { name, path } of unknown) {
  test(`${name} answers 404 with "Page not found"`, { tag: "@mobile" }, async ({ page }) => {
    await visit(page, path, 404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
}

test("campaigns that are not public (draft, in review) answer 404", async ({ page }) => {
  // The demo data publishes every campaign, so the test makes its own hidden ones.
  const sql = e2eSql();
  for (const status of ["draft", "in_review"] as const) {
    const slug = `hidden-${status.replace("_", "-")}-${randomBytes(4).toString("hex")}`;
    await sql`insert into campaigns (slug, title, summary, status) values (${slug}, ${`Hidden ${status} campaign`}, 'Made by an e2e test.', ${status})`;
    await visit(page, `/campaigns/${slug}`, 404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  for (const campaign of hiddenCampaigns()) {
    await visit(page, `/campaigns/${campaign.slug}`, 404);
  }
});
