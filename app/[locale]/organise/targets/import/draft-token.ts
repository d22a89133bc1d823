import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { secret } from "@/lib/secrets";
import type { TargetWrite } from "@/db/queries/targets-directory";

/**
 * The checked rows of an import preview travel in a hidden field so that the
 * confirmation works without JavaScript and without a draft table. They are
 * signed (HMAC with the server's key), bound to the organiser who previewed
 * them and short-lived: a client cannot edit or replay them.
 */
const lifetimeMs = 30 * 60 * 1000;

interface Draft {
  viewerId: string;
  expiresAt: number;
  rows: TargetWrite[];
}

function signature(body: string): Buffer {
  return createHmac("sha256", Buffer.from(secret("HASH_KEY"), "base64")).update(`target-import:${body}`).digest();
}

export function signImportDraft(viewerId: string, rows: TargetWrite[], now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ viewerId, expiresAt: now + lifetimeMs, rows } satisfies Draft)).toString("base64url");
  return `${body}.${signature(body).toString("base64url")}`;
}

/** The rows, or null when the token is forged, altered, expired or someone else's. */
export function openImportDraft(token: string, viewerId: string, now = Date.now()): TargetWrite[] | null {
  const [body, mac] = token.split(".");
  if (!body || !mac) return null;
  const given = Buffer.from(mac, "base64url");
  const expected = signature(body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const draft = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Draft;
  if (draft.viewerId !== viewerId || draft.expiresAt < now) return null;
  return draft.rows;
}
