/**
 * The Content-Security-Policy blocks an inline script that got into a page
 * rendered per request, while the page's own scripts run. The injection is
 * done by rewriting the HTML on its way to the browser (the server's headers
 * untouched), which is what a stored-XSS payload escaping React would look
 * like. The same injection into a cached page (baseline policy, ADR 0010)
 * runs: that shows this test can tell a blocked script from a running one.
 */
import type { Page } from "@playwright/test";
import { publicCampaigns } from "../demo-data";
import { expect, test } from "../fixtures";

const letterCampaign = () => publicCampaigns().find((c) => c.status === "published" && c.actionKinds.includes("letter"))!;

const injected = `<script>window.__injectedRan = true</script>`;

async function loadWithInjectedScript(page: Page, path: string) {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  await page.route(path, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", `${injected}</body>`);
    expect(html).toContain(injected);
    await route.fulfill({ response, body: html });
  });
  await page.goto(path);
  await page.waitForLoadState("load");
  return page.evaluate(() => {
    const w = window as unknown as { __violations: string[]; __injectedRan?: boolean; next?: { version?: string } };
    return { ran: w.__injectedRan === true, violations: w.__violations, nextStarted: typeof w.next?.version === "string" };
  });
}

test("an injected inline script does not run on a page rendered per request; Next's own scripts do", async ({ page }) => {
  const result = await loadWithInjectedScript(page, "/campaigns");
  expect(result.ran).toBe(false);
  expect(result.violations).toEqual(["script-src-elem inline"]);
  expect(result.nextStarted, "Next's nonce-carrying scripts ran").toBe(true);
});

test("the same injection runs on a cached campaign page, which only has the baseline policy", async ({ page }) => {
  const result = await loadWithInjectedScript(page, `/campaigns/${publicCampaigns()[0]!.slug}`);
  expect(result.ran).toBe(true);
  expect(result.violations).toEqual([]);
});

test("a page's own scripts raise no policy violation", async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  for (const path of ["/", "/campaigns", "/signin", `/campaigns/${letterCampaign().slug}/letter`]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), path).toEqual([]);
  }
});
