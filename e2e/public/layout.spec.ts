import { featuredCampaign, featuredDefender } from "../demo-data";
import { expect, metaProperty, test, visit } from "../fixtures";

test.describe("site header", () => {
  test("links to Campaigns and Defenders", async ({ page }) => {
    await visit(page, "/");
    const header = page.getByRole("banner");
    await expect(header.getByRole("link", { name: "Campaigns", exact: true })).toHaveAttribute("href", /\/campaigns$/);
    await expect(header.getByRole("link", { name: "Defenders", exact: true })).toHaveAttribute("href", /\/defenders$/);

    await header.getByRole("link", { name: "Campaigns", exact: true }).click();
    await expect(page).toHaveURL(/\/campaigns$/);
    await page.getByRole("banner").getByRole("link", { name: "Defenders", exact: true }).click();
    await expect(page).toHaveURL(/\/defenders$/);
  });
});

test.describe("page metadata", () => {
  const pages: { name: string; path: () => string; status?: number; titleContains?: () => string }[] = [
    { name: "home", path: () => "/" },
    { name: "campaigns", path: () => "/campaigns" },
    { name: "defenders", path: () => "/defenders" },
    {
      name: "a campaign",
      path: () => `/campaigns/${featuredCampaign().slug}`,
      titleContains: () => featuredCampaign().title,
    },
    {
      name: "a defender",
      path: () => `/defenders/${featuredDefender().slug}`,
      titleContains: () => featuredDefender().name,
    },
    { name: "not found", path: () => "/no-such-page-e2e", status: 404, titleContains: () => "Page not found" },
  ];

  for (const { name, path, status, titleContains } of pages) {
    test(`${name} has a <title> and og:title`, async ({ page }) => {
      await visit(page, path(), status);
      const title = await page.title();
      expect(title.trim(), "document title").not.toBe("");
      if (titleContains) expect(title).toContain(titleContains());
      const ogTitle = await metaProperty(page, "og:title");
      expect(ogTitle?.trim(), "og:title").toBeTruthy();
    });
  }
});
