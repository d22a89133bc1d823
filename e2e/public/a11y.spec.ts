import { featuredCampaign, featuredDefender } from "../demo-data";
import { test, visit } from "../fixtures";

// Serious and critical WCAG 2.x A/AA violations fail; see e2e/fixtures.ts.
const pages: { name: string; path: () => string; status?: number; mobile?: boolean }[] = [
  { name: "home", path: () => "/", mobile: true },
  { name: "campaign list", path: () => "/campaigns" },
  { name: "defender list", path: () => "/defenders" },
  { name: "campaign", path: () => `/campaigns/${featuredCampaign().slug}`, mobile: true },
  { name: "defender", path: () => `/defenders/${featuredDefender().slug}` },
  { name: "not found", path: () => "/no-such-page-e2e", status: 404 },
];

for (const { name, path, status, mobile } of pages) {
  test(`${name} page has no serious accessibility violations`, { tag: mobile ? "@mobile" : [] }, async ({ page, axe }) => {
    await visit(page, path(), status);
    await axe();
  });
}
