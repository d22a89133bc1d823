/**
 * The signing screen's rate limits against a real Postgres (scripts/with-test-db.ts):
 * who can spend whose budget. Each test uses its own email domain and client
 * addresses, so files and tests never share a bucket.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { inArray, like, or } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { keyedHash } from "@/lib/crypto";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { defaultRateLimitSettings } from "@/lib/rate-limit/policy";

// screenSubmission reads the request's address, translations, captcha and site settings: stand-ins.
let requestIp = "198.18.0.1";
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-real-ip": requestIp }) }));
vi.mock("@/lib/request-meta", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/request-meta")>()),
  requestMeta: () => ({ ip: requestIp, country: null }),
  clientIp: () => requestIp,
}));
vi.mock("next-intl/server", () => ({ getTranslations: async (namespace: string) => (key: string) => `${namespace}.${key}` }));
/** "solved" stands for a valid proof of work (a fresh solution each time); anything else for none. */
const solutions: string[] = [];
vi.mock("@/lib/captcha", () => ({
  checkCaptcha: async (payload: string | undefined) => {
    if (payload !== "solved") return null;
    const signature = `test-signing-${randomUUID()}`;
    solutions.push(signature);
    return { signature, expiresAt: new Date(Date.now() + 60_000) };
  },
}));
// Other test files change the stored limits: this one judges against the defaults.
vi.mock("@/db/queries/settings", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/db/queries/settings")>();
  return { ...actual, getSiteSettings: async () => ({ ...(await actual.loadSiteSettings()), rateLimits: defaultRateLimitSettings }) };
});

const { screenSubmission } = await import("./screening");

let t: TestDatabase;
const domains: string[] = [];
const ipHashes: string[] = [];
const emailHashes: string[] = [];
const campaignIds: string[] = [];

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  const keys = [
    ...domains.map((d) => like(schema.rateLimits.key, `%:domain:${d}`)),
    ...ipHashes.map((h) => like(schema.rateLimits.key, `%:ip:${h}`)),
    ...emailHashes.map((h) => like(schema.rateLimits.key, `%:email:${h}`)),
  ];
  for (let i = 0; i < keys.length; i += 200) await t.db.delete(schema.rateLimits).where(or(...keys.slice(i, i + 200)));
  if (solutions.length) await t.db.delete(schema.spentChallenges).where(inArray(schema.spentChallenges.signature, solutions));
  if (campaignIds.length) {
    await t.db.delete(schema.actions).where(inArray(schema.actions.campaignId, campaignIds));
    await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, campaignIds));
  }
  await t.close();
  await closeDb();
});

function newDomain(): string {
  const domain = `d${randomBytes(6).toString("hex")}.example.org`;
  domains.push(domain);
  return domain;
}

/** A fresh client address inside 198.18.0.0/15 (benchmarking addresses). */
function newIp(): string {
  const [a, b, c] = randomBytes(3);
  const ip = `198.${18 + (a! % 2)}.${b}.${(c! % 254) + 1}`;
  ipHashes.push(keyedHash("ip", ip));
  return ip;
}

function track(email: string): string {
  emailHashes.push(keyedHash("email", email));
  return email;
}

async function sign(email: string, options: { ip?: string; proof?: boolean; campaign?: { campaignId: string; kind: "letter" | "org_signon" } } = {}) {
  requestIp = options.ip ?? newIp();
  return screenSubmission(track(email), options.proof ? "solved" : undefined, options.campaign);
}

const { perEmail, perIpWithoutProof, perEmailDomainWithoutProof } = defaultRateLimitSettings;

describe("screenSubmission: a stranger cannot lock others out", () => {
  it("a flood of refused posts with one address, from one network, leaves the rest of its domain signing without JavaScript", async () => {
    const domain = newDomain();
    const ip = newIp();
    const outcomes = [];
    for (let i = 0; i < perEmailDomainWithoutProof.points + 2; i++) outcomes.push((await sign(`flood@${domain}`, { ip })).allowed);
    expect(outcomes.filter(Boolean)).toHaveLength(Math.min(perEmail.points, perIpWithoutProof.points));

    expect((await sign(`someone-else@${domain}`)).allowed).toBe(true);
  });

  it("a flood with one address from ever new networks leaves the rest of its domain signing without JavaScript", async () => {
    const domain = newDomain();
    const outcomes = [];
    for (let i = 0; i < perEmailDomainWithoutProof.points + 2; i++) outcomes.push((await sign(`flood@${domain}`)).allowed);
    expect(outcomes.filter(Boolean)).toHaveLength(perEmail.points);

    for (let i = 0; i < 3; i++) expect((await sign(`neighbour-${i}@${domain}`)).allowed).toBe(true);
  });

  it("an address that already signed a campaign spends no domain budget by signing it again", async () => {
    const domain = newDomain();
    const email = `signed@${domain}`;
    const slug = randomSlug("limits");
    const [campaign] = await t.db
      .insert(schema.campaigns)
      .values({ slug, title: "Limits test", summary: "Made by a test.", status: "published", actionKinds: ["letter"] })
      .returning({ id: schema.campaigns.id });
    campaignIds.push(campaign!.id);
    await t.db.insert(schema.actions).values({
      campaignId: campaign!.id,
      kind: "letter",
      status: "pending",
      emailHash: keyedHash("email", email),
      emailDomain: domain,
      idempotencyKey: randomUUID(),
    });
    const repeat = { campaignId: campaign!.id, kind: "letter" as const };
    // Repeats, each from a fresh network: the first ones pass the screen (recording sorts them out), the rest
    // are over the address's own limit. Neither kind may spend the domain's shared budget.
    for (let i = 0; i < perEmailDomainWithoutProof.points + 2; i++) await sign(email, { campaign: repeat });
    const [row] = await t.db.select().from(schema.rateLimits).where(like(schema.rateLimits.key, `%:domain:${domain}`));
    expect(row?.points ?? 0).toBe(0);
    expect((await sign(`newcomer@${domain}`, { campaign: repeat })).allowed).toBe(true);
  });

  it("a proof-of-work signer is never stopped by the domain bucket", async () => {
    const domain = newDomain();
    // Many distinct signers without JavaScript, each from its own network: the domain's no-proof budget runs out.
    const outcomes = [];
    for (let i = 0; i < perEmailDomainWithoutProof.points + 1; i++) outcomes.push((await sign(`nojs-${i}@${domain}`)).allowed);
    expect(outcomes.slice(0, perEmailDomainWithoutProof.points).every(Boolean)).toBe(true);
    expect(outcomes.at(-1)).toBe(false);

    // With a proof of work, however many sign from that domain (more than any domain limit ever was), none is refused.
    const refused = [];
    for (let i = 0; i < 320; i++) {
      const screening = await sign(`js-${i}@${domain}`, { proof: true });
      expect(screening.powVerified).toBe(true);
      if (!screening.allowed) refused.push(i);
    }
    expect(refused).toEqual([]);
  }, 60_000);

  it("a one-address flood still gets that address limited, even with proof of work from a fresh network", async () => {
    const domain = newDomain();
    const email = `flooder@${domain}`;
    for (let i = 0; i < perEmailDomainWithoutProof.points + 2; i++) await sign(email);
    expect((await sign(email, { proof: true })).allowed).toBe(false);
    expect((await sign(email)).allowed).toBe(false);
  });

  it("a one-network flood still gets that network limited, whatever addresses it uses", async () => {
    const domain = newDomain();
    const ip = newIp();
    const outcomes = [];
    for (let i = 0; i < perIpWithoutProof.points + 5; i++) outcomes.push((await sign(`n${i}@${domain}`, { ip })).allowed);
    expect(outcomes.filter(Boolean)).toHaveLength(perIpWithoutProof.points);
    expect((await sign(`fresh@${newDomain()}`, { ip })).allowed).toBe(false);
    // Its refused posts did not spend the domain's budget: only the accepted ones did.
    const [row] = await t.db.select().from(schema.rateLimits).where(like(schema.rateLimits.key, `%:domain:${domain}`));
    expect(row?.points).toBe(perIpWithoutProof.points);
  });

  it("a network over its limit cannot spend someone else's address budget", async () => {
    const domain = newDomain();
    const ip = newIp();
    for (let i = 0; i < perIpWithoutProof.points; i++) expect((await sign(`own-${i}@${domain}`, { ip })).allowed).toBe(true);
    // Now over its own limit, it posts with a victim's address again and again.
    for (let i = 0; i < perEmail.points + 5; i++) expect((await sign(`victim@${domain}`, { ip })).allowed).toBe(false);
    expect((await sign(`victim@${domain}`)).allowed).toBe(true);
  });
});
