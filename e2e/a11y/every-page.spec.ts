/**
 * axe on every page of the app (public, sign-in, account, organise, admin),
 * each as the role that can open it, with dynamic segments filled from the
 * demo data or made by the test. A page file without a case here fails the
 * first test, so new pages cannot go unscanned.
 * Serious and critical WCAG 2.x A/AA violations fail (e2e/fixtures.ts).
 */
import { createUser, signInAs } from "../auth";
import { expect, test, visit } from "../fixtures";
import { isolatedContext } from "../nojs/support";
import { cases, type CaseTools } from "./page-cases";
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

for (const route of routes) {
  const pageCase = cases[route];
  if (!pageCase) continue;
  test(`${route} has no serious accessibility violations`, { tag: pageCase.mobile ? "@mobile" : [] }, async ({ page, context, browser, baseURL, axe }) => {
    test.setTimeout(60_000);
    if (pageCase.as) await signInAs(context, await createUser(pageCase.as), baseURL!);
    const adminContexts: Awaited<ReturnType<typeof isolatedContext>>[] = [];
    const tools: CaseTools = {
      browser,
      baseURL: baseURL!,
      adminPage: async () => {
        const adminContext = await isolatedContext(browser, baseURL!);
        adminContexts.push(adminContext);
        await signInAs(adminContext, await createUser("admin"), baseURL!);
        return adminContext.newPage();
      },
    };
    try {
      await visit(page, await pageCase.path(tools), pageCase.status);
      await expect(page.locator("h1").first()).toBeVisible();
      await axe();
    } finally {
      for (const c of adminContexts) await c.close();
    }
  });
}
