import { NextResponse, type NextRequest } from "next/server";
import { malformedActionBody } from "@/lib/action-body";
import { sentPageSegments } from "@/lib/action-kinds";
import { newNonce, strictContentSecurityPolicy } from "@/lib/csp";
import { frameableCampaign } from "@/db/queries/embed";
import { actionKindTable, kindOfSegment } from "@/lib/action-kinds";
import { embedRequestHeader, frameAncestorsSources, isEmbedPath, parseEmbedPath, type EmbedPath } from "@/lib/embed-origins";
import { env } from "@/lib/env";
import { serviceUnavailable, shedReason } from "@/lib/admission";
import { isAllowedHost, isSameOrigin } from "@/lib/origin";
import { hasSessionCookie } from "@/lib/session-cookie";
import { defaultLocale, isLocale, isLocalisedPath, localeCookie, localizeHref, negotiateLocale, splitLocale, type Locale } from "@/i18n/config";

/** next-intl reads the request's locale from this header (pages cached whole set it from their param instead). */
const localeHeader = "X-NEXT-INTL-LOCALE";

/** Same as experimental.serverActions.bodySizeLimit in next.config.js. */
const maxPostBytes = 6 * 1024 * 1024;

/**
 * Posts Next would answer with a 500 before our action runs: a foreign or
 * "null" Origin (Next's own check throws), a body over the size limit. A
 * missing Origin passes: the action builder refuses it with a message.
 */
function refusedPost(request: NextRequest): Response | null {
  if (request.method !== "POST") return null;
  // RFC 8058 one-click unsubscribe is posted by mail providers, from wherever they are (ADR 0027).
  const oneClickUnsubscribe = request.nextUrl.pathname.startsWith("/api/unsubscribe/");
  if (request.headers.has("origin") && !isSameOrigin(request.headers) && !oneClickUnsubscribe) {
    return new Response("Cross-site request refused.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (Number(request.headers.get("content-length") ?? 0) > maxPostBytes) {
    return new Response("Request too large.", { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return null;
}

const signInFirst = /^\/(organise|admin)(\/|$)/;

/** Route handlers at the root for probes and Prometheus (app/healthz, app/readyz, app/metrics). */
const operationalPath = /^\/(?:healthz|readyz|metrics)$/;

/**
 * Two jobs, neither of them a security boundary for data:
 * - every page rendered per request gets a fresh CSP nonce: Next reads it from
 *   the request's Content-Security-Policy header and puts it on its own
 *   scripts, and the browser gets the same policy (ADR 0010);
 * - visitors without a session cookie who open the organiser or admin area go
 *   straight to sign-in. Every page, query and action still checks the viewer
 *   itself; a forged or stale cookie gets past here and is refused there.
 * Before both, on every request: a Host header that is not this site's gets
 * 421 (DNS rebinding, lib/origin.ts).
 * Posts that Next would answer with a 500 (foreign Origin, oversized body)
 * get 403 / 413 here instead. And form posts are turned away with 503 + Retry-After while the
 * server is saturated or its database unreachable (lib/admission.ts).
 */
export async function proxy(request: NextRequest) {
  // Health, readiness and metrics (ADR 0032): no language, no Host check (probes name the server by address); /metrics guards itself.
  if (operationalPath.test(request.nextUrl.pathname)) return NextResponse.next();
  // A Host that is not ours (DNS rebinding: another site's name pointed at this server) reads nothing (lib/origin.ts).
  if (!isAllowedHost(request.headers.get("host"))) {
    return new Response("Unknown host.", { status: 421, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const refused = refusedPost(request);
  if (refused) return refused;
  if (request.method === "POST") {
    // A body Next's action handler would answer with a 500 (lib/action-body.ts).
    const malformed = await malformedActionBody(request);
    if (malformed) return new Response(malformed, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const { pathname, search } = request.nextUrl;
  if (!isLocalisedPath(pathname)) {
    if (!needsNonce(pathname)) return NextResponse.next();
    return withNonce(request, null, null);
  }
  if (pathname === "/[locale]" || pathname.startsWith("/[locale]/")) {
    // Next forwards a server action to the page that holds it by its route pattern
    // ("/[locale]/organise/campaigns/[id]"): serve that page in the request's language.
    const forwarded = request.headers.get(localeHeader);
    const url = new URL(pathname.replace("/[locale]", `/${isLocale(forwarded) ? forwarded : defaultLocale}`) + search, request.url);
    return forward(request, url, isLocale(forwarded) ? forwarded : defaultLocale, null);
  }
  const { locale, path, prefixed } = splitLocale(pathname);
  const reading = request.method === "GET" || request.method === "HEAD";
  if (reading && prefixed && locale === defaultLocale) {
    // "/en/..." is English's internal path; its public address has no prefix.
    return NextResponse.redirect(new URL(path + search, request.url), 308);
  }
  if (reading && !prefixed && path === "/") {
    const chosen = preferredLocale(request);
    if (chosen !== defaultLocale) {
      const response = NextResponse.redirect(new URL(localizeHref("/", chosen) + search, request.url), 307);
      response.headers.set("vary", "accept-language, cookie");
      response.headers.set("cache-control", "private, no-store");
      return response;
    }
  }
  if (isEmbedPath(path)) return embed(request, path, locale);
  // Pages live under app/[locale]/: an unprefixed path is English's page.
  const internal = prefixed ? null : internalEnglishUrl(request, path);
  if (!needsNonce(path)) return forward(request, internal, locale, null);
  if (request.method === "POST" && shedReason()) {
    // Read the (size-limited) body first: answering before it arrives makes Node log every shed post as an aborted request.
    await request.arrayBuffer().catch(() => undefined);
    return serviceUnavailable(locale);
  }
  if (signInFirst.test(path) && !hasSessionCookie(request.cookies)) {
    const signIn = new URL(localizeHref("/signin", locale), request.url);
    signIn.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(signIn);
  }
  const response = withNonce(request, internal, locale);
  // "/" answers by language (above): a shared cache must keep one copy per header.
  if (path === "/" && !prefixed) response.headers.set("vary", "accept-language, cookie");
  return response;
}

/**
 * The embeddable actions (ADR 0030): "/fr/embed/campaigns/<slug>/<segment>[/sent]" is served
 * by the kind's own folder, app/[locale]/(public)/campaigns/[slug]/<segment>/embed/ (so it
 * renders the kind's own form), with the strict policy whose frame-ancestors are the sites the
 * campaign lists, checked again here (lib/embed-origins.ts); 'none' for anything else (unknown,
 * paused or closed campaign, a kind it does not offer or that cannot be embedded, no sites).
 */
async function embed(request: NextRequest, path: string, locale: Locale): Promise<Response> {
  if (request.method === "POST" && shedReason()) {
    await request.arrayBuffer().catch(() => undefined);
    return serviceUnavailable(locale);
  }
  const embedPath = parseEmbedPath(path);
  const internalPath = embedPath
    ? `/${locale}/campaigns/${embedPath.slug}/${embedPath.segment}/embed${embedPath.sent ? "/sent" : ""}`
    : `/${locale}/embed/not-found`;
  const policy = strictContentSecurityPolicy(newNonce(), {
    development: env().NODE_ENV === "development",
    frameAncestors: await embedFrameAncestors(embedPath),
  });
  return forward(request, new URL(internalPath + request.nextUrl.search, request.url), locale, policy, { embedded: true });
}

async function embedFrameAncestors(embedPath: EmbedPath | null): Promise<string> {
  const kind = embedPath ? kindOfSegment(embedPath.segment) : null;
  if (!embedPath || !kind || !actionKindTable[kind].embeddable) return "'none'";
  const campaign = await frameableCampaign(embedPath.slug).catch(() => null);
  if (!campaign || !campaign.actionKinds.includes(kind)) return "'none'";
  return frameAncestorsSources(campaign.origins);
}

/**
 * English's page for an unprefixed path, on the request's own origin (request.url,
 * which Next builds from the address it listens on): Next serves a rewrite in-process
 * only when the origins match (next.config.js skipProxyUrlNormalize).
 */
function internalEnglishUrl(request: NextRequest, path: string): URL {
  return new URL(`/${defaultLocale}${path === "/" ? "" : path}${request.nextUrl.search}`, request.url);
}

/** The visitor's language for "/": the one they chose before, else the browser's, else English. */
function preferredLocale(request: NextRequest): Locale {
  const remembered = request.cookies.get(localeCookie)?.value;
  if (isLocale(remembered)) return remembered;
  return negotiateLocale(request.headers.get("accept-language")) ?? defaultLocale;
}

function forward(request: NextRequest, internal: URL | null, locale: Locale | null, policy: string | null, { embedded = false } = {}): NextResponse {
  const requestHeaders = new Headers(request.headers);
  // Only this proxy says a request came through an embed address (the actions then stay in the frame).
  requestHeaders.delete(embedRequestHeader);
  if (embedded) requestHeaders.set(embedRequestHeader, "1");
  if (locale) requestHeaders.set(localeHeader, locale);
  if (policy) requestHeaders.set("content-security-policy", policy);
  const response = internal
    ? NextResponse.rewrite(internal, { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  if (policy) response.headers.set("content-security-policy", policy);
  return response;
}

function withNonce(request: NextRequest, internal: URL | null, locale: Locale | null): NextResponse {
  const policy = strictContentSecurityPolicy(newNonce(), { development: env().NODE_ENV === "development" });
  return forward(request, internal, locale, policy);
}

/**
 * Left out of the nonce, sign-in redirect and load shedding, and so left with
 * next.config.js's baseline policy: static
 * files, route handlers (no HTML), and the pages that are cached whole (ADR
 * 0003: campaign and defender pages and the "check your email" pages after
 * signing are ISR; two pages are fully static), whose
 * HTML cannot carry a per-response nonce. Keep this list in step with the
 * build's route table (ƒ dynamic, ○ static, ● ISR); lib/csp.test.ts checks it.
 * They still get the Host and Origin checks.
 */
const withoutNonce = new RegExp(
  `^/(?:_next/|api/|media/|share/|icon\\.svg$|favicon\\.ico$|apple-touch-icon\\.png$|robots\\.txt$|campaigns/[^/]+$|campaigns/[^/]+/(?:${sentPageSegments.join("|")})/sent$|campaigns/[^/]+/map\\.svg$|campaigns/[^/]+/updates\\.(?:rss|atom)$|feeds/updates\\.(?:rss|atom)$|defenders/[^/]+$|account/deleted$|signin/check-email$|account/export\\.json$)`,
);

export function needsNonce(pathname: string): boolean {
  return !withoutNonce.test(pathname);
}

/**
 * Every request but Next's own build files, which hold nothing a Host check
 * protects. /_next/image stays in: a post there with a foreign Origin and a
 * Next-Action header is otherwise answered 500 by Next's own origin check.
 */
export const config = {
  matcher: ["/((?!_next/static/).*)"],
};
