/** The proof-of-work captcha end to end (create, solve, check, spend, replay) against a real Postgres. */
import { solveChallenge } from "altcha-lib";
import type { Challenge } from "altcha-lib/types";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { createTestDb, type TestDatabase } from "@/test/db";
import { spendAndCharge } from "@/db/queries/rate-limit";
import { checkCaptcha, createCaptchaChallenge } from "@/lib/captcha";

let t: TestDatabase;
const signatures: string[] = [];

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  if (signatures.length) await t.db.delete(schema.spentChallenges).where(inArray(schema.spentChallenges.signature, signatures));
  await t.close();
  await closeDb();
});

async function solved(challenge: Challenge, tamper: (payload: Record<string, unknown>) => void = () => {}): Promise<string> {
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  if (!solution) throw new Error("no solution found");
  signatures.push(challenge.signature);
  const payload: Record<string, unknown> = { ...challenge, number: solution.number };
  tamper(payload);
  return Buffer.from(JSON.stringify(payload)).toString("base64");
}

describe("checkCaptcha", () => {
  it("accepts a solved challenge, which then counts as proof once only", async () => {
    const payload = await solved(await createCaptchaChallenge());
    const solution = await checkCaptcha(payload);
    expect(solution).not.toBeNull();
    expect((await spendAndCharge(solution, [])).powVerified).toBe(true);
    expect((await spendAndCharge(await checkCaptcha(payload), [])).powVerified).toBe(false);
  });

  it("refuses a wrong answer, a missing payload and garbage", async () => {
    const wrong = await solved(await createCaptchaChallenge(), (p) => {
      p.number = Number(p.number) + 1;
    });
    expect(await checkCaptcha(wrong)).toBeNull();
    expect(await checkCaptcha(undefined)).toBeNull();
    expect(await checkCaptcha("")).toBeNull();
    expect(await checkCaptcha("not base64 json")).toBeNull();
  });

  it("refuses a challenge whose expiry was pushed back", async () => {
    const challenge = await createCaptchaChallenge();
    const later = challenge.salt.replace(/expires=(\d+)/, (_, s: string) => `expires=${Number(s) + 86_400}`);
    const payload = await solved(challenge, (p) => {
      p.salt = later;
    });
    expect(await checkCaptcha(payload)).toBeNull();
  });
});
