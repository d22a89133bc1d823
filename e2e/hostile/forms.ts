/** Helpers for driving the real forms with hostile input. */
import type { BrowserContext, Locator, Page } from "@playwright/test";
import { e2eSql } from "../auth";
import { expect } from "../fixtures";
import { randomClientIp } from "../nojs/support";

/**
 * Lifts the maxlength attributes a browser honours, as a script or a crafted
 * request would: the server's own limits are what is tested.
 */
export async function dropLengthLimits(page: Page): Promise<void> {
  await page.locator("[maxlength]").evaluateAll((elements) => elements.forEach((element) => element.removeAttribute("maxlength")));
}

/** Sets a hidden (or any) input's value as a forged request would. */
export async function forgeField(page: Page, name: string, value: string): Promise<void> {
  const input = page.locator(`form [name="${name}"]`).first();
  await expect(input, `the form has a ${name} field`).toHaveCount(1);
  await input.evaluate((element, forged) => ((element as HTMLInputElement).value = forged), value);
}

/** Each submission comes from another client address, so rate limits never hide what the form answers. */
export async function newClientAddress(context: BrowserContext): Promise<void> {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": randomClientIp() });
}

/**
 * What a browser sends and the server keeps for what was typed: form
 * submission turns line breaks into CRLF and lone surrogates into U+FFFD, the
 * server trims. Compare stored text through this on both sides.
 */
export function normalised(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .trim();
}

/** Fills a field, returning what the browser holds (an <input> drops line breaks, for one). */
export async function fillAndRead(field: Locator, value: string): Promise<string> {
  await field.fill(value);
  return field.inputValue();
}

export async function countRows(query: Promise<{ n: number }[]>): Promise<number> {
  const [row] = await query;
  return Number(row?.n ?? 0);
}

/** Actions signed with an email at `domain` (each hostile submission uses a domain of its own). */
export function actionsAtDomain(domain: string) {
  return e2eSql()<{ n: number }[]>`select count(*)::int as n from actions where email_domain = ${domain}`;
}

export const expectedError = {
  required: "This field is required.",
  nul: "This field contains an invisible control character (NUL). Please retype it.",
  tooLong: (limit: number) => `Enter at most ${limit.toLocaleString("en-US")} characters.`,
} as const;
