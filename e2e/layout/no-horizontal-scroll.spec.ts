/**
 * Every page fits a 360 px wide phone: the document never scrolls sideways.
 * Each page is opened as the role that can open it (e2e/a11y/page-cases.ts),
 * and the public pages also signed in as an admin, whose header has the most
 * links; many pages in turn in one browser context (e2e/a11y/page-batches.ts),
 * each on a fresh load at 360 px. Wide content (tables, code, long words)
 * must scroll or wrap inside its own box. The narrow header menu is also checked with and without
 * JavaScript and from the keyboard.
 */
import type { Page } from "@playwright/test";
import { batches, batchTitle, casedRoutes, visitEach, type PageVisit } from "../a11y/page-batches";
import { expect, test, visit } from "../fixtures";
import { isolatedContext } from "../nojs/support";

const phone = { width: 360, height: 780 };
test.use({ viewport: phone });

/** Sideways overflow of the document, with the outermost elements that stick out, for a useful failure message. */
async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : "";
      const classes = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 4).join(".")}` : "";
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return `${el.tagName.toLowerCase()}${id}${classes} (right ${Math.round(el.getBoundingClientRect().right)}) "${text}"`;
    };
    const culprits: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      // The element's box, or the text spilling out of it (an unbreakable word in a box of the right width).
      const rect = el.getBoundingClientRect();
      const spill = getComputedStyle(el).overflowX === "visible" ? rect.left + el.scrollWidth : rect.right;
      if (Math.max(rect.right, spill) <= width + 0.5) continue;
      // Report the outermost element only: its parent fits.
      const parent = el.parentElement;
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > width + 0.5) continue;
      // Content scrolled or clipped inside a box of its own is fine.
      let clipped = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX !== "visible") {
          clipped = true;
          break;
        }
      }
      if (!clipped) culprits.push(describe(el));
      if (culprits.length >= 8) break;
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
  });
}

async function expectNoSideways(page: Page): Promise<void> {
  const overflow = await horizontalOverflow(page);
  expect(
    overflow.scrollWidth,
    `${new URL(page.url()).pathname} scrolls sideways at ${phone.width} px (client width ${overflow.clientWidth}); sticking out: ${overflow.culprits.join("; ") || "(none found)"}`,
  ).toBeLessThanOrEqual(overflow.clientWidth);
}

// Each public page twice: anonymous, and as an admin. One context per batch of pages (e2e/a11y/page-batches.ts).
const visits: PageVisit[] = casedRoutes().flatMap(({ route, pageCase }) =>
  (pageCase.as ? [pageCase.as] : (["anonymous", "admin"] as const)).map((viewer) => ({ route, pageCase, viewer })),
);

for (const batch of batches(visits)) {
  test(`pages fit ${phone.width} px as ${batchTitle(batch)}`, async ({ page, browser, baseURL }) => {
    await visitEach({ page, browser, baseURL: baseURL! }, batch, async ({ route, viewer }) => {
      // The embeddable forms (ADR 0030) are framed by partner sites: no site header, so no menu.
      if (viewer !== "anonymous" && !isEmbed(route)) {
        // The header asks for the session in the browser: wait until it shows the signed-in links.
        await openMenu(page);
        await expect(menu(page).getByRole("link", { name: "Account" })).toBeVisible();
        await expectNoSideways(page);
        await menuSummary(page).click();
      }
      await expectNoSideways(page);
    });
  });
}

const isEmbed = (route: string) => /\/embed(\/|$)/.test(route);
const menu = (page: Page) => page.getByRole("navigation", { name: "Main" });
/** The narrow header's "Menu" disclosure (the header also holds the language menu, another <details>). */
const menuSummary = (page: Page) => page.locator("header nav summary");
const menuOpen = (page: Page) => page.locator("header nav details[open]");

async function openMenu(page: Page): Promise<void> {
  if ((await menuOpen(page).count()) === 0) await menuSummary(page).click();
  await expect(menuOpen(page)).toHaveCount(1);
}

test("the narrow header menu opens from the keyboard, lists an admin's links and passes axe", async ({ page, loginAs, axe }) => {
  await loginAs("admin");
  await visit(page, "/campaigns");
  const nav = menu(page);
  // One "Main" navigation at a time: the wide row is not displayed on a phone.
  await expect(nav).toHaveCount(1);
  const summary = nav.locator("summary");
  await expect(summary).toHaveText("Menu");
  await expect(nav.getByRole("link", { name: "Campaigns" })).toBeHidden();

  await page.keyboard.press("Tab"); // skip link
  await page.keyboard.press("Tab"); // home
  await page.keyboard.press("Tab"); // language menu
  await expect(page.getByRole("banner").locator("summary").first()).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(summary).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(menuOpen(page)).toHaveCount(1);
  for (const name of ["Campaigns", "Defenders", "Organise", "Admin", "Account"]) {
    await expect(nav.getByRole("link", { name })).toBeVisible();
  }
  await expect(nav.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Campaigns" })).toHaveAttribute("aria-current", "page");
  await axe();
  await expectNoSideways(page);

  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Campaigns" })).toBeFocused();
  await nav.getByRole("link", { name: "Defenders" }).click();
  await expect(page).toHaveURL(/\/defenders$/);
  // The header stays across client navigations; following a link closes the menu.
  await expect(page.locator("header details[open]")).toHaveCount(0);
});

test("the narrow header menu works without JavaScript", async ({ browser, baseURL }) => {
  const context = await isolatedContext(browser, baseURL!, { javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.setViewportSize(phone);
    await visit(page, "/");
    await expectNoSideways(page);
    const nav = menu(page);
    await nav.locator("summary").click();
    await expect(nav.getByRole("link", { name: "Sign in" })).toBeVisible();
    await nav.getByRole("link", { name: "Defenders" }).click();
    await expect(page).toHaveURL(/\/defenders$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  } finally {
    await context.close();
  }
});

test("the wide header keeps its links in a row and does not overflow a tablet", async ({ page, loginAs }) => {
  await loginAs("admin");
  for (const width of [768, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await visit(page, "/campaigns");
    await expect(menuSummary(page)).toBeHidden();
    await expect(menu(page).getByRole("link", { name: "Account" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  }
});
