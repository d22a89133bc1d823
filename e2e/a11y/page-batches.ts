/**
 * Visiting many pages of e2e/a11y/page-cases.ts in one browser context.
 * A new context and its first page load cost seconds on the test machine,
 * so the page scans (accessibility, narrow-screen layout) open one context per
 * batch of pages seen by the same viewer instead of one per page. Every page is
 * still checked on a fresh load; a failing page does not stop the batch, and
 * the failure names the page.
 */
import type { Browser, Page } from "@playwright/test";
import { createUser, signInAs, type E2ERole } from "../auth";
import { expect, test, visit } from "../fixtures";
import { isolatedContext } from "../nojs/support";
import { cases, type CaseTools, type PageCase } from "./page-cases";
import { allPageRoutes } from "./routes";

export type Viewer = "anonymous" | E2ERole;

export interface PageVisit {
  route: string;
  pageCase: PageCase;
  /** Who opens the page: its case's role, or for a public page anyone the scan chooses. */
  viewer: Viewer;
}

/** Pages per test: few enough that the batches spread over both workers and a slow one stays inside its timeout. */
const BATCH_SIZE = 8;

/** Every page file's route with its case, sorted (a route without a case is reported by every-page.spec.ts). */
export function casedRoutes(): { route: string; pageCase: PageCase }[] {
  return allPageRoutes().flatMap((route) => (cases[route] ? [{ route, pageCase: cases[route] }] : []));
}

/** `visits` grouped by `keyOf` (the viewer unless given), in order, each group cut into batches of at most BATCH_SIZE. */
export function batches(visits: readonly PageVisit[], keyOf: (visit: PageVisit) => string = (item) => item.viewer): PageVisit[][] {
  const groups = new Map<string, PageVisit[]>();
  for (const item of visits) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return [...groups.values()].flatMap((group) => {
    const result: PageVisit[][] = [];
    for (let i = 0; i < group.length; i += BATCH_SIZE) result.push(group.slice(i, i + BATCH_SIZE));
    return result;
  });
}

/** A test title for a batch: its viewer and first and last routes. */
export function batchTitle(batch: readonly PageVisit[]): string {
  const first = batch[0]!;
  const last = batch[batch.length - 1]!;
  return `${first.viewer}: ${first.route === last.route ? first.route : `${first.route} … ${last.route}`} (${batch.length} pages)`;
}

/** The case tools for one test: admin pages it opens (in contexts of their own) are closed by `close`. */
function caseTools(browser: Browser, baseURL: string): { tools: CaseTools; close: () => Promise<void> } {
  const contexts: Awaited<ReturnType<typeof isolatedContext>>[] = [];
  return {
    tools: {
      browser,
      baseURL,
      adminPage: async () => {
        const adminContext = await isolatedContext(browser, baseURL);
        contexts.push(adminContext);
        await signInAs(adminContext, await createUser("admin"), baseURL);
        return adminContext.newPage();
      },
    },
    close: async () => {
      for (const context of contexts) await context.close();
    },
  };
}

/**
 * Opens every page of `visits` (one batch: one viewer) in turn in this test's `page`, signed in as their
 * viewer, and runs `check` on each after its h1 shows. Each page is a test step named after its route;
 * failures are collected and reported together at the end, one line per page.
 */
export async function visitEach(
  { page, browser, baseURL }: { page: Page; browser: Browser; baseURL: string },
  visits: readonly PageVisit[],
  check: (visit: PageVisit) => Promise<void>,
): Promise<void> {
  // The 60 s a single page was given when each had a test of its own, per page.
  test.setTimeout(60_000 * visits.length);
  const viewer = visits[0]!.viewer;
  expect(visits.every((item) => item.viewer === viewer), "one viewer per batch").toBe(true);
  if (viewer !== "anonymous") await signInAs(page.context(), await createUser(viewer), baseURL);
  const { tools, close } = caseTools(browser, baseURL);
  const failures: string[] = [];
  try {
    for (const pageVisit of visits) {
      await test.step(`${pageVisit.route} (${viewer})`, async () => {
        try {
          const path = await pageVisit.pageCase.path(tools);
          await visit(page, path, pageVisit.pageCase.status);
          await expect(page.locator("h1").first(), `the h1 of ${path}`).toBeVisible();
          await check(pageVisit);
        } catch (error) {
          failures.push(`${pageVisit.route} (${viewer}): ${error instanceof Error ? error.message : String(error)}`);
        }
      });
    }
  } finally {
    await close();
  }
  expect(failures, `pages that failed, as ${viewer}`).toEqual([]);
}
