/** checkCaptcha's own verification (node:crypto) against altcha-lib's verifySolution, the reference it replaces. */
import { randomBytes } from "node:crypto";
import { createChallenge, solveChallenge, verifySolution } from "altcha-lib";
import type { Challenge } from "altcha-lib/types";
import { beforeAll, describe, expect, it, vi } from "vitest";

type Captcha = typeof import("./index");
let captcha: Captcha;
let altchaKey: string;

beforeAll(async () => {
  vi.resetModules();
  vi.stubEnv("HASH_KEY", randomBytes(32).toString("base64"));
  vi.stubEnv("DATA_ENCRYPTION_KEY", randomBytes(32).toString("base64"));
  vi.stubEnv("DATABASE_URL", "postgres://localhost/unused");
  captcha = await import("./index");
  const { createHmac } = await import("node:crypto");
  altchaKey = createHmac("sha256", Buffer.from(process.env.HASH_KEY!, "base64")).update("altcha-challenge").digest("hex");
});

async function solvedPayload(challenge: Challenge): Promise<Record<string, unknown>> {
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  if (!solution) throw new Error("no solution found");
  return { algorithm: challenge.algorithm, challenge: challenge.challenge, number: solution.number, salt: challenge.salt, signature: challenge.signature };
}

const encode = (payload: Record<string, unknown>) => Buffer.from(JSON.stringify(payload)).toString("base64");

describe("checkCaptcha", () => {
  it("agrees with altcha-lib on a solution and on every way of tampering with it", async () => {
    const solved = await solvedPayload(await captcha.createCaptchaChallenge());
    const foreign = await solvedPayload(await createChallenge({ hmacKey: "someone else's key", maxnumber: 2_000, expires: new Date(Date.now() + 60_000) }));
    const cases: Record<string, unknown>[] = [
      solved,
      { ...solved, number: (solved.number as number) + 1 },
      { ...solved, challenge: "0".repeat(64) },
      { ...solved, signature: "0".repeat(64) },
      { ...solved, signature: String(solved.signature).slice(0, 10) },
      { ...solved, salt: String(solved.salt).replace(/expires=\d+/, "expires=9999999999") },
      { ...solved, algorithm: "SHA-1" },
      { ...solved, number: String(solved.number) },
      foreign,
    ];
    for (const payload of cases) {
      const reference = await verifySolution(encode(payload), altchaKey, true);
      const ours = await captcha.checkCaptcha(encode(payload));
      expect({ payload, accepted: ours !== null }).toEqual({ payload, accepted: reference && payload.algorithm === "SHA-256" && typeof payload.number === "number" });
    }
    expect(await captcha.checkCaptcha(encode(solved))).toMatchObject({ signature: solved.signature });
  });

  it("refuses an expired solution, garbage and oversized payloads", async () => {
    const expired = await solvedPayload(await createChallenge({ hmacKey: altchaKey, maxnumber: 2_000, expires: new Date(Date.now() - 1_000) }));
    expect(await captcha.checkCaptcha(encode(expired))).toBeNull();
    const noExpiry = await solvedPayload(await createChallenge({ hmacKey: altchaKey, maxnumber: 2_000 }));
    expect(await verifySolution(encode(noExpiry), altchaKey, true)).toBe(true);
    expect(await captcha.checkCaptcha(encode(noExpiry))).toBeNull();
    for (const payload of [undefined, null, "", "not base64 json", Buffer.from("[]").toString("base64"), "A".repeat(2_001)]) {
      expect(await captcha.checkCaptcha(payload)).toBeNull();
    }
  });
});
