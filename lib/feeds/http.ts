import { createHash } from "node:crypto";
import { feedMediaTypes, type FeedFormat } from "./feed";

/** Feed readers poll: a few minutes in any cache, then revalidated with the validators below. */
export const feedCacheControl = "public, max-age=300, stale-while-revalidate=600";

/**
 * Status and headers for a feed body, answering a conditional GET: 304 when
 * the reader's If-None-Match holds the body's ETag, or (without one) when
 * If-Modified-Since is not older than the newest change. Pure.
 */
export function feedResponseInit(
  body: string,
  format: FeedFormat,
  lastModified: Date,
  request: { ifNoneMatch: string | null; ifModifiedSince: string | null },
): { status: 200 | 304; headers: Record<string, string> } {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const modified = new Date(Math.floor(lastModified.getTime() / 1000) * 1000);
  const headers = {
    "content-type": `${feedMediaTypes[format]}; charset=utf-8`,
    "cache-control": feedCacheControl,
    etag,
    "last-modified": modified.toUTCString(),
    "x-content-type-options": "nosniff",
  };
  return { status: notModified(etag, modified, request) ? 304 : 200, headers };
}

function notModified(etag: string, modified: Date, request: { ifNoneMatch: string | null; ifModifiedSince: string | null }): boolean {
  if (request.ifNoneMatch !== null) {
    return request.ifNoneMatch
      .split(",")
      .map((tag) => tag.trim().replace(/^W\//, ""))
      .some((tag) => tag === etag || tag === "*");
  }
  if (request.ifModifiedSince === null) return false;
  const since = Date.parse(request.ifModifiedSince);
  return !Number.isNaN(since) && modified.getTime() <= since;
}
