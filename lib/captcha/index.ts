import "server-only";
import { createHmac } from "node:crypto";
import { createChallenge, extractParams, verifySolution } from "altcha-lib";
import type { Challenge } from "altcha-lib/types";
import { env } from "@/lib/env";
import { secret } from "@/lib/secrets";

/** How long a challenge may be solved and used. */
export const challengeLifetimeMs = 20 * 60_000;

/** A key of its own for altcha, derived from HASH_KEY, so the dedupe key is never handed to another library. */
function altchaKey(): string {
  return createHmac("sha256", Buffer.from(secret("HASH_KEY"), "base64")).update("altcha-challenge").digest("hex");
}

/** Hard enough to cost a flood, about a second on a phone; much easier in tests. */
function maxNumber(): number {
  return env().NODE_ENV === "production" ? 100_000 : 20_000;
}

export function createCaptchaChallenge(): Promise<Challenge> {
  return createChallenge({
    hmacKey: altchaKey(),
    maxnumber: maxNumber(),
    expires: new Date(Date.now() + challengeLifetimeMs),
  });
}

function decode(payload: string): { signature: string; expiresAt: Date } | null {
  try {
    const parsed = JSON.parse(Buffer.from(payload, "base64").toString("utf8")) as { signature?: unknown; salt?: unknown };
    if (typeof parsed.signature !== "string" || typeof parsed.salt !== "string") return null;
    const expires = Number(extractParams({ salt: parsed.salt } as Challenge).expires);
    if (!Number.isFinite(expires)) return null;
    return { signature: parsed.signature, expiresAt: new Date(expires * 1000) };
  } catch {
    return null;
  }
}

/**
 * The solution in `payload` (the base64 altcha field) when it is a valid,
 * unexpired solution of one of our challenges, or null. It is not marked
 * spent here: spendAndCharge (db/queries/rate-limit.ts) spends it in the same
 * statement as the rate limits, and a replay counts as no proof.
 */
export async function checkCaptcha(payload: string | null | undefined): Promise<{ signature: string; expiresAt: Date } | null> {
  if (!payload || payload.length > 2_000) return null;
  const decoded = decode(payload);
  if (!decoded) return null;
  if (!(await verifySolution(payload, altchaKey(), true))) return null;
  return decoded;
}
