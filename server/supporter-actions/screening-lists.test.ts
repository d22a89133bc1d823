/**
 * The signing screen against the block and allow lists, on a real Postgres. Moved from
 * db/queries/abuse-lists.test.ts: screenSubmission is server/ code, and db/ imports
 * nothing from server/ (docs/decisions/0019-layers.md).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/db";
import { addListEntry, forgetActiveLists, type ListType } from "@/db/queries/abuse-lists";
import { storedListValue, type ListEntryKind } from "@/lib/abuse/list-entry";
import { createTestDb, type TestDatabase } from "@/test/db";

// screenSubmission reads the request's headers, translations and captcha: stand-ins for a request from `requestIp`.
let requestIp = "198.18.0.1";
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-inkwell-socket-address": requestIp }) }));
vi.mock("next-intl/server", () => ({ getTranslations: async (namespace: string) => (key: string) => `${namespace}.${key}` }));
vi.mock("@/lib/captcha", () => ({ checkCaptcha: async () => null }));

const { screenSubmission } = await import("./screening");

let t: TestDatabase;
const admin = { id: randomUUID(), role: "admin" as const, email: `admin-${randomUUID()}@example.org`, name: "List admin" };
const createdEntries: string[] = [];

beforeAll(async () => {
  t = createTestDb();
  await t.sql`insert into users (id, email, name, role) values (${admin.id}, ${admin.email}, ${admin.name}, ${admin.role})`;
});

afterAll(async () => {
  if (createdEntries.length) await t.sql`delete from list_entries where id = any(${createdEntries}::uuid[])`;
  await t.sql`delete from users where id = ${admin.id}`;
  await t.close();
  await closeDb();
});

beforeEach(() => forgetActiveLists());

/** A fresh /24 inside 198.18.0.0/15 (benchmarking addresses), so parallel files never share one. */
const randomNetwork = () => `198.${18 + (randomBytes(1)[0]! % 2)}.${randomBytes(1)[0]}`;

async function listEntry(list: ListType, kind: ListEntryKind, input: string): Promise<void> {
  const parsed = storedListValue(kind, input);
  if (!parsed.ok) throw new Error(`${input}: ${parsed.problem}`);
  const outcome = await addListEntry(admin, { list, kind, stored: parsed.stored, reason: "test", expiresAt: null });
  if (!outcome.ok) throw new Error(`add failed: ${outcome.problem}`);
  createdEntries.push(outcome.id);
}

describe("screenSubmission with the lists", () => {
  it("refuses a block-listed submitter with a clear message and charges no rate limit", async () => {
    const network = randomNetwork();
    await listEntry("block", "ip_range", `${network}.0/24`);
    requestIp = `${network}.9`;
    const screening = await screenSubmission(`someone-${randomUUID()}@example.org`, undefined);
    expect(screening).toMatchObject({ allowed: false, message: "Abuse.blocked" });
    const [row] = await t.sql<{ n: number }[]>`select count(*)::int as n from rate_limits where key like ${`sign:ip:${screening.ipHash}%`}`;
    expect(row!.n).toBe(0);
  });

  it("lets an allow-listed network past the rate limits, and limits others", async () => {
    const allowed = randomNetwork();
    await listEntry("allow", "ip_range", `${allowed}.0/24`);
    const limited = randomNetwork();
    const domain = `abuse-${randomBytes(5).toString("hex")}.example`;
    // Without proof of work an address may sign 10 times an hour (defaultRateLimitSettings.perIpWithoutProof).
    requestIp = `${limited}.1`;
    const limitedOutcomes = [];
    for (let i = 0; i < 11; i++) limitedOutcomes.push((await screenSubmission(`p${i}@${domain}`, undefined)).allowed);
    expect(limitedOutcomes.slice(0, 10).every(Boolean)).toBe(true);
    expect(limitedOutcomes[10]).toBe(false);

    requestIp = `${allowed}.1`;
    const allowedOutcomes = [];
    for (let i = 0; i < 15; i++) allowedOutcomes.push((await screenSubmission(`q${i}@${domain}`, undefined)).allowed);
    expect(allowedOutcomes.every(Boolean)).toBe(true);
  });
});
