/**
 * What crawlers are kept out of (issue #14, ADR 0026): robots.txt disallows
 * the personal, staff and one-time areas in every language, and every page in
 * them (and the organisers' preview, the "thanks" and "check your email"
 * pages) says noindex itself or through a layout, for crawlers that ignore
 * robots.txt or arrive by a link. The feeds and public pages stay readable.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultLocale, locales, localizeHref } from "@/i18n/config";

const root = path.resolve(__dirname, "..");
const robots = readFileSync(path.join(root, "public", "robots.txt"), "utf8");

/** Longest-match robots.txt rules (RFC 9309) of the single `*` group. */
function allowed(urlPath: string): boolean {
  const rules = robots
    .split("\n")
    .map((line) => /^(allow|disallow):\s*(\S+)/i.exec(line.replace(/#.*/, "").trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ allow: match[1]!.toLowerCase() === "allow", prefix: match[2]! }));
  const best = rules.filter((rule) => urlPath.startsWith(rule.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
  return best?.allow ?? true;
}

const privateAreas = ["/organise", "/admin", "/account", "/signin", "/confirm/abc", "/unsubscribe/abc", "/dev/mail", "/embed/campaigns/free-them/letter"];

describe("robots.txt", () => {
  it("keeps crawlers out of personal, staff and one-time pages in every language", () => {
    for (const locale of locales) {
      for (const area of privateAreas) expect(allowed(localizeHref(area, locale)), `${area} in ${locale}`).toBe(false);
    }
    expect(allowed("/language?to=fr")).toBe(false);
    expect(allowed("/api/v1/campaigns")).toBe(false);
  });

  it("lets them read public pages and feeds in every language", () => {
    for (const locale of locales) {
      for (const page of ["/", "/campaigns", "/campaigns/free-them", "/defenders/jane-doe", "/feeds/updates.rss", "/campaigns/free-them/updates.atom"]) {
        expect(allowed(localizeHref(page, locale)), `${page} in ${locale}`).toBe(true);
      }
    }
    expect(localizeHref("/feeds/updates.rss", defaultLocale)).toBe("/feeds/updates.rss");
  });
});

const localeDir = path.join(root, "app", "[locale]");

function pagesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pagesUnder(full);
    return entry.name === "page.tsx" ? [full] : [];
  });
}

const checkEmail = path.join(root, "components", "campaign", "check-email.tsx");
const embedMetadata = path.join(root, "components", "embed", "embed-metadata.ts");
const embedSent = path.join(root, "components", "embed", "embed-sent.tsx");

/** Whether the file sets robots index: false, itself or through the shared "check your email" metadata. */
function setsNoindex(file: string): boolean {
  if (!existsSync(file)) return false;
  const text = readFileSync(file, "utf8");
  return (
    /index:\s*false/.test(text) ||
    (/\bcheckEmailMetadata\b/.test(text) && setsNoindex(checkEmail)) ||
    (/\bembedMetadata\b/.test(text) && setsNoindex(embedMetadata)) ||
    (/\bembedSentMetadata\b/.test(text) && setsNoindex(embedSent))
  );
}

/** Whether the page, or a layout above it under app/[locale], says noindex. */
function saysNoindex(page: string): boolean {
  if (setsNoindex(page)) return true;
  for (let dir = path.dirname(page); dir.startsWith(localeDir); dir = path.dirname(dir)) {
    if (setsNoindex(path.join(dir, "layout.tsx"))) return true;
  }
  return false;
}

describe("noindex", () => {
  it("is said by every page of the private areas, the preview, and the pages after an action", () => {
    const pages = [
      ...["organise", "admin", "account", "signin", "dev", path.join("(public)", "confirm"), path.join("(public)", "unsubscribe")].flatMap((area) =>
        pagesUnder(path.join(localeDir, area)),
      ),
      ...pagesUnder(path.join(localeDir, "(public)", "campaigns", "[slug]")).filter((page) => /[/\\](preview|thanks|sent|embed)[/\\]/.test(page)),
    ];
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.filter((page) => !saysNoindex(page)).map((page) => path.relative(root, page))).toEqual([]);
  });
});
