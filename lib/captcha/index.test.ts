/** The proof-of-work captcha end to end (create, solve, verify, replay) against a real Postgres. */
import { solveChallenge } from "altcha-lib";
import type { Challenge } from "altcha-lib/types";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { createTestDb, type TestDatabase } from "@/test/db";
import { createCaptchaChallenge, verifyCaptcha } from "./index";

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

describe("verifyCaptcha", () => {
  it("accepts a solved challenge once and refuses the replay", async () => {
    const payload = await solved(await createCaptchaChallenge());
    expect(await verifyCaptcha(payload)).toBe(true);
    expect(await verifyCaptcha(payload)).toBe(false);
  });

  it("refuses a wrong answer, a missing payload and garbage", async () => {
    const wrong = await solved(await createCaptchaChallenge(), (p) => {
      p.number = Number(p.number) + 1;
    });
    expect(await verifyCaptcha(wrong)).toBe(false);
    expect(await verifyCaptcha(undefined)).toBe(false);
    expect(await verifyCaptcha("")).toBe(false);
    expect(await verifyCaptcha("not base64 json")).toBe(false);
  });

  it("refuses a challenge whose expiry was pushed back", async () => {
    const challenge = await createCaptchaChallenge();
    const later = challenge.salt.replace(/expires=(\d+)/, (_, s: string) => `expires=${Number(s) + 86_400}`);
    const payload = await solved(challenge, (p) => {
      p.salt = later;
    });
    expect(await verifyCaptcha(payload)).toBe(false);
  });
});
