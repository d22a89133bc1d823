/**
 * The Arabic campaign page as pictures, on a phone (390 px) and a desktop
 * (1280 px), compared with the committed baselines beside this file
 * (arabic-campaign.spec.ts-snapshots/, Playwright's default snapshot path:
 * campaign-ar-<width>-desktop-linux.png). They show what the other checks cannot: the page
 * laid out right to left (header, columns, the ask's side border, lists,
 * arrows mirrored) and Arabic text shaped in its web font (Noto Sans Arabic,
 * served by the site), not boxes.
 *
 * The campaign is one no other spec signs, moderates or edits, so its content
 * stays the seed's while the suite runs; what still changes (counts, dates) is
 * masked. The campaign's own text has no Arabic version in the seed, so it shows
 * in English (with lang="en") under the "not yet translated" note.
 * After an intended change of the page, the seed or the Arabic catalogue:
 *   npx tsx scripts/e2e.ts --project=desktop e2e/i18n/arabic-campaign.spec.ts --update-snapshots
 * and look at the new images before committing them.
 */
import { allCampaigns } from "../demo-data";
import { expect, test, visit } from "../fixtures";

/** Not featured and not the first campaign of any action kind (e2e/supporter/channels.ts campaignFor): no spec acts on it. */
const slug = "free-anar-mammadli";

const viewports = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
] as const;

for (const viewport of viewports) {
  test(`the Arabic campaign page, right to left, at ${viewport.width} px`, async ({ page }) => {
    expect(allCampaigns.find((c) => c.slug === slug && c.status === "published"), `the seed's published campaign ${slug}`).toBeDefined();
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await visit(page, `/ar/campaigns/${slug}`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("h1")).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    const progress = page.locator("section[aria-labelledby='progress-heading']");
    await expect(page).toHaveScreenshot(`campaign-ar-${viewport.width}.png`, {
      fullPage: true,
      // Counts (the total, the goal bar and its sentence, milestones, per kind; per country: the sentence,
      // the map, whose colours and legend follow the counts, and the table) and dates.
      mask: [
        page.getByTestId("campaign-total"),
        progress.getByRole("progressbar"),
        progress.locator("p.text-sm, ol, dd"),
        page.locator("section[aria-labelledby='countries-heading'] > :not(h2)"),
        page.locator("time"),
      ],
      maxDiffPixelRatio: 0.002,
    });
  });
}
