/**
 * Fixed-window rate limits and spent proof-of-work challenges against a real
 * Postgres (scripts/with-test-db.ts). Keys are random, so files run in parallel.
 */
import { randomUUID } from "node:crypto";
import { inArray, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import type { Charge } from "@/lib/rate-limit/policy";
import { createTestDb, type TestDatabase } from "@/test/db";
import { consumeRateLimits, spendAndCharge } from "./rate-limit";

let t: TestDatabase;
const prefix = `test-${randomUUID()}`;
const signatures: string[] = [];
const campaignIds: string[] = [];

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  await t.db.delete(schema.rateLimits).where(like(schema.rateLimits.key, `${prefix}%`));
  if (signatures.length) await t.db.delete(schema.spentChallenges).where(inArray(schema.spentChallenges.signature, signatures));
  if (campaignIds.length) {
    await t.db.delete(schema.actions).where(inArray(schema.actions.campaignId, campaignIds));
    await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, campaignIds));
  }
  await t.close();
  await closeDb();
});

function charge(name: string, points: number, options: Partial<Omit<Charge, "key" | "points">> = {}): Charge {
  return { key: `${prefix}:${name}`, points, windowSeconds: 3600, ...options };
}

describe("consumeRateLimits", () => {
  it("allows up to the limit and refuses the next one", async () => {
    const limit = charge("ip:a", 3);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await consumeRateLimits([limit])).allowed);
    expect(answers).toEqual([true, true, true, false]);
  });

  it("refuses when any one of several buckets is full, and names it", async () => {
    const ip = charge("ip:b", 10);
    const email = charge("email:b", 1);
    expect((await consumeRateLimits([ip, email])).allowed).toBe(true);
    const second = await consumeRateLimits([ip, email]);
    expect(second).toEqual({ allowed: false, exceeded: [email.key] });
    const [row] = await t.db.select().from(schema.rateLimits).where(inArray(schema.rateLimits.key, [ip.key]));
    expect(row?.points).toBe(2);
  });

  it("counts parallel submissions exactly", async () => {
    const limit = charge("ip:parallel", 10);
    const results = await Promise.all(Array.from({ length: 25 }, () => consumeRateLimits([limit])));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
  });

  it("starts a new window once the old one has expired", async () => {
    const limit = charge("ip:window", 1);
    await consumeRateLimits([limit]);
    expect((await consumeRateLimits([limit])).allowed).toBe(false);
    await t.sql`update rate_limits set expires_at = now() - interval '1 second' where key = ${limit.key}`;
    expect((await consumeRateLimits([limit])).allowed).toBe(true);
    const [row] = await t.db.select().from(schema.rateLimits).where(inArray(schema.rateLimits.key, [limit.key]));
    expect(row?.points).toBe(1);
    expect(row!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 3_000_000);
  });

  it("charges a key given twice once", async () => {
    const limit = charge("ip:twice", 5);
    await consumeRateLimits([limit, limit]);
    const [row] = await t.db.select().from(schema.rateLimits).where(inArray(schema.rateLimits.key, [limit.key]));
    expect(row?.points).toBe(1);
  });
});

describe("spendAndCharge", () => {
  async function points(...keys: string[]): Promise<Record<string, number>> {
    const rows = await t.db.select().from(schema.rateLimits).where(inArray(schema.rateLimits.key, keys));
    return Object.fromEntries(rows.map((row) => [row.key, row.points]));
  }

  function solution(name: string) {
    const signature = `${prefix}-${name}-${randomUUID()}`;
    signatures.push(signature);
    return { signature, expiresAt: new Date(Date.now() + 60_000) };
  }

  it("with a fresh solution, spends it and charges only the buckets everyone pays", async () => {
    const ip = charge("sac:ip:a", 5);
    const noProof = charge("sac:noproof:a", 5, { withoutProof: true });
    const fresh = solution("fresh");
    expect(await spendAndCharge(fresh, [ip, noProof])).toEqual({ powVerified: true, verdict: { allowed: true, exceeded: [] } });
    expect(await points(ip.key, noProof.key)).toEqual({ [ip.key]: 1 });

    // The same solution again is a replay: no proof, so the stricter bucket is charged too.
    expect((await spendAndCharge(fresh, [ip, noProof])).powVerified).toBe(false);
    expect(await points(ip.key, noProof.key)).toEqual({ [ip.key]: 2, [noProof.key]: 1 });
  });

  it("without a solution, charges the stricter buckets and refuses past their limit, still counting", async () => {
    const ip = charge("sac:ip:b", 10);
    const noProof = charge("sac:noproof:b", 1, { withoutProof: true });
    expect((await spendAndCharge(null, [ip, noProof])).verdict.allowed).toBe(true);
    const refused = await spendAndCharge(null, [ip, noProof]);
    expect(refused).toEqual({ powVerified: false, verdict: { allowed: false, exceeded: [noProof.key] } });
    expect(await points(ip.key, noProof.key)).toEqual({ [ip.key]: 2, [noProof.key]: 2 });
  });

  it("a verified submission is not refused by a full bucket it was not charged to", async () => {
    const ip = charge("sac:ip:c", 10);
    const noProof = charge("sac:noproof:c", 1, { withoutProof: true });
    await spendAndCharge(null, [ip, noProof]);
    await spendAndCharge(null, [ip, noProof]);
    expect((await spendAndCharge(solution("c"), [ip, noProof])).verdict).toEqual({ allowed: true, exceeded: [] });
  });

  it("with nothing to charge (an allow-listed sender), only spends the solution", async () => {
    const fresh = solution("allowed");
    expect(await spendAndCharge(fresh, [])).toEqual({ powVerified: true, verdict: { allowed: true, exceeded: [] } });
    expect((await spendAndCharge(fresh, [])).powVerified).toBe(false);
  });

  it("counts parallel submissions exactly, and spends one solution once among them", async () => {
    const ip = charge("sac:ip:parallel", 10);
    const shared = solution("parallel");
    const results = await Promise.all(Array.from({ length: 25 }, () => spendAndCharge(shared, [ip, { ...ip, withoutProof: true }])));
    expect(results.filter((r) => r.powVerified)).toHaveLength(1);
    expect(results.filter((r) => r.verdict.allowed)).toHaveLength(10);
    expect(await points(ip.key)).toEqual({ [ip.key]: 25 });
  });

  it("charges an address bucket only when the requester's buckets allowed the submission", async () => {
    const ip = charge("tier:ip:a", 2);
    const email = charge("tier:email:a", 100, { payer: "address" });
    for (let i = 0; i < 5; i++) await spendAndCharge(null, [ip, email]);
    expect(await points(ip.key, email.key)).toEqual({ [ip.key]: 5, [email.key]: 2 });
  });

  it("charges a shared bucket only when every other bucket allowed the submission", async () => {
    const ip = charge("tier:ip:b", 100);
    const email = charge("tier:email:b", 2, { payer: "address" });
    const domain = charge("tier:domain:b", 100, { payer: "shared" });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await spendAndCharge(null, [ip, email, domain])).verdict);
    expect(answers.map((a) => a.allowed)).toEqual([true, true, false, false, false]);
    expect(answers[2]!.exceeded).toEqual([email.key]);
    expect(await points(ip.key, email.key, domain.key)).toEqual({ [ip.key]: 5, [email.key]: 5, [domain.key]: 2 });
  });

  it("a full shared bucket refuses the submission, but only the ones charged to it", async () => {
    const domain = charge("tier:domain:c", 1, { payer: "shared", withoutProof: true });
    expect((await spendAndCharge(null, [charge("tier:ip:c1", 10), domain])).verdict.allowed).toBe(true);
    expect((await spendAndCharge(null, [charge("tier:ip:c2", 10), domain])).verdict).toEqual({ allowed: false, exceeded: [domain.key] });
    expect((await spendAndCharge(solution("tier-c"), [charge("tier:ip:c3", 10), domain])).verdict.allowed).toBe(true);
  });

  it("charges a shared bucket only for a new signer, not for a repeat of a stored signature", async () => {
    const [campaign] = await t.db
      .insert(schema.campaigns)
      .values({ slug: `tier-${randomUUID()}`, title: "Tier test", summary: "Made by a test.", status: "published", actionKinds: ["letter"] })
      .returning({ id: schema.campaigns.id });
    campaignIds.push(campaign!.id);
    const stored = `stored-${randomUUID()}`;
    await t.db.insert(schema.actions).values({ campaignId: campaign!.id, kind: "letter", status: "pending", emailHash: stored, idempotencyKey: randomUUID() });
    const domain = charge("tier:domain:d", 100, { payer: "shared" });
    const repeat = { campaignId: campaign!.id, kind: "letter" as const, emailHash: stored };
    expect((await spendAndCharge(null, [charge("tier:ip:d", 10), domain], { newSigner: repeat })).verdict.allowed).toBe(true);
    expect(await points(domain.key)).toEqual({});
    // The same address signing the campaign's other kind, or another address, is a new signer.
    await spendAndCharge(null, [domain], { newSigner: { ...repeat, kind: "org_signon" } });
    await spendAndCharge(null, [domain], { newSigner: { ...repeat, emailHash: `other-${randomUUID()}` } });
    expect(await points(domain.key)).toEqual({ [domain.key]: 2 });
  });
});
