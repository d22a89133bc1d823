import "server-only";
import { consumeRateLimits } from "@/db/queries/rate-limit";
import type { Locale } from "@/i18n/config";
import { keyedHash } from "@/lib/crypto";
import { apiError, apiLocale, apiRateLimit, methodNotAllowed, preflight, rateLimited } from "@/lib/public-api/http";
import { requestMeta } from "@/lib/request-meta";

export interface ApiRequest {
  request: Request;
  url: URL;
  locale: Locale;
}

/**
 * Charges the client's network one request in the shared limiter
 * (db/queries/rate-limit.ts; the client address as lib/request-meta.ts reads
 * it through TRUSTED_PROXIES). Null when allowed, else the 429. A client whose
 * address is unknown is not charged, as for sign-in links.
 */
async function overLimit(request: Request): Promise<Response | null> {
  const { ip } = requestMeta(request.headers);
  if (!ip) return null;
  const verdict = await consumeRateLimits([{ key: `api:ip:${keyedHash("ip", ip)}`, ...apiRateLimit, payer: "requester" }]);
  // Fixed windows: the bucket opens again at most one window from now.
  return verdict.allowed ? null : rateLimited(apiRateLimit.windowSeconds);
}

/**
 * Runs one read of the public API: rate limit, then the language (`?lang=` or
 * Accept-Language; an unknown `?lang=` is a 400), then `answer`. No session is
 * read: the API answers everyone alike.
 */
export async function publicRead(request: Request, answer: (api: ApiRequest) => Promise<Response>): Promise<Response> {
  const limited = await overLimit(request);
  if (limited) return limited;
  const url = new URL(request.url);
  const locale = apiLocale(url, request.headers.get("accept-language"));
  if (locale === "invalid") return apiError("bad_request", "lang must be one of en, fr, es, zh, ar.");
  return answer({ request, url, locale });
}

type Handler = (request: Request, context: { params: Promise<object> }) => Promise<Response>;

/**
 * The exports of one read-only route file: GET and HEAD run `get`, OPTIONS
 * answers CORS preflights, and every other method is a 405 with Allow.
 */
export function readOnlyRoute<P extends Record<string, string>>(get: (request: Request, params: P) => Promise<Response>) {
  const read: Handler = async (request, context) => get(request, (await context.params) as P);
  const refuse = async () => methodNotAllowed();
  return { GET: read, HEAD: read, OPTIONS: async () => preflight(), POST: refuse, PUT: refuse, PATCH: refuse, DELETE: refuse };
}
