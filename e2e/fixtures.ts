/**
 * Shared Playwright fixtures: import { test, expect } from here, not from
 * @playwright/test.
 * - `axe`: runs axe-core on the current page and fails on serious or critical
 *   WCAG 2.x A/AA violations (the full report is attached to the test).
 * - every test that uses `page` fails on an uncaught error in it (tests that
 *   only use `request` open no browser context).
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page, type Response, type TestInfo } from "@playwright/test";
import { createUser, signInAs, type E2ERole, type E2EUser } from "./auth";

export interface AxeOptions {
  /** CSS selectors to check only (default: the whole page). */
  include?: string[];
  /** CSS selectors to leave out, e.g. third-party widgets. */
  exclude?: string[];
  /** axe rule ids to skip; say why next to the call. */
  disableRules?: string[];
}

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const FAILING_IMPACTS = new Set(["serious", "critical"]);

export async function checkA11y(page: Page, testInfo: TestInfo, options: AxeOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of options.include ?? []) builder = builder.include(selector);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const results = await builder.analyze();

  await testInfo.attach(`axe ${new URL(page.url()).pathname}`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: "application/json",
  });

  const failing = results.violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? ""));
  // One readable line per violation and element, so a failure says what to fix.
  const report = failing.flatMap((v) =>
    v.nodes.slice(0, 5).map((n) => `[${v.impact}] ${v.id} (${v.help}) at ${n.target.join(" ")}`),
  );
  expect(report, `serious/critical accessibility violations on ${page.url()}; details in the axe attachment`).toEqual([]);
}

/** page.goto that expects an HTTP status (200 unless given). */
export async function visit(page: Page, path: string, status = 200): Promise<Response> {
  const response = await page.goto(path);
  expect(response, `no response for ${path}`).not.toBeNull();
  expect(response!.status(), `HTTP status of ${path}`).toBe(status);
  return response!;
}

/**
 * Slugs of the `/campaigns/<slug>` or `/defenders/<slug>` pages the current page
 * links to, deduplicated, in page order. Filter results are compared with these.
 */
export async function linkedSlugs(page: Page, section: "campaigns" | "defenders"): Promise<string[]> {
  const hrefs = await page.locator("a[href]").evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  const pattern = new RegExp(`^/${section}/([^/]+)/?$`);
  const slugs = hrefs
    .map((href) => new URL(href))
    .filter((url) => url.origin === origin)
    .map((url) => pattern.exec(url.pathname)?.[1])
    .filter((slug): slug is string => slug !== undefined)
    .map((slug) => decodeURIComponent(slug));
  return [...new Set(slugs)];
}

/** The content of a <meta property="..."> tag. */
export async function metaProperty(page: Page, property: string): Promise<string | null> {
  const meta = page.locator(`meta[property="${property}"]`);
  return (await meta.count()) === 0 ? null : meta.first().getAttribute("content");
}

interface Fixtures {
  axe: (options?: AxeOptions) => Promise<void>;
  /** Creates a fresh user with `role` (random email) and signs this test's browser in as them. */
  loginAs: (role: E2ERole) => Promise<E2EUser>;
}

export const test = base.extend<Fixtures>({
  // Every test that uses `page` fails on an uncaught error in it. This wraps `page` rather than being
  // an automatic fixture, so tests that only send HTTP requests (`request`) never open a browser context.
  page: async ({ page }, provide) => {
    const errors: string[] = [];
    // Named by the page it happened on: a test may visit many.
    page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.name}: ${error.message}`));
    await provide(page);
    expect(errors, "uncaught errors in the page").toEqual([]);
  },
  axe: async ({ page }, provide, testInfo) => {
    await provide((options) => checkA11y(page, testInfo, options));
  },
  loginAs: async ({ context, baseURL }, provide) => {
    await provide(async (role) => {
      const user = await createUser(role);
      await signInAs(context, user, baseURL!);
      return user;
    });
  },
});

export { expect };
