/**
 * axe on every page of the app (public, sign-in, account, organise, admin),
 * each as the role that can open it, with dynamic segments filled from the
 * demo data or made by the test, many pages in turn in one browser context
 * (each on a fresh load; a failure names the page). A page file without a
 * case here fails the first test, so new pages cannot go unscanned.
 * Serious and critical WCAG 2.x A/AA violations fail (e2e/fixtures.ts).
 */
import { expect, test, visit } from "../fixtures";
import { batches, batchTitle, casedRoutes, visitEach, type PageVisit } from "./page-batches";
import { cases } from "./page-cases";
import { allPageRoutes } from "./routes";

const routes = allPageRoutes();

test("every page file has an accessibility case", () => {
  expect(routes.filter((route) => !(route in cases)), "routes without a case in e2e/a11y/page-cases.ts").toEqual([]);
  expect(Object.keys(cases).filter((route) => !routes.includes(route)), "cases for routes that no longer exist").toEqual([]);
});

test("the not-found page has no serious accessibility violations", { tag: "@mobile" }, async ({ page, axe }) => {
  await visit(page, "/no-such-page-a11y", 404);
  await axe();
});

// One context per batch of pages seen by the same role (e2e/a11y/page-batches.ts); the pages also
// scanned on the phone-sized project are batches of their own, tagged @mobile.
const visits: PageVisit[] = casedRoutes().map(({ route, pageCase }) => ({ route, pageCase, viewer: pageCase.as ?? "anonymous" }));

for (const batch of batches(visits, ({ viewer, pageCase }) => `${viewer}${pageCase.mobile ? " @mobile" : ""}`)) {
  const mobile = batch[0]!.pageCase.mobile === true;
  test(`no serious accessibility violations as ${batchTitle(batch)}`, { tag: mobile ? "@mobile" : [] }, async ({ page, browser, baseURL, axe }) => {
    await visitEach({ page, browser, baseURL: baseURL! }, batch, () => axe());
  });
}
