import {
  campaignDefenders,
  featuredCampaign,
  plausibleActionTotals,
  publicCampaigns,
  wonCampaigns,
} from "../demo-data";
import { expect, test, visit } from "../fixtures";

test.describe("home page", () => {
  test.beforeEach(async ({ page }) => {
    await visit(page, "/");
  });

  test("has one h1", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).not.toBeEmpty();
  });

  test("lists the featured campaign as a link with its title", async ({ page }) => {
    const campaign = featuredCampaign();
    const link = page.getByRole("link", { name: campaign.title }).first();
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute("href", new RegExp(`/campaigns/${campaign.slug}$`));
  });

  test("does not feature campaigns that are not public", async ({ page }) => {
    const publicSlugs = new Set(publicCampaigns().map((c) => c.slug));
    const hrefs = await page.locator('a[href*="/campaigns/"]').evaluateAll((as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    for (const path of hrefs) {
      const slug = path.split("/")[2] ?? "";
      expect(publicSlugs.has(slug), `home links to non-public campaign ${path}`).toBe(true);
    }
  });

  test("shows the total number of actions taken", async ({ page }) => {
    await expect(page.getByText(/confirmed actions?/i).first()).toBeVisible();
    const text = await page.locator("body").innerText();
    // At least the demo data's total; other specs running alongside may have added a few actions.
    const least = Math.min(...plausibleActionTotals());
    const shown = [...text.matchAll(/\d{1,3}(?:[,\u00a0\u202f]\d{3})+|\d+/g)].map((m) => Number(m[0].replace(/\D/g, "")));
    expect(
      shown.some((n) => n >= least && n < least + 5_000),
      `the home page shows no total between ${least} and ${least + 5_000}`,
    ).toBe(true);
  });

  test("shows recent outcomes: the latest won campaign", async ({ page }) => {
    const won = wonCampaigns()[0];
    if (!won) throw new Error("The demo data (db/seed/data) has no won campaign.");
    await expect(page.getByText(won.title).first()).toBeVisible();
  });
});

test("journey: home -> campaign -> defender -> back", { tag: "@mobile" }, async ({ page }) => {
  const campaign = featuredCampaign();
  const defender = campaignDefenders(campaign)[0];
  if (!defender) throw new Error(`Campaign ${campaign.slug} has no defender in the demo data.`);
  const h1 = page.getByRole("heading", { level: 1 });

  await visit(page, "/");
  await page.getByRole("link", { name: campaign.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${campaign.slug}$`));
  await expect(h1).toHaveText(campaign.title);

  await page.getByRole("link", { name: defender.name }).first().click();
  await expect(page).toHaveURL(new RegExp(`/defenders/${defender.slug}$`));
  await expect(h1).toHaveText(defender.name);

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${campaign.slug}$`));
  await expect(h1).toHaveText(campaign.title);
});
