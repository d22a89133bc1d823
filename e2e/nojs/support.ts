/**
 * Helpers for specs that submit many supporter forms: each browser context
 * gets a client address of its own, so the per-IP rate limits (stricter
 * without the proof of work) of one spec never refuse another's submissions.
 * The e2e server trusts 127.0.0.1 as a reverse proxy (TRUSTED_PROXIES in
 * playwright.config.ts), so the X-Forwarded-For sent here names the client
 * as a proxy's would (lib/request-meta.ts).
 */
import { randomBytes, randomInt } from "node:crypto";
import type { Browser, BrowserContext, BrowserContextOptions } from "@playwright/test";

/** A random address in 10.0.0.0/8, never the same twice in practice. */
export function randomClientIp(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

export function ownClientHeaders(): Record<string, string> {
  return { "x-forwarded-for": randomClientIp() };
}

/** A browser context with its own client address (and JavaScript on or off). */
export async function isolatedContext(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale: "en-CA", ...options, extraHTTPHeaders: ownClientHeaders() });
}

export function uniqueId(): string {
  return randomBytes(5).toString("hex");
}
