import { isLocale, isLocalisedPath } from "@/i18n/config";

/**
 * The route a request was for, as a bounded label for metrics and logs (ADR 0032):
 * the app's route pattern without the language ("/fr/campaigns/x/letter" ->
 * "/campaigns/[slug]/letter"), never the raw path, so no slug, id, token or
 * query string becomes a label or reaches a log line. A path that matches no
 * route is "(static)" when it names a file, "(other)" otherwise: however many
 * distinct URLs arrive, the labels are the patterns below plus those two.
 *
 * Keep the list in step with app/ (lib/route-label.test.ts compares them).
 */
export const routePatterns = [
  // Public pages and files (app/[locale]/(public) and app/[locale]).
  "/",
  "/accessibility",
  "/privacy",
  "/campaigns",
  "/campaigns/[slug]",
  "/campaigns/[slug]/call",
  "/campaigns/[slug]/email",
  "/campaigns/[slug]/letter",
  "/campaigns/[slug]/letter/sent",
  "/campaigns/[slug]/letter/embed",
  "/campaigns/[slug]/letter/embed/sent",
  "/campaigns/[slug]/petition",
  "/campaigns/[slug]/petition/sent",
  "/campaigns/[slug]/petition/embed",
  "/campaigns/[slug]/petition/embed/sent",
  "/campaigns/[slug]/sign-on",
  "/campaigns/[slug]/sign-on/sent",
  "/campaigns/[slug]/sign-on/embed",
  "/campaigns/[slug]/sign-on/embed/sent",
  "/campaigns/[slug]/tweet",
  "/campaigns/[slug]/tweet/embed",
  "/campaigns/[slug]/tweet/embed/sent",
  "/campaigns/[slug]/solidarity",
  "/campaigns/[slug]/post-it",
  "/campaigns/[slug]/post-it/pdf",
  "/campaigns/[slug]/preview",
  "/campaigns/[slug]/thanks",
  "/campaigns/[slug]/map.svg",
  "/campaigns/[slug]/opengraph-image",
  "/campaigns/[slug]/updates.rss",
  "/campaigns/[slug]/updates.atom",
  // The public embed addresses proxy.ts rewrites to the kinds' embed folders (ADR 0030).
  "/embed/campaigns/[slug]/[segment]",
  "/embed/campaigns/[slug]/[segment]/sent",
  "/defenders",
  "/defenders/[slug]",
  "/defenders/[slug]/opengraph-image",
  "/confirm/[token]",
  "/unsubscribe/[token]",
  "/feeds/updates.rss",
  "/feeds/updates.atom",
  "/signin",
  "/signin/check-email",
  "/signin/error",
  "/dev/mail",
  "/bench/floor",
  "/bench/stats",
  // A signed-in person's own pages.
  "/account",
  "/account/delete",
  "/account/deleted",
  "/account/export.json",
  "/account/partners",
  // Organisers.
  "/organise",
  "/organise/campaigns/new",
  "/organise/campaigns/[id]",
  "/organise/campaigns/[id]/analytics",
  "/organise/campaigns/[id]/delivery",
  "/organise/campaigns/[id]/embed",
  "/organise/campaigns/[id]/partners",
  "/organise/campaigns/[id]/team",
  "/organise/campaigns/[id]/templates",
  "/organise/campaigns/[id]/translations",
  "/organise/campaigns/[id]/updates",
  "/organise/defenders",
  "/organise/defenders/new",
  "/organise/defenders/[id]",
  "/organise/defenders/[id]/translations",
  "/organise/invitations/[token]",
  "/organise/targets",
  "/organise/targets/new",
  "/organise/targets/import",
  "/organise/targets/[id]",
  // Admins.
  "/admin",
  "/admin/abuse",
  "/admin/abuse/invalidations",
  "/admin/abuse/limits",
  "/admin/abuse/lists",
  "/admin/abuse/switches",
  "/admin/abuse/trending",
  "/admin/audit",
  "/admin/moderation",
  "/admin/moderation/reasons",
  "/admin/moderation/targets",
  "/admin/moderation/[type]/[id]",
  "/admin/users",
  "/admin/users/[id]",
  // Route handlers and files outside the languages.
  "/api/auth/[...nextauth]",
  "/api/captcha",
  "/api/organise/campaigns/[id]/export.csv",
  "/api/organise/campaigns/[id]/letters.pdf",
  "/api/organise/campaigns/[id]/solidarity.pdf",
  "/api/partners/[sourceId]/export.csv",
  "/api/unsubscribe/[token]",
  "/api/v1/openapi.json",
  "/api/v1/campaigns",
  "/api/v1/campaigns/[slug]",
  "/api/v1/campaigns/[slug]/badge.svg",
  "/api/v1/campaigns/[slug]/updates",
  "/api/v1/defenders",
  "/api/v1/defenders/[slug]",
  "/api/v1/[...path]",
  "/language",
  "/media/[...path]",
  "/share/mastodon",
  "/sitemap.xml",
  "/sitemap/[file]",
  "/healthz",
  "/readyz",
  "/metrics",
  "/_next/static/[...path]",
  "/_next/image",
  "/_next/[...path]",
] as const;

export type RouteLabel = (typeof routePatterns)[number] | "(static)" | "(other)";

/** Paths that name no route but a file (public/: favicon.ico, robots.txt, icon.svg...). */
const fileLike = /\.[A-Za-z0-9]{1,8}$/;
const longestPath = 2048;

type Compiled = { label: RouteLabel; segments: string[] };

// Literal routes first, then those with parameters, catch-alls last: "/campaigns/new"-style literals win over "[slug]".
const compiled: Compiled[] = routePatterns
  .map((label) => ({ label: label as RouteLabel, segments: label === "/" ? [] : label.slice(1).split("/") }))
  .sort((a, b) => rank(a.segments) - rank(b.segments));

function rank(segments: string[]): number {
  if (segments.some((s) => s.startsWith("[..."))) return 2;
  return segments.some((s) => s.startsWith("[")) ? 1 : 0;
}

function matches(pattern: string[], path: string[]): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i]!;
    if (want.startsWith("[...")) return path.length > i;
    const got = path[i];
    if (got === undefined) return false;
    if (!want.startsWith("[") && want !== got) return false;
  }
  return path.length === pattern.length;
}

/**
 * The route label of a request target ("/fr/campaigns/x?y=1" -> "/campaigns/[slug]").
 * The query string, a leading language and Next's internal "/[locale]" are dropped first.
 */
export function routeLabel(target: string | undefined): RouteLabel {
  if (!target) return "(other)";
  let path = target.length > longestPath ? target.slice(0, longestPath) : target;
  const query = path.search(/[?#]/);
  if (query !== -1) path = path.slice(0, query);
  if (!path.startsWith("/")) return "(other)";
  const segments = path.split("/").slice(1);
  if (segments[segments.length - 1] === "") segments.pop();
  const prefixed = segments.length > 0 && (isLocale(segments[0]) || segments[0] === "[locale]" || segments[0] === "%5Blocale%5D");
  if (prefixed) segments.shift();
  const unmatched = fileLike.test(path) ? "(static)" : "(other)";
  if (segments.length > 12) return unmatched;
  for (const route of compiled) {
    if (!matches(route.segments, segments)) continue;
    // "/fr/api/..." or "/fr/healthz" is no route: those live only at the root.
    return prefixed && !localised(route.label) ? unmatched : route.label;
  }
  return unmatched;
}

const rootOnly = new Set<string>(["/healthz", "/readyz", "/metrics"]);

function localised(label: string): boolean {
  return isLocalisedPath(label) && !rootOnly.has(label);
}

/** The method as a bounded label: GET, HEAD and POST as they are, anything else "other". */
export function methodLabel(method: string | undefined): "GET" | "HEAD" | "POST" | "other" {
  return method === "GET" || method === "HEAD" || method === "POST" ? method : "other";
}
