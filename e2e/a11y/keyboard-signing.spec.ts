/**
 * Signing a letter with the keyboard only: Tab, typing, Space and Enter, from
 * the campaign page to the "check your email" page. Every element that takes
 * focus must show it (a visible outline), and the first Tab stop is the skip link.
 */
import type { Page } from "@playwright/test";
import { e2eSql } from "../auth";
import { expect, test, visit } from "../fixtures";
import { ownClientHeaders, uniqueId } from "../nojs/support";
import { actionIdsWithText, openSealed } from "../sealed";
import { campaignFor } from "../supporter/channels";
import { expectCheckEmailInPlace } from "../check-email";

const campaign = campaignFor("letter", { highRisk: false });

test.use({ locale: "en-CA", extraHTTPHeaders: ownClientHeaders() });

interface Focused {
  tag: string;
  type: string | null;
  name: string | null;
  text: string;
  label: string;
  outline: string;
  visible: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { tag: "body", type: null, name: null, text: "", label: "", outline: "none", visible: false };
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const labels = (element as HTMLInputElement).labels;
    return {
      tag: element.tagName.toLowerCase(),
      type: element.getAttribute("type"),
      name: element.getAttribute("name"),
      text: (element.textContent ?? "").trim(),
      label: labels?.[0]?.textContent?.trim() ?? element.getAttribute("aria-label") ?? "",
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      visible: box.width > 0 && box.height > 0,
    };
  });
}

/** Presses Tab until `wanted` has focus, checking on the way that every focused element shows its focus. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, maxPresses = 80): Promise<Focused> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (now.tag !== "body") {
      expect(now.visible, `focused ${now.tag} "${now.text || now.label || now.name}" is on screen`).toBe(true);
      expect(now.outline, `focus on ${now.tag} "${now.text || now.label || now.name}" is visible`).not.toMatch(/^none|\s0px$/);
    }
    if (wanted(now)) return now;
  }
  throw new Error(`${what} was not reached with ${maxPresses} presses of Tab`);
}

test("a letter is signed with the keyboard alone, with focus always visible", async ({ page }) => {
  test.setTimeout(90_000);
  const id = uniqueId();
  const paragraph = `Typed without a mouse (${id}).`;
  await visit(page, `/campaigns/${campaign.slug}`);

  const skip = await tabTo(page, () => true, "the first focusable element", 1);
  expect(skip.text).toBe("Skip to main content");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main-content$/);

  await tabTo(page, (f) => f.tag === "a" && f.text === "Write the letter", 'the "Write the letter" link');
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/campaigns/${campaign.slug}/letter`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await tabTo(page, (f) => f.name === "personalText", "the personal paragraph");
  await page.keyboard.type(paragraph);
  await tabTo(page, (f) => f.name === "name", "the name field");
  await page.keyboard.type("Kay Board");
  await tabTo(page, (f) => f.name === "email", "the email field");
  await page.keyboard.type(`keyboard-${id}@example.org`);
  const country = await tabTo(page, (f) => f.name === "country", "the country list");
  expect(country.tag).toBe("select");
  await expect(page.locator("#field-country")).toHaveValue("CA");
  await tabTo(page, (f) => f.name === "city", "the city field");
  await page.keyboard.type("Montréal");
  await tabTo(page, (f) => f.name === "showName", "the show-my-name checkbox");
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Show my name in public lists of supporters")).toBeChecked();
  await tabTo(page, (f) => f.name === "wantsUpdates", "the news checkbox");
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Send me news about this campaign")).toBeChecked();
  await expect(page.getByText("Check done: you can send.")).toBeVisible({ timeout: 30_000 });
  await tabTo(page, (f) => f.tag === "button" && f.text === "Sign the letter", "the submit button");
  const address = page.url();
  await page.keyboard.press("Enter");

  // The answer replaces the form and takes focus, so keyboard and screen-reader users land on it.
  await expectCheckEmailInPlace(page);
  expect(page.url()).toBe(address);
  const rows = await e2eSql()<{ city: string | null; show_name: boolean; wants_updates: boolean; pow_verified: boolean }[]>`
    select city_ciphertext as city, show_name, wants_updates, pow_verified from actions
    where id in ${e2eSql()([0, ...(await actionIdsWithText(paragraph))])}`;
  expect(rows.map((row) => ({ ...row, city: openSealed(row.city) }))).toEqual([
    { city: "Montréal", show_name: true, wants_updates: true, pow_verified: true },
  ]);
});

test("errors after a keyboard submit are announced and reachable from the keyboard", async ({ page }) => {
  await visit(page, `/campaigns/${campaign.slug}/letter?country=CA`);
  await tabTo(page, (f) => f.tag === "button" && f.text === "Sign the letter", "the submit button");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Please correct" })).toBeVisible();
  await expect(page.locator("#field-name")).toHaveAttribute("aria-invalid", "true");
  await page.keyboard.press("Shift+Tab");
  expect((await focused(page)).tag, "focus stays in the form after the submit").not.toBe("body");
});
