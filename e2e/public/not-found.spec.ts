import { hiddenCampaigns } from "../demo-data";
import { expect, test, visit } from "../fixtures";

const unknown = [
  { name: "an unknown campaign", path: "/campaigns/no-such-campaign-e2e" },
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
  const hidden = hiddenCampaigns();
  test.skip(hidden.length === 0, "the demo data has no draft or in-review campaign");
  for (const campaign of hidden) {
    await visit(page, `/campaigns/${campaign.slug}`, 404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});
