/**
 * HTTP of the public read API (/api/v1, docs/api.md, ADR 0025): one place for
 * its headers, validators, errors and paging, so every endpoint answers alike.
 * Pure: the route handlers (app/api/v1) and server/public-api call these.
 */
import { createHash } from "node:crypto";
import { defaultLocale, isLocale, negotiateLocale, type Locale } from "@/i18n/config";
import type { Limit } from "@/lib/rate-limit/policy";

/** The methods every endpoint answers; anything else gets 405 with this list in `Allow`. */
export const allowedMethods = "GET, HEAD, OPTIONS";

/**
 * Shared caches and browsers may keep an answer a minute: the counts behind it
 * are refreshed every minute anyway (cacheSeconds.counters), and a profile that
 * goes quiet must leave every copy soon, so there is no stale-while-revalidate.
 */
export const cacheControl = "public, max-age=60";

/**
 * Per client network (IPv6 by its /64): generous for a page or a widget that
 * polls once a minute, small enough that one client cannot keep the database busy.
 */
export const apiRateLimit = { points: 120, windowSeconds: 60 } as const satisfies Limit;

/** Any site may read (no credentials are ever involved); only reading is allowed. */
export const corsHeaders: Readonly<Record<string, string>> = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": allowedMethods,
  "access-control-allow-headers": "Accept, Accept-Language, If-None-Match",
  "access-control-expose-headers": "ETag, Retry-After, Content-Language",
  "access-control-max-age": "86400",
};

export type ApiErrorCode = "not_found" | "bad_request" | "method_not_allowed" | "rate_limited";

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string };
}

/** A strong validator: the SHA-256 of the exact bytes sent. */
export function strongEtag(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url")}"`;
}

/**
 * Whether If-None-Match names this representation (RFC 9110 13.1.2: weak
 * comparison, so "W/" prefixes are ignored; "*" matches anything that exists).
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}

interface Representation {
  body: string;
  contentType: string;
  /** Content-Language, when the body is in one of the site's languages. */
  language?: Locale;
}

/**
 * A 200 (or 304 when the client holds this very body) with the API's cache,
 * CORS and validator headers. HEAD gets the same headers and no body.
 */
export function representation(request: Request, { body, contentType, language }: Representation): Response {
  const etag = strongEtag(body);
  const headers = new Headers({ ...corsHeaders, "cache-control": cacheControl, etag, vary: "Accept-Language" });
  if (language) headers.set("content-language", language);
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  headers.set("content-type", contentType);
  headers.set("x-content-type-options", "nosniff");
  return new Response(request.method === "HEAD" ? null : body, { status: 200, headers });
}

/** A JSON body as a representation: see `representation`. */
export function jsonRepresentation(request: Request, value: unknown, language?: Locale): Response {
  return representation(request, { body: JSON.stringify(value), contentType: "application/json; charset=utf-8", language });
}

const statusOf: Record<ApiErrorCode, number> = { not_found: 404, bad_request: 400, method_not_allowed: 405, rate_limited: 429 };

/** `{ error: { code, message } }` with the API's CORS headers; never cached but for 404s (as a 200 would be). */
export function apiError(code: ApiErrorCode, message: string, extra: Record<string, string> = {}): Response {
  const body: ApiErrorBody = { error: { code, message } };
  return new Response(JSON.stringify(body), {
    status: statusOf[code],
    headers: {
      ...corsHeaders,
      "content-type": "application/json; charset=utf-8",
      "x-content-type-options": "nosniff",
      "cache-control": code === "not_found" ? cacheControl : "no-store",
      ...extra,
    },
  });
}

/** One answer for "unknown" and "not public": nothing tells a hidden campaign or profile from one that never was. */
export function notFound(): Response {
  return apiError("not_found", "Nothing public has this address.");
}

export function methodNotAllowed(): Response {
  return apiError("method_not_allowed", "This API only reads: use GET, HEAD or OPTIONS.", { allow: allowedMethods });
}

export function rateLimited(retryAfterSeconds: number): Response {
  return apiError("rate_limited", "Too many requests from your network; try again later.", { "retry-after": String(retryAfterSeconds) });
}

/** The answer to a CORS preflight (or a plain OPTIONS): what may be asked, nothing else. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...corsHeaders, allow: allowedMethods, "cache-control": "public, max-age=86400" } });
}

/**
 * The language of the answer: `?lang=` when it is one of the site's, else the
 * best of Accept-Language, else English. Content without a version in it comes
 * in its original language, which `translation` in the body names.
 */
export function apiLocale(url: URL, acceptLanguage: string | null): Locale | "invalid" {
  const asked = url.searchParams.get("lang");
  if (asked !== null) return isLocale(asked) ? asked : "invalid";
  return negotiateLocale(acceptLanguage) ?? defaultLocale;
}

export const defaultPerPage = 20;
export const maxPerPage = 100;

export interface Paging {
  page: number;
  perPage: number;
  offset: number;
}

/** `?page` (from 1) and `?per_page` (1-100, default 20), or null when either is not a whole number in range. */
export function parsePaging(url: URL): Paging | null {
  const whole = (name: string, fallback: number, max: number) => {
    const text = url.searchParams.get(name);
    if (text === null) return fallback;
    if (!/^[1-9][0-9]{0,5}$/.test(text)) return null;
    const value = Number(text);
    return value <= max ? value : null;
  };
  const page = whole("page", 1, 100_000);
  const perPage = whole("per_page", defaultPerPage, maxPerPage);
  if (page === null || perPage === null) return null;
  return { page, perPage, offset: (page - 1) * perPage };
}

export interface PageLinks {
  self: string;
  next: string | null;
  prev: string | null;
}

/** Absolute links to this page and its neighbours, keeping the other query parameters (lang). */
export function pageLinks(origin: string, url: URL, paging: Paging, total: number): PageLinks {
  const at = (page: number) => {
    const link = new URL(url.pathname, origin);
    for (const [name, value] of url.searchParams) if (name !== "page" && name !== "per_page") link.searchParams.append(name, value);
    link.searchParams.set("page", String(page));
    link.searchParams.set("per_page", String(paging.perPage));
    return link.toString();
  };
  return {
    self: at(paging.page),
    next: paging.offset + paging.perPage < total ? at(paging.page + 1) : null,
    prev: paging.page > 1 ? at(paging.page - 1) : null,
  };
}
