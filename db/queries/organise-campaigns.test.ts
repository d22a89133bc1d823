import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import type { Role } from "@/lib/permissions";
import {
  attachCampaignTarget,
  changeCampaignStatus,
  createCampaign,
  getCampaignForEdit,
  listCampaignsForOrganiser,
  updateCampaign,
  type CampaignFields,
} from "./organise-campaigns";
import { decideModerationItems } from "./moderation-decisions";
import { addDefenderOrganiser, createDefender, recordConsent, setDefenderQuiet, updateDefender, getDefenderForEdit } from "./organise-defenders";

let t: TestDatabase;
const userIds: string[] = [];
const campaignIds: string[] = [];
const defenderIds: string[] = [];

async function user(role: Role) {
  const id = randomUUID();
  await t.sql`insert into users (id, email, role) values (${id}, ${`${id}@example.org`}, ${role})`;
  userIds.push(id);
  return { id, role, email: `${id}@example.org` };
}

function fields(overrides: Partial<CampaignFields> = {}): CampaignFields {
  return {
    title: "Free the lawyer",
    slug: randomSlug("org"),
    summary: "Detained for her work.",
    ask: "Release her.",
    storyMarkdown: "",
    goal: 100,
    deadline: null,
    hashtags: [],
    highRisk: false,
    actionKinds: ["letter"],
    defenderIds: [],
    ...overrides,
  };
}

async function newCampaign(owner: Awaited<ReturnType<typeof user>>, overrides: Partial<CampaignFields> = {}) {
  const input = fields(overrides);
  const result = await createCampaign(owner, input);
  if (!result.ok) throw new Error(result.reason);
  campaignIds.push(result.id);
  return { id: result.id, input };
}

async function auditActions(entityId: string): Promise<string[]> {
  const rows = await t.sql<{ action: string }[]>`select action from audit_log where entity_id = ${entityId} order by id`;
  return rows.map((r) => r.action);
}

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  if (campaignIds.length) await t.sql`delete from campaigns where id = any(${campaignIds}::uuid[])`;
  if (defenderIds.length) await t.sql`delete from defenders where id = any(${defenderIds}::uuid[])`;
  if (userIds.length) await t.sql`delete from users where id = any(${userIds})`;
  await closeDb();
  await t?.close();
});

describe("campaign authoring", () => {
  it("creates a draft owned by its author, with its first status change and audit entry", async () => {
    const owner = await user("organiser");
    const { id } = await newCampaign(owner);
    const [organiser] = await t.sql`select role from campaign_organisers where campaign_id = ${id} and user_id = ${owner.id}`;
    expect(organiser?.role).toBe("owner");
    const changes = await t.sql`select from_status, to_status, changed_by from campaign_status_changes where campaign_id = ${id}`;
    expect(changes).toEqual([{ from_status: null, to_status: "draft", changed_by: owner.id }]);
    expect(await auditActions(id)).toEqual(["campaign.create"]);
    expect((await listCampaignsForOrganiser(owner)).map((c) => c.id)).toContain(id);
  });

  it("refuses a taken slug", async () => {
    const owner = await user("organiser");
    const { input } = await newCampaign(owner);
    expect(await createCampaign(owner, fields({ slug: input.slug }))).toEqual({ ok: false, reason: "slugTaken" });
  });

  it("hides a campaign from other organisers and supporters", async () => {
    const owner = await user("organiser");
    const other = await user("organiser");
    const supporter = await user("supporter");
    const { id } = await newCampaign(owner);
    expect((await listCampaignsForOrganiser(other)).map((c) => c.id)).not.toContain(id);
    expect(await listCampaignsForOrganiser(supporter)).toEqual([]);
    await expect(getCampaignForEdit(other, id)).rejects.toMatchObject({ reason: "notFound" });
    await expect(getCampaignForEdit(supporter, id)).rejects.toMatchObject({ reason: "notFound" });
    await expect(updateCampaign(other, id, fields())).rejects.toMatchObject({ reason: "notFound" });
    await expect(changeCampaignStatus(other, id, "in_review")).rejects.toMatchObject({ reason: "notFound" });
    await expect(changeCampaignStatus(supporter, id, "in_review")).rejects.toMatchObject({ reason: "notFound" });
  });

  it("sums live counts from the counter table", async () => {
    const owner = await user("organiser");
    const { id } = await newCampaign(owner);
    await t.sql`insert into action_counters (campaign_id, kind, country, confirmed, self_reported) values
      (${id}, 'letter', 'GB', 5, 2), (${id}, 'tweet', 'FR', 3, 0)`;
    const row = (await listCampaignsForOrganiser(owner)).find((c) => c.id === id);
    expect(row).toMatchObject({ confirmed: 8, reported: 2 });
  });
});

describe("lifecycle", () => {
  it("goes draft -> review -> (admin) published -> paused -> won, recording who and when", async () => {
    const owner = await user("organiser");
    const admin = await user("admin");
    const { id } = await newCampaign(owner);
    await expect(changeCampaignStatus(owner, id, "published")).rejects.toMatchObject({ reason: "notAllowed" });
    expect(await changeCampaignStatus(owner, id, "in_review")).toMatchObject({ ok: true, to: "in_review" });
    await expect(changeCampaignStatus(owner, id, "published")).rejects.toMatchObject({ reason: "notAllowed" });
    // Out of review, only the moderation decision publishes (ADR 0015).
    await expect(changeCampaignStatus(admin, id, "published")).rejects.toMatchObject({ reason: "notAllowed" });
    expect(await decideModerationItems(admin, [{ type: "campaign", id }], { verdict: "approve", reasonId: null, note: null })).toMatchObject({ decided: 1 });
    expect(await changeCampaignStatus(owner, id, "paused")).toMatchObject({ ok: true });
    expect(await changeCampaignStatus(owner, id, "won")).toMatchObject({ ok: true });
    await expect(changeCampaignStatus(owner, id, "published")).rejects.toMatchObject({ reason: "notAllowed" });

    const changes = await t.sql`select to_status, changed_by from campaign_status_changes where campaign_id = ${id} order by changed_at, id`;
    expect(changes.map((c) => c.to_status)).toEqual(["draft", "in_review", "published", "paused", "won"]);
    expect(changes[2]!.changed_by).toBe(admin.id);
    const [row] = await t.sql`select published_at, closed_at from campaigns where id = ${id}`;
    expect(row!.published_at).not.toBeNull();
    expect(row!.closed_at).not.toBeNull();
    expect(await auditActions(id)).toEqual(["campaign.create", "campaign.status", "moderation.decide", "campaign.status", "campaign.status"]);
  });
});

describe("edits to a published campaign (ADR 0008)", () => {
  async function publishedCampaign() {
    const owner = await user("organiser");
    const admin = await user("admin");
    const created = await newCampaign(owner);
    await changeCampaignStatus(owner, created.id, "in_review");
    await decideModerationItems(admin, [{ type: "campaign", id: created.id }], { verdict: "approve", reasonId: null, note: null });
    return { owner, ...created };
  }

  it("keeps housekeeping edits (goal, deadline, hashtags) live", async () => {
    const { owner, id, input } = await publishedCampaign();
    const result = await updateCampaign(owner, id, { ...input, goal: 5000, hashtags: ["FreeHer"], deadline: new Date("2030-01-01") });
    expect(result).toMatchObject({ ok: true, sentBackToReview: false, public: true });
    expect((await getCampaignForEdit(owner, id))?.status).toBe("published");
  });

  it("sends content edits back to review", async () => {
    const { owner, id, input } = await publishedCampaign();
    const result = await updateCampaign(owner, id, { ...input, storyMarkdown: "A different story." });
    expect(result).toMatchObject({ ok: true, sentBackToReview: true });
    expect((await getCampaignForEdit(owner, id))?.status).toBe("in_review");
    expect((await auditActions(id)).at(-1)).toBe("campaign.edit.review");
  });

  it("sends a new target back to review", async () => {
    const { owner, id } = await publishedCampaign();
    const result = await attachCampaignTarget(owner, id, { rule: "embassy", responsibleState: "CN", targetId: null, actionKinds: [] });
    expect(result).toMatchObject({ ok: true, sentBackToReview: true });
    const [row] = await t.sql`select rule, responsible_state from campaign_targets where campaign_id = ${id}`;
    expect(row).toEqual({ rule: "embassy", responsible_state: "CN" });
  });
});

describe("defender profiles", () => {
  it("are edited by their creator only, consent and going quiet are audited, and quiet hides their campaigns", async () => {
    const owner = await user("organiser");
    const other = await user("organiser");
    const created = await createDefender(owner, {
      name: "Test Defender",
      nameNative: null,
      slug: randomSlug("def"),
      country: "CN",
      profession: null,
      status: "detained",
      summary: "A lawyer.",
      storyMarkdown: "",
      photoAlt: null,
    });
    if (!created.ok) throw new Error(created.reason);
    defenderIds.push(created.id);
    await expect(getDefenderForEdit(other, created.id)).rejects.toMatchObject({ reason: "notFound" });
    await expect(setDefenderQuiet(other, created.id, true)).rejects.toMatchObject({ reason: "notFound" });

    const campaign = await newCampaign(owner, { defenderIds: [created.id] });
    // A co-organiser of a campaign about the defender gets nothing on the profile (ADR 0016)...
    await t.sql`insert into campaign_organisers (campaign_id, user_id) values (${campaign.id}, ${other.id})`;
    await expect(getDefenderForEdit(other, created.id)).rejects.toMatchObject({ reason: "notFound" });
    // ...until the defender's organisers add them to the profile's team.
    expect(await addDefenderOrganiser(owner, created.id, other.email)).toMatchObject({ ok: true });
    expect(await getDefenderForEdit(other, created.id)).not.toBeNull();

    expect(await recordConsent(owner, created.id, { status: "given_by_family", givenBy: "Her brother", method: "Phone", givenOn: "2026-01-02", note: null })).toMatchObject({ ok: true });
    expect(await recordConsent(owner, created.id, { status: "withdrawn", givenBy: null, method: null, givenOn: null, note: "Asked to stop" })).toMatchObject({ ok: true });

    const quiet = await setDefenderQuiet(owner, created.id, true);
    expect(quiet).toMatchObject({ ok: true, campaignSlugs: [campaign.input.slug] });
    const [row] = await t.sql`select paused, consent_status, consent_recorded_by from defenders where id = ${created.id}`;
    expect(row).toEqual({ paused: true, consent_status: "withdrawn", consent_recorded_by: owner.id });
    expect(await auditActions(created.id)).toEqual(["defender.create", "defender.organiser.add", "defender.consent", "defender.consent.withdraw", "defender.quiet"]);

    const renamed = await updateDefender(owner, created.id, {
      name: "Renamed",
      nameNative: null,
      slug: randomSlug("def"),
      country: "CN",
      profession: null,
      status: "released",
      summary: "A lawyer.",
      storyMarkdown: "",
      photoAlt: null,
    });
    expect(renamed).toMatchObject({ ok: true });
    if (renamed.ok) expect(renamed.slugs).toHaveLength(2);
  });
});

describe("status moves, gated on the real move (lib/campaign-status.ts)", () => {
  it("needs the move's own permission in its own scope: an admin sends anyone's campaign back but submits only their own", async () => {
    const owner = await user("organiser");
    const stranger = await user("organiser");
    const admin = await user("admin");
    const { id } = await newCampaign(owner);
    // draft -> in_review needs campaign:submit, which admins hold for their own campaigns only.
    await expect(changeCampaignStatus(admin, id, "in_review")).rejects.toMatchObject({ reason: "notAllowed" });
    await expect(changeCampaignStatus(stranger, id, "in_review")).rejects.toMatchObject({ reason: "notFound" });
    expect(await changeCampaignStatus(owner, id, "in_review")).toMatchObject({ ok: true, from: "draft", to: "in_review" });
    // in_review -> draft needs campaign:edit, which admins hold for any campaign.
    expect(await changeCampaignStatus(admin, id, "draft")).toMatchObject({ ok: true, from: "in_review", to: "draft" });
    // A move the lifecycle does not have is refused for everyone, whatever their role.
    await expect(changeCampaignStatus(admin, id, "won")).rejects.toMatchObject({ reason: "notAllowed" });
    const changes = await t.sql`select to_status from campaign_status_changes where campaign_id = ${id} order by changed_at, id`;
    expect(changes.map((c) => c.to_status)).toEqual(["draft", "in_review", "draft"]);
  });
});
