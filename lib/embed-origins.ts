import { isLoopbackHostname } from "@/lib/origin";

/**
 * The sites an organiser allows to frame a campaign's embeddable actions
 * (/embed/campaigns/<slug>/<kind>, ADR 0030). Pure: the organiser's form
 * validates with it before anything is stored, and proxy.ts validates again
 * with it before an origin goes into a Content-Security-Policy header, so a
 * value that is not exactly "scheme://host[:port]" never reaches the header.
 */

/** At most this many sites per campaign. */
export const maxEmbedOrigins = 20;

export type OriginProblem = "invalid" | "path" | "wildcard" | "insecure" | "credentials";

export type OriginCheck = { ok: true; origin: string } | { ok: false; problem: OriginProblem };

/** A host name made of letters, digits, dots and hyphens (punycode for others), or an IPv4/[IPv6] literal. */
const hostPattern = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/;

/**
 * One line of the form as an origin: "https://partner.example/" and
 * "HTTPS://Partner.Example:443" both become "https://partner.example".
 * https only, except http for loopback hosts (localhost, 127.0.0.1, [::1]:
 * a partner testing on their own machine). No path, query, fragment,
 * credentials or wildcard.
 */
export function normaliseEmbedOrigin(line: string): OriginCheck {
  const text = line.trim();
  if (text.includes("*")) return { ok: false, problem: "wildcard" };
  if (!/^https?:\/\//i.test(text) || /[\s"';,\\]/.test(text)) return { ok: false, problem: "invalid" };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: "invalid" };
  }
  if (url.username || url.password) return { ok: false, problem: "credentials" };
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash || text.endsWith("?") || text.endsWith("#")) {
    return { ok: false, problem: "path" };
  }
  if (!hostPattern.test(url.hostname)) return { ok: false, problem: "invalid" };
  if (url.protocol === "http:" && !isLoopbackHostname(url.hostname)) return { ok: false, problem: "insecure" };
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, problem: "invalid" };
  return { ok: true, origin: url.origin };
}

export type OriginListCheck =
  | { ok: true; origins: string[] }
  | { ok: false; problems: { line: string; problem: OriginProblem | "tooMany" }[] };

/** The textarea (one origin per line, blank lines ignored) as a list without duplicates, or every line's problem. */
export function parseEmbedOrigins(text: string): OriginListCheck {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const origins: string[] = [];
  const problems: { line: string; problem: OriginProblem | "tooMany" }[] = [];
  for (const line of lines) {
    const check = normaliseEmbedOrigin(line);
    if (!check.ok) problems.push({ line, problem: check.problem });
    else if (!origins.includes(check.origin)) origins.push(check.origin);
  }
  if (problems.length > 0) return { ok: false, problems };
  if (origins.length > maxEmbedOrigins) return { ok: false, problems: [{ line: origins[maxEmbedOrigins] ?? "", problem: "tooMany" }] };
  return { ok: true, origins };
}

/**
 * The frame-ancestors sources for stored origins: each one checked again and
 * kept only if it is already in its normal form (so nothing stored by another
 * path, say by hand in the database, can add a directive or a wildcard);
 * 'none' when none is left.
 */
export function frameAncestorsSources(stored: readonly string[]): string {
  const safe = stored.filter((origin) => {
    const check = normaliseEmbedOrigin(origin);
    return check.ok && check.origin === origin;
  });
  return safe.length > 0 ? [...new Set(safe)].slice(0, maxEmbedOrigins).join(" ") : "'none'";
}

/** An embed page's path, without its language prefix: "/embed/campaigns/<slug>/<segment>" or ".../sent". */
export interface EmbedPath {
  slug: string;
  segment: string;
  sent: boolean;
}

const embedPathPattern = /^\/embed\/campaigns\/([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z-]+)(\/sent)?\/?$/;

/** The campaign and kind segment an embed path names, or null for any other path. */
export function parseEmbedPath(path: string): EmbedPath | null {
  const match = embedPathPattern.exec(path);
  return match?.[1] && match[2] ? { slug: match[1], segment: match[2], sent: Boolean(match[3]) } : null;
}

/** Whether a path (without its language prefix) is under /embed/. */
export function isEmbedPath(path: string): boolean {
  return path === "/embed" || path.startsWith("/embed/");
}

/**
 * Set by proxy.ts on requests that came through an embed address (and removed from any
 * other): the supporter actions then end on the embed's own "sent" page, inside the frame.
 */
export const embedRequestHeader = "x-inkwell-embed";

/** The embed's "sent" page of a kind: /embed/campaigns/<slug>/<segment>/sent. */
export function embedSentPath(slug: string, segment: string): string {
  return `/embed/campaigns/${slug}/${segment}/sent`;
}
