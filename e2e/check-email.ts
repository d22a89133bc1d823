/**
 * The answer to a signature form (letter, petition, organisation sign-on). With
 * JavaScript on, "check your email" replaces the form in place: a level-2
 * heading under the page's own, focused so a screen reader reads it out, and
 * no navigation (server/supporter-actions/signature.ts answers with the action
 * state `sent`). Without JavaScript the post is redirected to the kind's
 * "check your email" page, whose level-1 heading the specs wait for as before.
 */
import { expect, type FrameLocator, type Page } from "@playwright/test";

/** The in-place answer in `scope` (a page, or an embed's frame): visible, focused, and the form gone. */
export async function expectCheckEmailInPlace(scope: Page | FrameLocator, heading = "Check your email"): Promise<void> {
  const answer = scope.getByRole("heading", { level: 2, name: heading });
  await expect(answer).toBeVisible();
  await expect(answer).toBeFocused();
  await expect(scope.locator('form:has(input[name="idempotencyKey"])')).toHaveCount(0);
}

/** Clicks a signature form's submit button on a page with JavaScript on; the answer is in place and the address unchanged. */
export async function submitAndExpectCheckEmailInPlace(page: Page, submit: string): Promise<void> {
  const address = page.url();
  await page.getByRole("button", { name: submit }).click();
  await expectCheckEmailInPlace(page);
  expect(page.url(), "no navigation: the answer replaced the form").toBe(address);
}
