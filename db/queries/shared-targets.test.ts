/**
 * Targets are one shared directory. Against a real Postgres: a change to a
 * target that other organisers' campaigns address is held for an admin's
 * review and never reaches supporters before; a delivery's target must be
 * one its campaign addresses.
 */
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import type { Role } from "@/lib/permissions";
import { createTestDb, randomEmail, randomSlug, type TestDatabase } from "@/test/db";
import { recordDelivery } from "./delivery";
import { decideTargetRevision, listPendingTargetRevisions, updateTarget, type TargetWrite } from "./targets-directory";

let t: TestDatabase;
const created = { campaigns: [] as string[], targets: [] as string[] };

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  if (created.campaigns.length) await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, created.campaigns));
  if (created.targets.length) await t.db.delete(schema.targets).where(inArray(schema.targets.id, created.targets));
  await t.close();
  await closeDb();
});

async function user(role: Role) {
  const email = randomEmail();
  const [row] = await t.db.insert(schema.users).values({ email, role }).returning({ id: schema.users.id });
  return { id: row!.id, role, email };
}

const fields = (overrides: Partial<TargetWrite> = {}): TargetWrite => ({
  kind: "ministry", honorific: null, name: `Shared ministry ${randomSlug("t")}`, title: null, representedState: "CN", hostCountry: "CN",
  addressLines: ["1 Old Road"], city: "Beijing", postcode: null, phone: "+86 10 1234 5678", email: "minister@example.org",
  xHandle: null, blueskyHandle: null, website: null, language: "zh", isExample: true, ...overrides,
});

async function targetRow(write: TargetWrite) {
  const [row] = await t.db.insert(schema.targets).values(write).returning({ id: schema.targets.id });
  created.targets.push(row!.id);
  return row!.id;
}

async function campaignAddressing(organiser: { id: string }, targetId: string | null, rule: "fixed" | "embassy" = "fixed", state: string | null = null) {
  const [campaign] = await t.db
    .insert(schema.campaigns)
    .values({ slug: randomSlug("shared"), title: "Shared target test", summary: "Made by a test.", status: "published" })
    .returning({ id: schema.campaigns.id });
  created.campaigns.push(campaign!.id);
  await t.db.insert(schema.campaignOrganisers).values({ campaignId: campaign!.id, userId: organiser.id, role: "owner" });
  await t.db.insert(schema.campaignTargets).values({ campaignId: campaign!.id, rule, targetId, responsibleState: state });
  return campaign!.id;
}

async function live(id: string) {
  const [row] = await t.db.select().from(schema.targets).where(eq(schema.targets.id, id));
  return row!;
}

describe("shared targets", () => {
  it("holds another organiser's change to a target a campaign uses until an admin approves it", async () => {
    const owner = await user("organiser");
    const other = await user("organiser");
    const admin = await user("admin");
    const original = fields();
    const targetId = await targetRow(original);
    await campaignAddressing(owner, targetId);

    const result = await updateTarget(other, targetId, { ...original, email: "attacker@example.org", phone: "+44 20 0000 0000" }, []);

    expect(result).toEqual({ campaignSlugs: [], heldForReview: true });
    expect(await live(targetId)).toMatchObject({ email: "minister@example.org", phone: "+86 10 1234 5678" });
    // Nothing for organisers outside the review; the target's own page shows what waits.
    expect(await listPendingTargetRevisions(other)).toEqual([]);
    const waiting = await listPendingTargetRevisions(admin);
    const mine = waiting.filter((r) => r.targetId === targetId);
    expect(mine.map((r) => r.changes)).toEqual([{ email: "attacker@example.org", phone: "+44 20 0000 0000" }]);
    expect(mine[0]!.current).toEqual({ email: "minister@example.org", phone: "+86 10 1234 5678" });
    expect((await listPendingTargetRevisions(owner, targetId)).map((r) => r.id)).toEqual([mine[0]!.id]);

    await expect(decideTargetRevision(other, mine[0]!.id, "granted", null)).rejects.toMatchObject({ reason: "notFound" });
    expect(await live(targetId)).toMatchObject({ email: "minister@example.org" });
    const approved = await decideTargetRevision(admin, mine[0]!.id, "granted", null);
    expect(approved.ok).toBe(true);
    expect(await live(targetId)).toMatchObject({ email: "attacker@example.org", phone: "+44 20 0000 0000", name: original.name });
    await expect(decideTargetRevision(admin, mine[0]!.id, "refused", null)).rejects.toMatchObject({ reason: "notFound" });
  });

  it("counts an embassy addressed through the embassy rule as used", async () => {
    const owner = await user("organiser");
    const other = await user("organiser");
    const admin = await user("admin");
    const state = "KP";
    const embassy = fields({ kind: "embassy", representedState: state, hostCountry: "CA" });
    const targetId = await targetRow(embassy);
    await campaignAddressing(owner, null, "embassy", state);

    expect(await updateTarget(other, targetId, { ...embassy, xHandle: "fake_embassy" }, [])).toMatchObject({ heldForReview: true });
    expect((await live(targetId)).xHandle).toBeNull();
    const [revision] = (await listPendingTargetRevisions(admin, targetId)).filter((r) => r.targetId === targetId);
    expect(await decideTargetRevision(admin, revision!.id, "refused", "Not on the embassy's website")).toEqual({ ok: true, campaignSlugs: [] });
    expect((await live(targetId)).xHandle).toBeNull();
    const audit = await t.db.select({ action: schema.auditLog.action }).from(schema.auditLog).where(eq(schema.auditLog.entityId, targetId));
    expect(audit.map((a) => a.action).sort()).toEqual(["target.revision.propose", "target.revision.refuse"]);
  });

  it("applies at once the edits of admins, and of organisers whose own campaigns are the only users", async () => {
    const owner = await user("organiser");
    const admin = await user("admin");
    const original = fields();
    const targetId = await targetRow(original);
    await campaignAddressing(owner, targetId);

    expect(await updateTarget(owner, targetId, { ...original, city: "Shanghai" }, [])).toMatchObject({ heldForReview: false });
    expect((await live(targetId)).city).toBe("Shanghai");
    expect(await updateTarget(admin, targetId, { ...original, city: "Tianjin" }, [])).toMatchObject({ heldForReview: false });
    expect((await live(targetId)).city).toBe("Tianjin");

    const unused = await targetRow(fields());
    const stranger = await user("organiser");
    expect(await updateTarget(stranger, unused, { ...fields(), email: "new@example.org" }, [])).toMatchObject({ heldForReview: false });
  });
});

describe("deliveries", () => {
  it("refuses a delivery to a target the campaign does not address", async () => {
    const owner = await user("organiser");
    const mine = await targetRow(fields());
    const someoneElses = await targetRow(fields());
    const campaignId = await campaignAddressing(owner, mine);
    const delivery = { deliveredOn: "2026-02-01", method: "post", actionCount: 10, response: null };

    expect(await recordDelivery(owner, campaignId, { ...delivery, targetId: someoneElses })).toEqual({ refused: "targetNotInCampaign" });
    expect(await recordDelivery(owner, campaignId, { ...delivery, targetId: "not-a-uuid" })).toEqual({ refused: "targetNotInCampaign" });
    const rows = await t.db.select().from(schema.deliveries).where(eq(schema.deliveries.campaignId, campaignId));
    expect(rows).toEqual([]);
    expect(await recordDelivery(owner, campaignId, { ...delivery, targetId: mine })).toMatchObject({ id: expect.any(String) });
  });
});
