/**
 * Channel health against a real Postgres (ADR 0028): organisers' marks are
 * limited to those whose campaigns address the target (and admins) and
 * audited; supporters' reports are deduplicated per reporter and count
 * toward "failing" only from distinct reporters; a failing embassy email
 * gives way to the campaign's fallback target on the supporter pages;
 * a hard bounce from the outbox marks a target's email failing.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import type { Role } from "@/lib/permissions";
import { createTestDb, randomEmail, randomSlug, type TestDatabase } from "@/test/db";
import { channelHealthOf, listCampaignChannelWarnings, markTargetChannel, recordChannelReport, recordRecipientRefused } from "./channel-health";
import { resolveSupporterTargets } from "./supporter-targets";

let t: TestDatabase;
const created = { campaigns: [] as string[], targets: [] as string[], users: [] as string[] };
// A state code no other test uses for embassies, so resolution sees only this test's targets.
const state = "ZX";
const host = "ZY";
let owner: { id: string; role: Role; email: string };
let other: { id: string; role: Role; email: string };
let supporter: { id: string; role: Role; email: string };
let admin: { id: string; role: Role; email: string };
let campaign: { id: string; slug: string };
let embassyId: string;
let ministryId: string;

async function user(role: Role) {
  const email = randomEmail();
  const [row] = await t.db.insert(schema.users).values({ email, role }).returning({ id: schema.users.id });
  created.users.push(row!.id);
  return { id: row!.id, role, email };
}

async function target(values: Partial<typeof schema.targets.$inferInsert> & { kind: schema.Target["kind"] }) {
  const [row] = await t.db
    .insert(schema.targets)
    .values({ name: `Health test ${randomUUID().slice(0, 8)}`, isExample: false, ...values })
    .returning({ id: schema.targets.id });
  created.targets.push(row!.id);
  return row!.id;
}

beforeAll(async () => {
  t = createTestDb();
  [owner, other, supporter, admin] = [await user("organiser"), await user("organiser"), await user("supporter"), await user("admin")];
  const slug = randomSlug("health");
  const [row] = await t.db
    .insert(schema.campaigns)
    .values({ slug, title: "Health test", summary: "Made by a test.", status: "published", actionKinds: ["email", "letter"] })
    .returning({ id: schema.campaigns.id });
  campaign = { id: row!.id, slug };
  created.campaigns.push(row!.id);
  await t.db.insert(schema.campaignOrganisers).values({ campaignId: row!.id, userId: owner.id, role: "owner" });
  embassyId = await target({ kind: "embassy", representedState: state, hostCountry: host, email: `embassy-${randomUUID()}@example.org` });
  ministryId = await target({ kind: "ministry", representedState: state, hostCountry: state, email: `ministry-${randomUUID()}@example.org` });
  await t.db.insert(schema.campaignTargets).values([
    { campaignId: row!.id, rule: "embassy", responsibleState: state },
    { campaignId: row!.id, rule: "fallback", responsibleState: state, targetId: ministryId, position: 1 },
  ]);
});

afterAll(async () => {
  if (created.campaigns.length) await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, created.campaigns));
  if (created.targets.length) await t.db.delete(schema.targets).where(inArray(schema.targets.id, created.targets));
  if (created.users.length) await t.db.delete(schema.users).where(inArray(schema.users.id, created.users));
  await t.close();
  await closeDb();
});

async function healthOf(targetId: string) {
  return (await channelHealthOf([targetId], ["email"])).get(`${targetId}|email`);
}

describe("organisers' marks", () => {
  it("refuse another organiser and a supporter, and write nothing", async () => {
    await expect(markTargetChannel(other, { targetId: embassyId, channel: "email", working: false, reason: "No" })).rejects.toMatchObject({ reason: "notFound" });
    await expect(markTargetChannel(supporter, { targetId: embassyId, channel: "email", working: false, reason: "No" })).rejects.toMatchObject({ reason: "forbidden" });
    const rows = await t.db.select().from(schema.targetChannelEvents).where(eq(schema.targetChannelEvents.targetId, embassyId));
    expect(rows).toEqual([]);
  });

  it("let the campaign's organiser mark its embassy failing (audited), and the supporter is offered the fallback with the reason", async () => {
    expect((await resolveSupporterTargets(campaign.id, "email", host)).map((r) => r.target.id)).toEqual([embassyId]);
    const result = await markTargetChannel(owner, { targetId: embassyId, channel: "email", working: false, reason: "Bounces since December" });
    expect(result.campaignSlugs).toEqual([campaign.slug]);
    expect(await healthOf(embassyId)).toMatchObject({ status: "failing", cause: "organiser", reason: "Bounces since December" });
    const [offered] = await resolveSupporterTargets(campaign.id, "email", host);
    expect(offered).toMatchObject({ target: { id: ministryId }, reason: "fallback_channel_failing", replaces: { target: { id: embassyId }, problem: { reason: "Bounces since December" } } });
    // Other channels are untouched: the letter still goes to the embassy.
    expect((await resolveSupporterTargets(campaign.id, "letter", host)).map((r) => r.target.id)).toEqual([embassyId]);
    expect((await listCampaignChannelWarnings(owner, campaign.id)).map((w) => w.targetId)).toEqual([embassyId]);
    const audits = await t.db
      .select({ action: schema.auditLog.action })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entityId, embassyId), eq(schema.auditLog.actorId, owner.id)));
    expect(audits.map((a) => a.action)).toEqual(["target.channel.failing"]);
  });

  it("let an admin mark it working again, which clears it", async () => {
    await markTargetChannel(admin, { targetId: embassyId, channel: "email", working: true, reason: "Checked by phone" });
    expect((await healthOf(embassyId))?.status).toBe("working");
    expect((await resolveSupporterTargets(campaign.id, "email", host)).map((r) => r.target.id)).toEqual([embassyId]);
  });
});

describe("supporters' reports", () => {
  it("are deduplicated per reporter and make the channel failing from three distinct reporters", async () => {
    const report = (requestKey: string | null) => recordChannelReport({ campaignSlug: campaign.slug, targetId: ministryId, channel: "email", requestKey }, []);
    expect(await report("ip-a")).toBe("recorded");
    expect(await report("ip-a")).toBe("repeat");
    expect(await report("ip-b")).toBe("recorded");
    expect(await report(null)).toBe("recorded");
    expect(await healthOf(ministryId)).toMatchObject({ status: "unknown", reports: 2 });
    expect(await report("ip-c")).toBe("recorded");
    expect(await healthOf(ministryId)).toMatchObject({ status: "failing", cause: "reports", reports: 3 });
    const rows = await t.db.select().from(schema.targetChannelEvents).where(eq(schema.targetChannelEvents.targetId, ministryId));
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.reporterHash === null || !row.reporterHash.includes("ip-"))).toBe(true);
  });

  it("are refused for a target the campaign does not address, or a campaign that is not public", async () => {
    const stranger = await target({ kind: "official", email: "stranger@example.org" });
    expect(await recordChannelReport({ campaignSlug: campaign.slug, targetId: stranger, channel: "email", requestKey: "ip-a" }, [])).toBe("unknown_target");
    expect(await recordChannelReport({ campaignSlug: "no-such-campaign", targetId: ministryId, channel: "email", requestKey: "ip-z" }, [])).toBe("unknown_target");
  });
});

describe("hard bounces", () => {
  it("mark the email of every target with the refused address failing", async () => {
    const address = `bounce-${randomUUID()}@example.org`;
    const bounced = await target({ kind: "official", email: address });
    expect(await recordRecipientRefused(address.toUpperCase(), "550 5.1.1 no such user")).toBe(1);
    expect(await healthOf(bounced)).toMatchObject({ status: "failing", cause: "bounce" });
    expect(await recordRecipientRefused(`nobody-${randomUUID()}@example.org`, "550")).toBe(0);
  });
});
