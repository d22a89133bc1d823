/**
 * What every hostile-input test watches while it submits: no dialog may open,
 * window.__xss (set by every script-like case) must stay unset, and no
 * response of our own origin may be a 5xx.
 */
import type { BrowserContext, Page } from "@playwright/test";
import { expect } from "../fixtures";

export interface Watch {
  dialogs: string[];
  serverErrors: string[];
  responses: number;
  /** Fails the test if anything hostile happened, in the page or on the server. */
  verify: (page?: Page) => Promise<void>;
}

/** Watches every page of `context` (call before opening pages). */
export async function watchContext(context: BrowserContext, baseURL: string): Promise<Watch> {
  const watch: Watch = {
    dialogs: [],
    serverErrors: [],
    responses: 0,
    verify: async (page) => {
      if (page && !page.isClosed()) {
        const flagged = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss).catch(() => undefined);
        expect(flagged, `a hostile script ran on ${page.url()}`).toBeUndefined();
      }
      expect(watch.dialogs, "dialogs opened by hostile input").toEqual([]);
      expect(watch.serverErrors, "5xx responses").toEqual([]);
    },
  };
  context.on("dialog", async (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss().catch(() => {});
  });
  context.on("response", (response) => {
    if (!response.url().startsWith(baseURL)) return;
    watch.responses++;
    if (response.status() >= 500) watch.serverErrors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  return watch;
}

/** The value a trimming text field stores for `value`. */
export const trimmed = (value: string) => value.trim();
