/**
 * Shared by the e2e/i18n specs: the public pages in every locale (from the
 * accessibility cases, so a new page file is covered as soon as it has one),
 * the interface catalogues (messages/<locale>/*.json) so specs never hard-code
 * a translation, and the per-page checks of the locale matrix.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { isLocalisedPath, languageTags, localizeHref, splitLocale, textDirection, type Locale } from "../../i18n/config";
import { casedRoutes, type PageVisit } from "../a11y/page-batches";
import type { CaseTools, PageCase } from "../a11y/page-cases";

export { languageTags, localizeHref, textDirection };
export type { Locale };

const messagesDir = path.resolve(__dirname, "../../messages");
const catalogueCache = new Map<string, Record<string, unknown>>();

/** A message as the catalogue has it: "SupporterActions.checkEmail.heading" from messages/<locale>/SupporterActions.json. */
export function message(locale: Locale, key: string): string {
  const [namespace, ...rest] = key.split(".");
  const file = path.join(messagesDir, locale, `${namespace}.json`);
  let catalogue = catalogueCache.get(file);
  if (!catalogue) {
    catalogue = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    catalogueCache.set(file, catalogue);
  }
  let value: unknown = catalogue;
  for (const part of rest) value = (value as Record<string, unknown> | undefined)?.[part];
  if (typeof value !== "string") throw new Error(`No message ${key} in messages/${locale}/${namespace}.json`);
  return value;
}

/** The message's text with simple {placeholders} filled (no plural or select: use messagePattern for those). */
export function formatMessage(locale: Locale, key: string, values: Record<string, string | number>): string {
  return message(locale, key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A RegExp for the message with every {placeholder} matching any text. */
export function messagePattern(locale: Locale, key: string): RegExp {
  const parts = message(locale, key).split(/\{\w+\}/);
  return new RegExp(parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s\\S]*?"));
}

/** A public page of the matrix: its route, its case (an English path), and the label failures name it by. */
export interface LocaleVisit extends PageVisit {
  locale: Locale;
  /** The page's English route. */
  englishRoute: string;
}

/** Dynamic paths are the same in every language: compute each once per worker (the confirm link signs a letter). */
const pathCache = new Map<string, Promise<string>>();

function inLocale(route: string, pageCase: PageCase, locale: Locale): PageCase {
  return {
    ...pageCase,
    path: async (tools: CaseTools) => {
      let english = pathCache.get(route);
      if (!english) {
        english = Promise.resolve(pageCase.path(tools));
        pathCache.set(route, english);
        english.catch(() => pathCache.delete(route));
      }
      return localizeHref(await english, locale);
    },
  };
}

/**
 * Every page anyone may open without signing in (the accessibility cases with no role: home,
 * lists, campaign and action pages, sent/thanks/confirm, defender pages, sign-in, not found),
 * in `locale`. Named "/fr/campaigns/[slug]/letter" so a failure names page and locale.
 */
export function publicVisits(locale: Locale): LocaleVisit[] {
  return casedRoutes()
    .filter(({ pageCase }) => !pageCase.as)
    .map(({ route, pageCase }) => ({
      route: localizeHref(route, locale),
      englishRoute: route,
      pageCase: inLocale(route, pageCase, locale),
      viewer: "anonymous" as const,
      locale,
    }));
}

/**
 * The page checks that need no axe: sideways scroll, missing-message markers in text and
 * attributes, <html lang/dir>, links and GET forms that leave the page's language, and
 * hreflang alternates on indexable pages. Each finding is one line.
 */
export async function localeProblems(page: Page, locale: Locale): Promise<string[]> {
  const expected = { lang: languageTags[locale], dir: textDirection(locale) };
  const found = await page.evaluate(() => {
    const marker = "\u27e6";
    const problems = { overflow: "", markers: [] as string[], lang: document.documentElement.lang, dir: document.documentElement.dir };
    // Sideways scroll, with the outermost elements sticking out on either side (left in right-to-left pages).
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > window.innerWidth) {
      const width = document.documentElement.clientWidth;
      const culprits: string[] = [];
      for (const el of Array.from(document.body.querySelectorAll("*"))) {
        const rect = el.getBoundingClientRect();
        if (rect.right <= width + 0.5 && rect.left >= -0.5) continue;
        const parent = el.parentElement;
        if (parent && parent !== document.body) {
          const p = parent.getBoundingClientRect();
          if (p.right > width + 0.5 || p.left < -0.5) continue;
        }
        let clipped = false;
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflowX !== "visible") clipped = true;
        }
        if (clipped) continue;
        const classes = typeof el.className === "string" ? el.className.trim().split(/\s+/).slice(0, 3).join(".") : "";
        const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
        culprits.push(`${el.tagName.toLowerCase()}${classes ? `.${classes}` : ""} [${Math.round(rect.left)}..${Math.round(rect.right)}] "${text}"`);
        if (culprits.length >= 5) break;
      }
      problems.overflow = `scrolls sideways: scrollWidth ${root.scrollWidth} > innerWidth ${window.innerWidth}; sticking out: ${culprits.join("; ") || "(none found)"}`;
    }
    // "⟦Namespace.key⟧" in any text node (the <title> too) or in a text-bearing attribute.
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement?.tagName;
      if (parent === "SCRIPT" || parent === "STYLE") continue;
      const text = node.textContent ?? "";
      const at = text.indexOf(marker);
      if (at !== -1) problems.markers.push(`text in <${parent?.toLowerCase()}>: "${text.slice(Math.max(0, at - 20), at + 60).trim()}"`);
    }
    const attributes = ["title", "aria-label", "placeholder", "alt", "aria-description", "aria-roledescription", "content", "value", "label"];
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const name of attributes) {
        const value = el.getAttribute(name);
        if (value?.includes(marker)) problems.markers.push(`${name}="${value.slice(0, 80)}" on <${el.tagName.toLowerCase()}>`);
      }
    }
    problems.markers = problems.markers.slice(0, 8);
    return problems;
  });
  const problems: string[] = [];
  if (found.overflow) problems.push(found.overflow);
  for (const marker of found.markers) problems.push(`missing message: ${marker}`);
  if (found.lang !== expected.lang) problems.push(`<html lang="${found.lang}">, expected "${expected.lang}"`);
  if (found.dir !== expected.dir) problems.push(`<html dir="${found.dir}">, expected "${expected.dir}"`);
  problems.push(...(await linksLeavingLanguage(page, locale)).map((link) => `link leaves ${locale}: ${link}`));
  problems.push(...(await hreflangProblems(page)));
  return problems;
}

/**
 * Internal links (<a href>, and GET forms' actions) to a page path that are not in `locale`:
 * "/campaigns/x" on a French page. Not pages (/api, /media, /language, /share: i18n/config.ts
 * isLocalisedPath), "#..." anchors and other hosts are left alone.
 */
export async function linksLeavingLanguage(page: Page, locale: Locale): Promise<string[]> {
  const targets = await page.evaluate(() => {
    const found: { raw: string; resolved: string; what: string }[] = [];
    for (const a of Array.from(document.querySelectorAll("a[href]"))) {
      const raw = a.getAttribute("href") ?? "";
      const text = (a.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40) || a.getAttribute("aria-label") || "";
      found.push({ raw, resolved: (a as HTMLAnchorElement).href, what: `<a> "${text}"` });
    }
    for (const form of Array.from(document.querySelectorAll("form[action]"))) {
      if ((form.getAttribute("method") ?? "get").toLowerCase() !== "get") continue;
      found.push({ raw: form.getAttribute("action") ?? "", resolved: (form as HTMLFormElement).action, what: "<form method=get>" });
    }
    return found;
  });
  const origin = new URL(page.url()).origin;
  const wrong = new Set<string>();
  for (const { raw, resolved, what } of targets) {
    if (raw.startsWith("#") || raw === "") continue;
    let url: URL;
    try {
      url = new URL(resolved);
    } catch {
      continue;
    }
    if (url.origin !== origin || !isLocalisedPath(url.pathname)) continue;
    const { locale: linked, prefixed } = splitLocale(url.pathname);
    const right = locale === "en" ? !prefixed : prefixed && linked === locale;
    if (!right) wrong.add(`${raw} (${what})`);
  }
  return [...wrong];
}

/**
 * An indexable page (no robots "noindex") names itself in every language: <link rel="alternate"
 * hreflang> for en, fr, es, zh-Hans, ar and x-default, each at localizeHref(its path, that locale).
 */
export async function hreflangProblems(page: Page): Promise<string[]> {
  const { robots, alternates } = await page.evaluate(() => ({
    robots: Array.from(document.querySelectorAll('meta[name="robots"]')).map((m) => m.getAttribute("content") ?? "").join(","),
    alternates: Array.from(document.querySelectorAll('link[rel="alternate"][hreflang]')).map((l) => ({
      tag: l.getAttribute("hreflang") ?? "",
      href: (l as HTMLLinkElement).href,
    })),
  }));
  if (/noindex/i.test(robots)) return [];
  const url = new URL(page.url());
  const englishPath = splitLocale(url.pathname).path;
  const expected: Record<string, string> = { "x-default": localizeHref(englishPath, "en") };
  for (const [locale, tag] of Object.entries(languageTags)) expected[tag] = localizeHref(englishPath, locale as Locale);
  const problems: string[] = [];
  for (const [tag, pathname] of Object.entries(expected)) {
    const links = alternates.filter((a) => a.tag === tag);
    if (links.length === 0) problems.push(`indexable page without <link rel="alternate" hreflang="${tag}">`);
    else if (links.some((l) => new URL(l.href).pathname !== pathname)) {
      problems.push(`hreflang="${tag}" points to ${links.map((l) => new URL(l.href).pathname).join(", ")}, expected ${pathname}`);
    }
  }
  return problems;
}

/**
 * Records every request the page makes; `sinceLastCall()` names those since the previous call
 * that went to another host, or that this site answered with a server error (an image, a
 * stylesheet, a fetch: the page itself is checked by `visit`).
 */
export function watchRequests(page: Page): { sinceLastCall: () => string[] } {
  const seen: string[] = [];
  page.on("request", (request) => {
    const parsed = new URL(request.url());
    if (["data:", "blob:", "about:"].includes(parsed.protocol)) return;
    const from = page.url();
    if (from.startsWith("http") && parsed.origin !== new URL(from).origin) {
      seen.push(`request to another host: ${request.url()} (from ${new URL(from).pathname})`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 500) seen.push(`HTTP ${response.status()} for ${new URL(response.url()).pathname}`);
  });
  let checked = 0;
  return {
    sinceLastCall: () => {
      const fresh = seen.slice(checked);
      checked = seen.length;
      return fresh;
    },
  };
}
