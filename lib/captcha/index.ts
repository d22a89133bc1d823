import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { createChallenge, extractParams } from "altcha-lib";
import type { Challenge } from "altcha-lib/types";
import { env } from "@/lib/env";
import { secret } from "@/lib/secrets";

/** How long a challenge may be solved and used. */
export const challengeLifetimeMs = 20 * 60_000;

let derived: { from: ReturnType<typeof env>; key: string } | undefined;

/** A key of its own for altcha, derived from HASH_KEY (once per process), so the dedupe key is never handed to another library. */
function altchaKey(): string {
  const from = env();
  if (derived?.from !== from) {
    derived = { from, key: createHmac("sha256", Buffer.from(secret("HASH_KEY"), "base64")).update("altcha-challenge").digest("hex") };
  }
  return derived.key;
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

interface Solution {
  algorithm: string;
  challenge: string;
  number: number;
  salt: string;
  signature: string;
}

function decode(payload: string): Solution | null {
  try {
    const parsed = JSON.parse(Buffer.from(payload, "base64").toString("utf8")) as Partial<Record<keyof Solution, unknown>>;
    const { algorithm, challenge, number, salt, signature } = parsed;
    if (typeof algorithm !== "string" || typeof challenge !== "string" || typeof salt !== "string" || typeof signature !== "string") return null;
    if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 0) return null;
    return { algorithm, challenge, number, salt, signature };
  } catch {
    return null;
  }
}

function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * altcha-lib's verifySolution, done with node:crypto in one synchronous pass:
 * the library goes through WebCrypto (an importKey, a digest and a sign, each a
 * promise on the thread pool), which cost about 7 % of a signature's CPU
 * (docs/performance.md). Only SHA-256, the algorithm createChallenge issues.
 * The challenge must be sha256(salt + number) and its signature our HMAC of it.
 */
function verifiedSolution(solution: Solution): boolean {
  if (solution.algorithm !== "SHA-256") return false;
  const challenge = createHash("sha256").update(solution.salt + solution.number).digest("hex");
  if (!sameHex(challenge, solution.challenge)) return false;
  return sameHex(createHmac("sha256", altchaKey()).update(challenge).digest("hex"), solution.signature);
}

/**
 * The solution in `payload` (the base64 altcha field) when it is a valid,
 * unexpired solution of one of our challenges, or null. It is not marked
 * spent here: spendAndCharge (db/queries/rate-limit.ts) spends it in the same
 * statement as the rate limits, and a replay counts as no proof.
 */
export async function checkCaptcha(payload: string | null | undefined): Promise<{ signature: string; expiresAt: Date } | null> {
  if (!payload || payload.length > 2_000) return null;
  const solution = decode(payload);
  if (!solution) return null;
  const expires = Number(extractParams({ salt: solution.salt } as Challenge).expires);
  if (!Number.isFinite(expires) || expires * 1000 < Date.now()) return null;
  if (!verifiedSolution(solution)) return null;
  return { signature: solution.signature, expiresAt: new Date(expires * 1000) };
}
