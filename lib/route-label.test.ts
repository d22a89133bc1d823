import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { methodLabel, routeLabel, routePatterns } from "./route-label";

const labels = new Set<string>([...routePatterns, "(static)", "(other)"]);

/** Every page and route handler under app/, as its URL pattern without the language or route groups. */
function appRoutes(dir = path.join(process.cwd(), "app"), prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (entry.startsWith("_")) continue; // private folders are not routes
      const segment = entry === "[locale]" || /^\(.*\)$/.test(entry) ? "" : `/${entry}`;
      found.push(...appRoutes(full, prefix + segment));
    } else if (/^(page|route)\.tsx?$/.test(entry) || /^opengraph-image\.tsx?$/.test(entry)) {
      found.push(entry.startsWith("opengraph-image") ? `${prefix}/opengraph-image` : prefix || "/");
    }
  }
  return found;
}

describe("routeLabel", () => {
  it("names the route pattern, without language, ids, slugs, tokens or query", () => {
    expect(routeLabel("/")).toBe("/");
    expect(routeLabel("/fr")).toBe("/");
    expect(routeLabel("/campaigns/free-dong-guangping/letter?source=abc&email=a%40b.org")).toBe("/campaigns/[slug]/letter");
    expect(routeLabel("/ar/campaigns/x/petition/sent")).toBe("/campaigns/[slug]/petition/sent");
    expect(routeLabel("/zh/embed/campaigns/x/tweet")).toBe("/embed/campaigns/[slug]/[segment]");
    expect(routeLabel("/confirm/3f9a8c0d2e")).toBe("/confirm/[token]");
    expect(routeLabel("/organise/campaigns/new")).toBe("/organise/campaigns/new");
    expect(routeLabel("/organise/campaigns/6b1e0c7a-1111-4e2b-9c7d-000000000000/analytics")).toBe("/organise/campaigns/[id]/analytics");
    expect(routeLabel("/[locale]/organise/campaigns/6b1e/team")).toBe("/organise/campaigns/[id]/team");
    expect(routeLabel("/api/v1/campaigns/x/badge.svg")).toBe("/api/v1/campaigns/[slug]/badge.svg");
    expect(routeLabel("/api/v1/anything/else")).toBe("/api/v1/[...path]");
    expect(routeLabel("/_next/static/chunks/abc.js")).toBe("/_next/static/[...path]");
    expect(routeLabel("/media/defenders/abc.webp")).toBe("/media/[...path]");
    expect(routeLabel("/healthz")).toBe("/healthz");
    expect(routeLabel("/fr/healthz")).toBe("(other)");
    expect(routeLabel("/es/api/v1/campaigns")).toBe("(other)");
    expect(routeLabel("/zh/sitemap.xml")).toBe("(static)");
    expect(routeLabel("/favicon.ico")).toBe("(static)");
    expect(routeLabel("/wp-login.php")).toBe("(static)");
    expect(routeLabel("/campaigns/x/letter/extra/segments")).toBe("(other)");
    expect(routeLabel("http://evil.example/x")).toBe("(other)");
    expect(routeLabel(undefined)).toBe("(other)");
  });

  it("has a pattern for every page and route handler in app/", () => {
    const missing = appRoutes().filter((route) => routeLabel(route) !== route);
    expect(missing).toEqual([]);
  });

  it("answers only its fixed set of labels, whatever the path (bounded cardinality)", () => {
    const segment = fc.oneof(
      fc.constantFrom("campaigns", "letter", "fr", "api", "v1", "organise", "[locale]", "embed", "sent", "", "x.js", "%2F"),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 15 }), fc.string({ maxLength: 20 }), (segments, query) => {
        expect(labels.has(routeLabel(`/${segments.join("/")}?${query}`))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("methodLabel", () => {
  it("keeps GET, HEAD and POST and folds the rest", () => {
    expect(["GET", "HEAD", "POST", "PUT", "PROPFIND", undefined].map(methodLabel)).toEqual(["GET", "HEAD", "POST", "other", "other", "other"]);
  });
});
