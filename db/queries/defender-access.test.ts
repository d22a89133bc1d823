/**
 * Who may touch a defender's profile, against a real Postgres. The outside
 * review's takeover: organiser B names organiser A's defender in a draft of
 * their own, and from then on counted as one of the defender's organisers
 * (profile, consent record, timeline, photo, status and "go quiet").
 */
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import type { Role } from "@/lib/permissions";
import { createTestDb, randomEmail, randomSlug, type TestDatabase } from "@/test/db";
import { createCampaign, getCampaignForEdit, listDefenderChoices, updateCampaign, type CampaignFields } from "./organise-campaigns";
import {
  addDefenderEvent,
  addDefenderOrganiser,
  createDefender,
  getDefenderForEdit,
  listDefenderEvents,
  listDefendersForOrganiser,
  recordConsent,
  removeDefenderOrganiser,
  setDefenderPhoto,
  setDefenderQuiet,
  updateDefender,
  type DefenderFields,
} from "./organise-defenders";

let t: TestDatabase;
const created = { users: [] as string[], campaigns: [] as string[], defenders: [] as string[] };

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  if (created.campaigns.length) await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, created.campaigns));
  if (created.defenders.length) await t.db.delete(schema.defenders).where(inArray(schema.defenders.id, created.defenders));
  await t.close();
  await closeDb();
});

async function user(role: Role) {
  const email = randomEmail();
  const [row] = await t.db.insert(schema.users).values({ email, role }).returning({ id: schema.users.id });
  created.users.push(row!.id);
  return { id: row!.id, role, email };
}

function defenderFields(overrides: Partial<DefenderFields> = {}): DefenderFields {
  return {
    name: "Access Test Defender",
    nameNative: null,
    slug: randomSlug("access-defender"),
    country: "CN",
    profession: "Lawyer",
    status: "detained",
    summary: "Made by the defender access test.",
    storyMarkdown: "",
    photoAlt: null,
    ...overrides,
  };
}

function campaignFields(defenderIds: string[]): CampaignFields {
  return {
    title: "Access test campaign",
    slug: randomSlug("access-campaign"),
    summary: "Made by the defender access test.",
    ask: "",
    storyMarkdown: "",
    goal: null,
    deadline: null,
    hashtags: [],
    highRisk: false,
    actionKinds: ["letter"],
    defenderIds,
  };
}

async function defenderOf(owner: { id: string; role: Role }, overrides: Partial<DefenderFields> = {}) {
  const result = await createDefender(owner, defenderFields(overrides));
  if (!result.ok) throw new Error("could not create the defender");
  created.defenders.push(result.id);
  return result.id;
}

async function snapshot(id: string) {
  const [row] = await t.db.select().from(schema.defenders).where(eq(schema.defenders.id, id));
  const events = await t.db.select({ id: schema.defenderEvents.id }).from(schema.defenderEvents).where(eq(schema.defenderEvents.defenderId, id));
  return { ...row, updatedAt: undefined, events: events.length };
}

describe("naming a defender on a campaign", () => {
  it("refuses another organiser's defender on a new campaign and writes nothing", async () => {
    const a = await user("organiser");
    const b = await user("organiser");
    const defenderId = await defenderOf(a);
    const fields = campaignFields([defenderId]);

    expect(await createCampaign(b, fields)).toEqual({ ok: false, reason: "defenderNotYours" });
    const rows = await t.db.select().from(schema.campaigns).where(eq(schema.campaigns.slug, fields.slug));
    expect(rows).toEqual([]);
    expect((await listDefenderChoices(b)).map((d) => d.id)).not.toContain(defenderId);
    expect((await listDefenderChoices(a)).map((d) => d.id)).toContain(defenderId);
  });

  it("refuses adding another organiser's defender to an existing campaign, keeps those already named", async () => {
    const a = await user("organiser");
    const b = await user("organiser");
    const theirs = await defenderOf(a);
    const mine = await defenderOf(b);
    const campaign = await createCampaign(b, campaignFields([mine]));
    if (!campaign.ok) throw new Error("campaign not created");
    created.campaigns.push(campaign.id);

    const fields = (await getCampaignForEdit(b, campaign.id))!;
    expect(await updateCampaign(b, campaign.id, { ...campaignFields([mine, theirs]), slug: fields.slug })).toEqual({ ok: false, reason: "defenderNotYours" });
    expect((await getCampaignForEdit(b, campaign.id))!.defenderIds).toEqual([mine]);
    expect(await updateCampaign(b, campaign.id, { ...campaignFields([mine]), slug: fields.slug, title: "Renamed" })).toMatchObject({ ok: true });
  });

  it("never names a defender who has gone quiet, and does not reveal one to strangers", async () => {
    const a = await user("organiser");
    const b = await user("organiser");
    const defenderId = await defenderOf(a);
    expect(await setDefenderQuiet(a, defenderId, true)).toMatchObject({ ok: true });

    expect(await createCampaign(a, campaignFields([defenderId]))).toEqual({ ok: false, reason: "defenderQuiet" });
    expect(await createCampaign(b, campaignFields([defenderId]))).toEqual({ ok: false, reason: "unknownDefender" });
    expect((await listDefenderChoices(a)).map((d) => d.id)).not.toContain(defenderId);
  });

  it("lets an admin name any defender who has not gone quiet", async () => {
    const a = await user("organiser");
    const admin = await user("admin");
    const defenderId = await defenderOf(a);
    const result = await createCampaign(admin, campaignFields([defenderId]));
    expect(result).toMatchObject({ ok: true });
    if (result.ok) created.campaigns.push(result.id);
  });
});

describe("a campaign link grants nothing on the defender", () => {
  it("an organiser of a campaign that names someone else's defender can neither read nor change the profile", async () => {
    const a = await user("organiser");
    const b = await user("organiser");
    const admin = await user("admin");
    const defenderId = await defenderOf(a);
    expect(await setDefenderQuiet(a, defenderId, true)).toMatchObject({ ok: true });
    // However the link came about (an admin, old data), it is not a key to the profile.
    const [campaign] = await t.db
      .insert(schema.campaigns)
      .values({ slug: randomSlug("linked"), title: "Linked", summary: "Linked by an admin." })
      .returning({ id: schema.campaigns.id });
    created.campaigns.push(campaign!.id);
    await t.db.insert(schema.campaignOrganisers).values({ campaignId: campaign!.id, userId: b.id, role: "owner" });
    await t.db.insert(schema.campaignDefenders).values({ campaignId: campaign!.id, defenderId });
    const before = await snapshot(defenderId);

    await expect(getDefenderForEdit(b, defenderId)).rejects.toMatchObject({ reason: "notFound" });
    expect((await listDefendersForOrganiser(b)).map((d) => d.id)).not.toContain(defenderId);
    expect(await listDefenderEvents(b, defenderId)).toEqual([]);
    await expect(updateDefender(b, defenderId, defenderFields({ name: "Taken over" }))).rejects.toMatchObject({ reason: "notFound" });
    await expect(recordConsent(b, defenderId, { status: "withdrawn", givenBy: null, method: null, givenOn: null, note: "x" })).rejects.toMatchObject({ reason: "notFound" });
    await expect(setDefenderQuiet(b, defenderId, false)).rejects.toMatchObject({ reason: "notFound" });
    await expect(setDefenderPhoto(b, defenderId, { path: "defenders/evil.webp", alt: "x" })).rejects.toMatchObject({ reason: "notFound" });
    await expect(addDefenderEvent(b, defenderId, { occurredOn: "2026-01-01", kind: "release", text: "Released", sourceUrl: null })).rejects.toMatchObject({ reason: "notFound" });
    await expect(addDefenderOrganiser(b, defenderId, b.email)).rejects.toMatchObject({ reason: "notFound" });
    expect(await snapshot(defenderId)).toEqual(before);

    // The defender's own organiser and an admin can lift "go quiet", and it is audited.
    expect(await setDefenderQuiet(admin, defenderId, false)).toMatchObject({ ok: true });
    const audit = await t.db.select({ action: schema.auditLog.action, actorId: schema.auditLog.actorId }).from(schema.auditLog).where(eq(schema.auditLog.entityId, defenderId));
    expect(audit.filter((row) => row.action === "defender.unquiet").map((row) => row.actorId)).toEqual([admin.id]);
  });
});

describe("the defender's team", () => {
  it("is added to by the defender's organisers only, and never loses its last member", async () => {
    const a = await user("organiser");
    const b = await user("organiser");
    const supporter = await user("supporter");
    const defenderId = await defenderOf(a);

    expect(await addDefenderOrganiser(a, defenderId, supporter.email)).toEqual({ ok: false, reason: "noSuchOrganiser" });
    expect(await addDefenderOrganiser(a, defenderId, "nobody-" + randomEmail())).toEqual({ ok: false, reason: "noSuchOrganiser" });
    expect(await addDefenderOrganiser(a, defenderId, b.email.toUpperCase())).toMatchObject({ ok: true, userId: b.id });
    expect(await addDefenderOrganiser(a, defenderId, b.email)).toEqual({ ok: false, reason: "alreadyMember" });
    expect(await getDefenderForEdit(b, defenderId)).not.toBeNull();

    expect(await removeDefenderOrganiser(b, defenderId, a.id)).toMatchObject({ ok: true });
    await expect(getDefenderForEdit(a, defenderId)).rejects.toMatchObject({ reason: "notFound" });
    expect(await removeDefenderOrganiser(b, defenderId, b.id)).toEqual({ ok: false, reason: "lastOrganiser" });
    await expect(removeDefenderOrganiser(a, defenderId, b.id)).rejects.toMatchObject({ reason: "notFound" });
  });
});
