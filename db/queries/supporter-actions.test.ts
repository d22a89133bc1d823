/**
 * Recording tweets, emails, calls, letters and solidarity messages against a
 * real Postgres (scripts/with-test-db.ts). Every test makes its own campaign
 * and targets with random slugs and deletes only those.
 */
import { randomUUID } from "node:crypto";
import { eq, inArray, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { decrypt } from "@/lib/crypto";
import { submittedTextHash } from "@/lib/moderation/text-hash";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import {
  getChannelCampaign,
  listChannelOffers,
  recordSupporterAction,
  type ChannelKind,
  type SupporterActionInput,
} from "./supporter-actions";

let t: TestDatabase;
const created = { campaigns: [] as string[], targets: [] as string[], limitPrefix: `test-${randomUUID()}` };

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  if (created.campaigns.length) {
    await t.db.delete(schema.actions).where(inArray(schema.actions.campaignId, created.campaigns));
    await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, created.campaigns));
  }
  if (created.targets.length) await t.db.delete(schema.targets).where(inArray(schema.targets.id, created.targets));
  await t.db.delete(schema.rateLimits).where(like(schema.rateLimits.key, `${created.limitPrefix}%`));
  await t.close();
  await closeDb();
});

interface Fixture {
  campaignId: string;
  slug: string;
  officialId: string;
  embassyId: string;
  strangerId: string;
  /** The responsible state and the supporter country of its embassy: user-assigned ISO codes, unique in this file. */
  state: string;
  embassyHost: string;
}

let fixtureCount = 0;

const allKinds: ChannelKind[] = ["tweet", "email", "call", "solidarity", "letter"];

async function createTarget(values: Partial<typeof schema.targets.$inferInsert> = {}): Promise<string> {
  const [row] = await t.db
    .insert(schema.targets)
    .values({ kind: "official", name: `Target ${randomUUID()}`, isExample: false, ...values })
    .returning({ id: schema.targets.id });
  created.targets.push(row!.id);
  return row!.id;
}

/** A published campaign with a fixed official, an embassy rule with one known embassy, and one unrelated target. */
async function createCampaign(values: Partial<typeof schema.campaigns.$inferInsert> = {}): Promise<Fixture> {
  const slug = randomSlug("channels");
  const [campaign] = await t.db
    .insert(schema.campaigns)
    .values({ slug, title: "Channels test", summary: "Made by a test.", status: "published", actionKinds: allKinds, ...values })
    .returning({ id: schema.campaigns.id });
  const campaignId = campaign!.id;
  created.campaigns.push(campaignId);
  const officialId = await createTarget({ xHandle: "OfficialHandle", email: "official@example.org", phone: "+1 555 0100" });
  const state = `X${String.fromCharCode(65 + (fixtureCount++ % 25))}`;
  const embassyHost = "XZ";
  const embassyId = await createTarget({ kind: "embassy", representedState: state, hostCountry: embassyHost, name: "Embassy test" });
  const strangerId = await createTarget();
  await t.db.insert(schema.campaignTargets).values([
    { campaignId, rule: "fixed", targetId: officialId, position: 0 },
    { campaignId, rule: "embassy", responsibleState: state, position: 1 },
  ]);
  return { campaignId, slug, officialId, embassyId, strangerId, state, embassyHost };
}

function input(fixture: Fixture, overrides: Partial<SupporterActionInput> = {}): SupporterActionInput {
  return {
    campaignSlug: fixture.slug,
    kind: "tweet",
    targetId: fixture.officialId,
    idempotencyKey: randomUUID(),
    selfReported: false,
    status: "confirmed",
    ...overrides,
  };
}

async function rowsOf(campaignId: string) {
  return t.db.select().from(schema.actions).where(eq(schema.actions.campaignId, campaignId));
}

describe("recordSupporterAction", () => {
  it("writes exactly one row per recorder with the right kind, status and self_reported", async () => {
    const fixture = await createCampaign();
    const cases: { kind: ChannelKind; status: "confirmed" | "pending"; selfReported: boolean; targetId: string | null }[] = [
      { kind: "tweet", status: "confirmed", selfReported: false, targetId: fixture.officialId },
      { kind: "email", status: "confirmed", selfReported: true, targetId: fixture.officialId },
      { kind: "call", status: "confirmed", selfReported: true, targetId: fixture.officialId },
      { kind: "letter", status: "confirmed", selfReported: true, targetId: fixture.officialId },
      { kind: "solidarity", status: "pending", selfReported: false, targetId: null },
    ];
    for (const expected of cases) {
      const before = (await rowsOf(fixture.campaignId)).length;
      const outcome = await recordSupporterAction(input(fixture, expected), []);
      expect(outcome).toBe("recorded");
      const rows = await rowsOf(fixture.campaignId);
      expect(rows).toHaveLength(before + 1);
      const row = rows.find((r) => r.kind === expected.kind)!;
      expect(row).toMatchObject({ status: expected.status, selfReported: expected.selfReported, targetId: expected.targetId });
      expect(row.emailHash).toBeNull();
      if (expected.status === "confirmed") expect(row.confirmedAt).toBeInstanceOf(Date);
      else expect(row.confirmedAt).toBeNull();
    }
  });

  it("stores a tweet's text hash and nothing personal", async () => {
    const fixture = await createCampaign();
    await recordSupporterAction(input(fixture, { textHash: "abc123", country: "CA" }), []);
    const [row] = await rowsOf(fixture.campaignId);
    expect(row).toMatchObject({ textHash: "abc123", country: "CA", nameCiphertext: null, ipHash: null, emailCiphertext: null });
  });

  it("makes a double click one row", async () => {
    const fixture = await createCampaign();
    const same = input(fixture, { kind: "call", selfReported: true });
    const outcomes = await Promise.all([recordSupporterAction(same, []), recordSupporterAction(same, [])]);
    expect(outcomes.sort()).toEqual(["recorded", "repeat"]);
    expect(await rowsOf(fixture.campaignId)).toHaveLength(1);
  });

  it("accepts the embassy of a responsible state and refuses a target of no rule", async () => {
    const fixture = await createCampaign();
    expect(await recordSupporterAction(input(fixture, { targetId: fixture.embassyId }), [])).toBe("recorded");
    expect(await recordSupporterAction(input(fixture, { targetId: fixture.strangerId }), [])).toBe("unknown_target");
    expect(await rowsOf(fixture.campaignId)).toHaveLength(1);
  });

  it("refuses campaigns that do not collect this kind now", async () => {
    const paused = await createCampaign({ collectionPaused: true });
    const closed = await createCampaign({ status: "closed" });
    const draft = await createCampaign({ status: "draft" });
    const tweetsOnly = await createCampaign({ actionKinds: ["tweet"] });
    expect(await recordSupporterAction(input(paused), [])).toBe("closed");
    expect(await recordSupporterAction(input(closed), [])).toBe("closed");
    expect(await recordSupporterAction(input(draft), [])).toBe("closed");
    expect(await recordSupporterAction(input(tweetsOnly, { kind: "call", selfReported: true }), [])).toBe("closed");
    expect(await recordSupporterAction(input(fixture404()), [])).toBe("closed");
    for (const fixture of [paused, closed, draft, tweetsOnly]) expect(await rowsOf(fixture.campaignId)).toHaveLength(0);
  });

  it("keeps a named solidarity message's name encrypted, and public only when allowed", async () => {
    const fixture = await createCampaign();
    const message = { kind: "solidarity" as const, status: "pending" as const, targetId: null, personalText: "  Stay strong.  " };
    await recordSupporterAction(input(fixture, { ...message, name: "Ana Souza", showName: true, ipHash: "ip-hash" }), []);
    await recordSupporterAction(input(fixture, { ...message, name: null, showName: false }), []);
    const rows = (await rowsOf(fixture.campaignId)).sort((a, b) => a.id - b.id);
    expect(rows[0]).toMatchObject({ publicName: "Ana Souza", showName: true, ipHash: "ip-hash", legacyPersonalText: null });
    expect(decrypt(rows[0]!.nameCiphertext!)).toBe("Ana Souza");
    // The message is sealed; repeats are found by the keyed hash of its normalised text.
    expect(decrypt(rows[0]!.personalTextCiphertext!)).toBe("Stay strong.");
    expect(JSON.stringify(rows)).not.toMatch(/stay strong/i);
    expect(rows[0]!.textHash).toBe(submittedTextHash("stay strong."));
    expect(rows[1]!.textHash).toBe(rows[0]!.textHash);
    expect(rows[1]).toMatchObject({ publicName: null, showName: false, nameCiphertext: null });
  });

  it("never stores a name or an IP hash on a high-risk campaign", async () => {
    const fixture = await createCampaign({ highRisk: true });
    await recordSupporterAction(
      input(fixture, { kind: "solidarity", status: "pending", targetId: null, name: "Ana", showName: true, ipHash: "ip", personalText: "Hi" }),
      [],
    );
    const [row] = await rowsOf(fixture.campaignId);
    expect(row).toMatchObject({ nameCiphertext: null, publicName: null, showName: false, ipHash: null });
    expect(decrypt(row!.personalTextCiphertext!)).toBe("Hi");
  });

  it("seals a call's outcome note, and stores none when it is blank", async () => {
    const fixture = await createCampaign();
    const call = { kind: "call" as const, status: "confirmed" as const, selfReported: true };
    await recordSupporterAction(input(fixture, { ...call, personalText: "They took a message for the minister." }), []);
    await recordSupporterAction(input(fixture, { ...call, personalText: "   " }), []);
    const rows = (await rowsOf(fixture.campaignId)).sort((a, b) => a.id - b.id);
    expect(decrypt(rows[0]!.personalTextCiphertext!)).toBe("They took a message for the minister.");
    expect(rows[0]!.legacyPersonalText).toBeNull();
    expect(JSON.stringify(rows)).not.toContain("took a message");
    expect(rows[1]!.personalTextCiphertext).toBeNull();
  });

  it("trips the rate limit and records nothing past it", async () => {
    const fixture = await createCampaign();
    const charges = [{ key: `${created.limitPrefix}:ip`, points: 2, windowSeconds: 60 }];
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push(await recordSupporterAction(input(fixture), charges));
    expect(outcomes).toEqual(["recorded", "recorded", "rate_limited"]);
    expect(await rowsOf(fixture.campaignId)).toHaveLength(2);
  });
});

/** A campaign slug that does not exist. */
function fixture404(): Fixture {
  const id = randomUUID();
  return { campaignId: id, slug: randomSlug("missing"), officialId: id, embassyId: id, strangerId: id, state: "XX", embassyHost: "XZ" };
}

describe("listChannelOffers", () => {
  it("gives each resolved target its own template, else the general one, with its contact details", async () => {
    const fixture = await createCampaign({ hashtags: ["FreeThem"] });
    await t.db.insert(schema.templates).values([
      { campaignId: fixture.campaignId, kind: "tweet", body: "General tweet" },
      { campaignId: fixture.campaignId, kind: "tweet", body: "Tweet for the official", targetId: fixture.officialId },
      { campaignId: fixture.campaignId, kind: "tweet", body: "Tweet en français", language: "fr" },
    ]);
    const offers = await listChannelOffers(fixture.campaignId, "tweet", fixture.embassyHost);
    const byTarget = new Map(offers.map((offer) => [offer.target.target.id, offer]));
    expect(byTarget.get(fixture.officialId)?.template?.body).toBe("Tweet for the official");
    expect(byTarget.get(fixture.officialId)?.target).toMatchObject({ xHandle: "OfficialHandle", email: "official@example.org", contactable: true });
    expect(byTarget.get(fixture.embassyId)?.template?.body).toBe("General tweet");
    expect(byTarget.get(fixture.embassyId)?.target.reason).toBe("embassy_in_supporter_country");
  });

  it("leaves the embassy out for a supporter where none is known", async () => {
    const fixture = await createCampaign();
    const offers = await listChannelOffers(fixture.campaignId, "email", "FR");
    expect(offers.map((offer) => offer.target.target.id)).toEqual([fixture.officialId]);
  });
});

describe("getChannelCampaign", () => {
  it("says whether the campaign collects this kind", async () => {
    const open = await createCampaign({ actionKinds: ["tweet"] });
    const paused = await createCampaign({ collectionPaused: true });
    expect(await getChannelCampaign(open.slug, "tweet")).toMatchObject({ offersKind: true, collecting: true, defenderNames: [] });
    expect(await getChannelCampaign(open.slug, "call")).toMatchObject({ offersKind: false, collecting: false });
    expect(await getChannelCampaign(paused.slug, "tweet")).toMatchObject({ offersKind: true, collecting: false });
    expect(await getChannelCampaign((await createCampaign({ status: "draft" })).slug, "tweet")).toBeNull();
  });
});
