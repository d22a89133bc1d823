/**
 * The moderation queue, decisions, locks and pre-screening against a real
 * Postgres. Each test makes its own campaign, defender and users with random
 * slugs and emails; the queue is shared with other test files, so items are
 * looked up by subject rather than by position in the whole queue.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { canonicalEmail } from "@/lib/email/canonical";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { reconcileCounters } from "./counters";
import {
  countModerationQueue,
  createModerationReason,
  decideModerationItems,
  getLatestVerdict,
  getOpenModerationItem,
  listModerationQueue,
  lockModerationItem,
  renameModerationReason,
  setModerationReasonActive,
  type ModerationSubject,
} from "./moderation";
import { changeCampaignStatus, createCampaign } from "./organise-campaigns";
import { createDefender, getDefenderForEdit, updateDefender, type DefenderFields } from "./organise-defenders";
import { listCampaignPublicItems } from "./public-campaign-page";
import { getPublicDefender } from "./public-defenders";
import { rowsOf } from "./rows";
import { getCampaignForAction, recordPendingSignature } from "./signatures";
import { recordSupporterAction } from "./supporter-actions";

let t: TestDatabase;
const created = { campaigns: [] as string[], defenders: [] as string[], users: [] as string[], reasons: [] as string[] };
let reasonId: string;

beforeAll(async () => {
  t = createTestDb();
  const [reason] = await t.db.insert(schema.moderationReasons).values({ label: `Abusive ${randomUUID()}` }).returning({ id: schema.moderationReasons.id });
  reasonId = reason!.id;
  created.reasons.push(reasonId);
});

afterAll(async () => {
  if (created.campaigns.length) {
    const ids = await t.db.select({ id: schema.actions.id }).from(schema.actions).where(inArray(schema.actions.campaignId, created.campaigns));
    const subjectIds = [...ids.map((row) => String(row.id)), ...created.campaigns, ...created.defenders];
    if (subjectIds.length) {
      await t.db.delete(schema.moderationDecisions).where(inArray(schema.moderationDecisions.subjectId, subjectIds));
      await t.db.delete(schema.moderationFlags).where(inArray(schema.moderationFlags.subjectId, subjectIds));
    }
    await t.db.delete(schema.actions).where(inArray(schema.actions.campaignId, created.campaigns));
    await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, created.campaigns));
  }
  if (created.defenders.length) await t.db.delete(schema.defenders).where(inArray(schema.defenders.id, created.defenders));
  if (created.users.length) await t.db.delete(schema.users).where(inArray(schema.users.id, created.users));
  await t.close();
  await closeDb();
});

async function user(role: "supporter" | "organiser" | "admin") {
  const id = randomUUID();
  const email = `moderation-${role}-${id}@example.org`;
  const name = `Test ${role} ${id.slice(0, 6)}`;
  await t.db.insert(schema.users).values({ id, email, name, role });
  created.users.push(id);
  return { id, email, name, role };
}

async function publishedCampaign(overrides: Partial<typeof schema.campaigns.$inferInsert> = {}) {
  const slug = randomSlug("mod");
  const [row] = await t.db
    .insert(schema.campaigns)
    .values({ slug, title: `Campaign ${slug}`, summary: "Made by a test.", status: "published", actionKinds: ["solidarity", "org_signon", "letter"], ...overrides })
    .returning({ id: schema.campaigns.id });
  created.campaigns.push(row!.id);
  return { id: row!.id, slug };
}

async function solidarity(slug: string, message: string): Promise<ModerationSubject> {
  const idempotencyKey = randomUUID();
  const outcome = await recordSupporterAction(
    { campaignSlug: slug, kind: "solidarity", idempotencyKey, selfReported: false, status: "pending", name: "Ana", showName: true, country: "CA", language: "en", personalText: message },
    [],
  );
  expect(outcome).toBe("recorded");
  const [row] = await t.db.select({ id: schema.actions.id }).from(schema.actions).where(eq(schema.actions.idempotencyKey, idempotencyKey));
  // Stored sealed (repeats are counted by its keyed hash); the queue and the wall read it decrypted.
  const [stored] = rowsOf<{ json: string }>(await t.db.execute(sql`select row_to_json(a)::text as json from actions a where a.id = ${row!.id}`));
  expect(stored!.json.toLowerCase()).not.toContain(message.trim().slice(0, 12).toLowerCase());
  return { type: "action", id: String(row!.id) };
}

async function confirmedSignOn(campaignId: string, organisationName: string): Promise<ModerationSubject> {
  const [row] = await t.db
    .insert(schema.actions)
    .values({
      campaignId,
      kind: "org_signon",
      status: "confirmed",
      // Before the counter watermark, so reconciliation counts it (ADR 0007).
      confirmedAt: new Date(Date.now() - 3_600_000),
      organisationName,
      country: "GB",
      emailHash: randomUUID(),
      idempotencyKey: randomUUID(),
    })
    .returning({ id: schema.actions.id });
  return { type: "action", id: String(row!.id) };
}

async function auditEntries(subject: ModerationSubject) {
  return t.db
    .select({ action: schema.auditLog.action })
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.entityType, subject.type), eq(schema.auditLog.entityId, subject.id), eq(schema.auditLog.action, "moderation.decide")));
}

async function actionStatus(subject: ModerationSubject) {
  const [row] = await t.db.select({ status: schema.actions.status }).from(schema.actions).where(eq(schema.actions.id, Number(subject.id)));
  return row?.status;
}

const reject = () => ({ verdict: "reject" as const, reasonId, note: null });
const approve = { verdict: "approve" as const, reasonId: null, note: null };
const spam = { verdict: "spam" as const, reasonId: null, note: null };

describe("pre-screening at submission", () => {
  it("stores the flags of a solidarity message in the same transaction", async () => {
    const campaign = await publishedCampaign();
    const clean = await solidarity(campaign.slug, `We stand with you ${randomUUID()}`);
    const linked = await solidarity(campaign.slug, `Read more at www.example.org ${randomUUID()}`);
    const admin = await user("admin");
    expect((await getOpenModerationItem(admin, clean))?.flags).toEqual([]);
    expect((await getOpenModerationItem(admin, linked))?.flags).toEqual(["link"]);
  });

  it("flags the same text sent a third time within the window, whatever its case and spacing", async () => {
    const campaign = await publishedCampaign();
    const text = `Free them all ${randomUUID()}`;
    const first = await solidarity(campaign.slug, text);
    await solidarity(campaign.slug, `  ${text.toUpperCase()} `);
    const third = await solidarity(campaign.slug, text);
    const admin = await user("admin");
    expect((await getOpenModerationItem(admin, first))?.flags).toEqual([]);
    expect((await getOpenModerationItem(admin, third))?.flags).toEqual(["repeated"]);
  });
});

describe("the queue", () => {
  it("lists an open solidarity message with its context until it is decided", async () => {
    const campaign = await publishedCampaign();
    const message = `Thinking of you ${randomUUID()}`;
    const subject = await solidarity(campaign.slug, message);
    const admin = await user("admin");
    const page = await listModerationQueue(admin, { tab: "all", type: "solidarity", sort: "newest", page: 1 });
    const item = page.items.find((i) => i.subjectId === subject.id);
    expect(item).toMatchObject({
      itemType: "solidarity",
      body: message,
      submitter: "Ana",
      country: "CA",
      campaign: { slug: campaign.slug, title: `Campaign ${campaign.slug}` },
      overdue: false,
      lock: null,
    });
    const flagged = await listModerationQueue(admin, { tab: "flagged", type: "solidarity", sort: "newest", page: 1 });
    expect(flagged.items.some((i) => i.subjectId === subject.id)).toBe(false);
    const counts = await countModerationQueue(admin, "solidarity");
    expect(counts.tabs.all).toBeGreaterThanOrEqual(1);
    expect(counts.types.solidarity).toBe(counts.tabs.all);

    await decideModerationItems(admin, [subject], approve);
    expect(await getOpenModerationItem(admin, subject)).toBeNull();
  });

  it("shows an old item in the overdue tab", async () => {
    const campaign = await publishedCampaign();
    const subject = await solidarity(campaign.slug, `Old message ${randomUUID()}`);
    await t.db.update(schema.actions).set({ createdAt: sql`now() - interval '3 days'` }).where(eq(schema.actions.id, Number(subject.id)));
    const admin = await user("admin");
    const overdue = await listModerationQueue(admin, { tab: "overdue", type: "solidarity", sort: "oldest", page: 1 });
    expect(overdue.items.find((i) => i.subjectId === subject.id)?.overdue).toBe(true);
  });

  it("refuses everyone but moderators", async () => {
    for (const role of ["supporter", "organiser"] as const) {
      const viewer = await user(role);
      await expect(listModerationQueue(viewer, { tab: "all", type: null, sort: "oldest", page: 1 })).rejects.toThrow();
      await expect(decideModerationItems(viewer, [], approve)).rejects.toThrow();
    }
  });
});

describe("decisions on actions", () => {
  it("approve shows a solidarity message publicly and counts it, with one audit entry", async () => {
    const campaign = await publishedCampaign();
    const message = `Approved message ${randomUUID()}`;
    const subject = await solidarity(campaign.slug, message);
    const admin = await user("admin");
    expect((await listCampaignPublicItems(campaign.slug)).messages.map((m) => m.message)).not.toContain(message);

    const result = await decideModerationItems(admin, [subject], approve);
    expect(result).toMatchObject({ ok: true, decided: 1, locked: [], notOpen: 0, changes: { campaignSlugs: [campaign.slug] } });
    expect(await actionStatus(subject)).toBe("confirmed");
    expect((await listCampaignPublicItems(campaign.slug)).messages.map((m) => m.message)).toContain(message);
    expect(await auditEntries(subject)).toHaveLength(1);
  });

  it("reject needs a reason, hides the message for good but still counts it", async () => {
    const campaign = await publishedCampaign();
    const message = `Rejected message ${randomUUID()}`;
    const subject = await solidarity(campaign.slug, message);
    const admin = await user("admin");
    expect(await decideModerationItems(admin, [subject], { verdict: "reject", reasonId: null, note: null })).toEqual({ ok: false, reason: "reasonRequired" });

    expect(await decideModerationItems(admin, [subject], reject())).toMatchObject({ ok: true, decided: 1 });
    expect(await actionStatus(subject)).toBe("confirmed");
    expect((await listCampaignPublicItems(campaign.slug)).messages.map((m) => m.message)).not.toContain(message);
    expect(await auditEntries(subject)).toHaveLength(1);
    expect(await getLatestVerdict(subject)).toMatchObject({ verdict: "reject" });
  });

  it("spam on a confirmed sign-on takes it out of the counts at once", async () => {
    const campaign = await publishedCampaign();
    const subject = await confirmedSignOn(campaign.id, `Spam Org ${randomUUID()}`);
    await reconcileCounters(t.db as never, [campaign.id]);
    const confirmedSignOns = async () => {
      const rows = await t.db
        .select({ confirmed: schema.actionCounters.confirmed })
        .from(schema.actionCounters)
        .where(and(eq(schema.actionCounters.campaignId, campaign.id), eq(schema.actionCounters.kind, "org_signon")));
      return rows.reduce((sum, row) => sum + row.confirmed, 0);
    };
    expect(await confirmedSignOns()).toBe(1);
    const admin = await user("admin");
    expect(await decideModerationItems(admin, [subject], spam)).toMatchObject({ ok: true, decided: 1 });
    expect(await actionStatus(subject)).toBe("spam");
    expect(await confirmedSignOns()).toBe(0);
    expect(await auditEntries(subject)).toHaveLength(1);
  });

  it("an approved sign-on appears in the public list", async () => {
    const campaign = await publishedCampaign();
    const name = `Friends ${randomUUID()}`;
    const subject = await confirmedSignOn(campaign.id, name);
    expect((await listCampaignPublicItems(campaign.slug)).signatories.map((s) => s.name)).not.toContain(name);
    await decideModerationItems(await user("admin"), [subject], approve);
    expect((await listCampaignPublicItems(campaign.slug)).signatories.map((s) => s.name)).toContain(name);
  });
});

describe("letter paragraphs shown on the campaign page", () => {
  async function letterWithParagraph(slug: string, paragraph: string) {
    const campaign = await getCampaignForAction(slug);
    if (!campaign) throw new Error("campaign not public");
    const email = `writer-${randomUUID()}@example.org`;
    const idempotencyKey = randomUUID();
    await recordPendingSignature({
      campaign,
      kind: "letter",
      targetId: null,
      email,
      canonicalEmail: canonicalEmail(email),
      name: "Lee Writer",
      showName: true,
      wantsUpdates: false,
      country: "NZ",
      city: null,
      language: "en",
      personalText: paragraph,
      showText: true,
      organisationName: null,
      organisationWebsite: null,
      powVerified: true,
      ipHash: null,
      idempotencyKey,
    });
    // Confirmed by email, as the confirm page does.
    const [row] = await t.db
      .update(schema.actions)
      .set({ status: "confirmed", confirmedAt: new Date() })
      .where(eq(schema.actions.idempotencyKey, idempotencyKey))
      .returning({ id: schema.actions.id, showText: schema.actions.showText, textHash: schema.actions.textHash });
    // Stored sealed: the moderator and the public page below read it decrypted.
    const [stored] = rowsOf<{ json: string }>(await t.db.execute(sql`select row_to_json(a)::text as json from actions a where a.id = ${row!.id}`));
    expect(stored!.json).not.toContain(paragraph.slice(0, 20));
    return row!;
  }

  it("waits for a moderator, then shows with the writer's name", async () => {
    const campaign = await publishedCampaign();
    const paragraph = `Release him now, www.example.org ${randomUUID()}`;
    const letter = await letterWithParagraph(campaign.slug, paragraph);
    expect(letter.showText).toBe(true);
    expect(letter.textHash).not.toBeNull();
    const admin = await user("admin");
    const subject = { type: "action" as const, id: String(letter.id) };
    expect(await getOpenModerationItem(admin, subject)).toMatchObject({ itemType: "letter", body: paragraph, flags: ["link"] });
    expect((await listCampaignPublicItems(campaign.slug)).paragraphs).toEqual([]);
    await decideModerationItems(admin, [subject], approve);
    expect((await listCampaignPublicItems(campaign.slug)).paragraphs).toMatchObject([{ text: paragraph, name: "Lee Writer", country: "NZ" }]);
  });

  it("is never offered for moderation or shown on a high-risk campaign", async () => {
    const campaign = await publishedCampaign({ highRisk: true });
    const letter = await letterWithParagraph(campaign.slug, `Quietly ${randomUUID()}`);
    expect(letter.showText).toBe(false);
    expect(await getOpenModerationItem(await user("admin"), { type: "action", id: String(letter.id) })).toBeNull();
  });
});

describe("locks and bulk decisions", () => {
  it("refuses an item another admin holds, naming them, and skips it in bulk", async () => {
    const campaign = await publishedCampaign();
    const held = await solidarity(campaign.slug, `Held ${randomUUID()}`);
    const free = await solidarity(campaign.slug, `Free ${randomUUID()}`);
    const [alice, bob] = [await user("admin"), await user("admin")];
    expect(await lockModerationItem(alice, held)).toMatchObject({ ok: true });
    expect(await lockModerationItem(alice, held)).toMatchObject({ ok: true });
    expect(await lockModerationItem(bob, held)).toMatchObject({ ok: false, holder: alice.name });
    expect((await getOpenModerationItem(bob, held))?.lock).toMatchObject({ holder: alice.name, mine: false });

    const result = await decideModerationItems(bob, [held, free], approve);
    expect(result).toMatchObject({ ok: true, decided: 1, locked: [{ holder: alice.name }] });
    expect(await actionStatus(held)).toBe("pending");
    expect(await actionStatus(free)).toBe("confirmed");
    expect(await auditEntries(held)).toHaveLength(0);

    // The holder decides; the lock is released with the decision.
    expect(await decideModerationItems(alice, [held], reject())).toMatchObject({ decided: 1 });
    const [flags] = await t.db
      .select({ lockedBy: schema.moderationFlags.lockedBy })
      .from(schema.moderationFlags)
      .where(and(eq(schema.moderationFlags.subjectType, "action"), eq(schema.moderationFlags.subjectId, held.id)));
    expect(flags?.lockedBy).toBeNull();
  });

  it("an item decided once is not decided twice", async () => {
    const campaign = await publishedCampaign();
    const subject = await solidarity(campaign.slug, `Twice ${randomUUID()}`);
    const [alice, bob] = [await user("admin"), await user("admin")];
    const results = await Promise.all([decideModerationItems(alice, [subject], approve), decideModerationItems(bob, [subject], spam)]);
    const decided = results.map((r) => (r.ok ? r.decided : 0));
    expect(decided.sort()).toEqual([0, 1]);
    expect(await auditEntries(subject)).toHaveLength(1);
  });

  it("decides many items in one transaction: an unknown reason decides none", async () => {
    const campaign = await publishedCampaign();
    const items = [await solidarity(campaign.slug, `Bulk A ${randomUUID()}`), await solidarity(campaign.slug, `Bulk B ${randomUUID()}`)];
    const admin = await user("admin");
    expect(await decideModerationItems(admin, items, { verdict: "reject", reasonId: randomUUID(), note: null })).toEqual({ ok: false, reason: "unknownReason" });
    expect(await actionStatus(items[0]!)).toBe("pending");

    expect(await decideModerationItems(admin, items, approve)).toMatchObject({ ok: true, decided: 2 });
    for (const item of items) expect(await auditEntries(item)).toHaveLength(1);
  });
});

describe("campaigns, defenders and organiser requests", () => {
  async function inReviewCampaign() {
    const organiser = await user("organiser");
    const slug = randomSlug("review");
    const made = await createCampaign(organiser, {
      title: `Review ${slug}`,
      slug,
      summary: "A campaign waiting for review.",
      ask: "",
      storyMarkdown: "Sources: https://example.org/report",
      goal: null,
      deadline: null,
      hashtags: [],
      highRisk: false,
      actionKinds: ["letter"],
      defenderIds: [],
    });
    if (!made.ok) throw new Error("campaign not created");
    created.campaigns.push(made.id);
    expect(await changeCampaignStatus(organiser, made.id, "in_review")).toMatchObject({ ok: true });
    return { id: made.id, slug };
  }

  async function campaignStatus(id: string) {
    const [row] = await t.db.select({ status: schema.campaigns.status }).from(schema.campaigns).where(eq(schema.campaigns.id, id));
    return row?.status;
  }

  it("approving a campaign in review publishes it; rejecting returns it to draft with the reason for its organisers", async () => {
    const admin = await user("admin");
    const first = await inReviewCampaign();
    const subject = { type: "campaign" as const, id: first.id };
    expect((await getOpenModerationItem(admin, subject))?.flags).toEqual([]);
    expect(await decideModerationItems(admin, [subject], approve)).toMatchObject({ decided: 1, changes: { campaignSlugs: [first.slug], campaignList: true } });
    expect(await campaignStatus(first.id)).toBe("published");
    expect(await auditEntries(subject)).toHaveLength(1);

    const second = await inReviewCampaign();
    const rejected = { type: "campaign" as const, id: second.id };
    await decideModerationItems(admin, [rejected], reject());
    expect(await campaignStatus(second.id)).toBe("draft");
    expect(await getOpenModerationItem(admin, rejected)).toBeNull();
    expect((await getLatestVerdict(rejected))?.verdict).toBe("reject");
  });

  it("a rejected defender profile leaves the public pages until approved after an edit", async () => {
    const [organiser, admin] = [await user("organiser"), await user("admin")];
    const slug = randomSlug("defender");
    const fields: DefenderFields = {
      name: `Defender ${slug}`,
      nameNative: null,
      slug,
      country: "BY",
      profession: "Lawyer",
      status: "detained",
      summary: "A profile made by a test.",
      storyMarkdown: "",
      photoAlt: null,
    };
    const made = await createDefender(organiser, fields);
    if (!made.ok) throw new Error("defender not created");
    created.defenders.push(made.id);
    const subject = { type: "defender" as const, id: made.id };
    expect(await getOpenModerationItem(admin, subject)).toMatchObject({ itemType: "defender", heading: fields.name });
    expect(await getPublicDefender(slug)).not.toBeNull();

    await decideModerationItems(admin, [subject], reject());
    expect(await getPublicDefender(slug)).toBeNull();
    expect((await getDefenderForEdit(organiser, made.id))?.moderation).toMatchObject({ verdict: "reject", reason: expect.stringMatching(/^Abusive /) });
    expect(await getOpenModerationItem(admin, subject)).toBeNull();

    await updateDefender(organiser, made.id, { ...fields, summary: "Fixed after the rejection." });
    expect(await getOpenModerationItem(admin, subject)).not.toBeNull();
    await decideModerationItems(admin, [subject], approve);
    expect(await getPublicDefender(slug)).not.toBeNull();
  });

  it("approving an organiser request grants the role; rejecting refuses it", async () => {
    const admin = await user("admin");
    const [granted, refused] = [await user("supporter"), await user("supporter")];
    const requests = await t.db
      .insert(schema.organiserRequests)
      .values([granted, refused].map((u) => ({ userId: u.id, organisationName: "Test org", reason: "We write letters." })))
      .returning({ id: schema.organiserRequests.id, userId: schema.organiserRequests.userId });
    const subjectOf = (userId: string) => ({ type: "organiser_request" as const, id: requests.find((r) => r.userId === userId)!.id });
    await decideModerationItems(admin, [subjectOf(granted.id)], approve);
    await decideModerationItems(admin, [subjectOf(refused.id)], reject());
    const roles = await t.db.select({ id: schema.users.id, role: schema.users.role }).from(schema.users).where(inArray(schema.users.id, [granted.id, refused.id]));
    expect(Object.fromEntries(roles.map((r) => [r.id, r.role]))).toEqual({ [granted.id]: "organiser", [refused.id]: "supporter" });
    const statuses = await t.db.select({ status: schema.organiserRequests.status }).from(schema.organiserRequests).where(eq(schema.organiserRequests.id, subjectOf(refused.id).id));
    expect(statuses[0]?.status).toBe("refused");
  });
});

describe("rejection reasons", () => {
  it("are added, renamed and deactivated, each with an audit entry; labels stay unique", async () => {
    const admin = await user("admin");
    const label = `Off-topic ${randomUUID()}`;
    expect(await createModerationReason(admin, label)).toEqual({ ok: true });
    expect(await createModerationReason(admin, label)).toEqual({ ok: false, reason: "labelTaken" });
    const [row] = await t.db.select({ id: schema.moderationReasons.id }).from(schema.moderationReasons).where(eq(schema.moderationReasons.label, label));
    const renamed = `${label} (renamed)`;
    expect(await renameModerationReason(admin, row!.id, renamed)).toEqual({ ok: true });
    expect(await setModerationReasonActive(admin, row!.id, false)).toEqual({ ok: true });
    const audit = await t.db.select({ action: schema.auditLog.action }).from(schema.auditLog).where(eq(schema.auditLog.entityId, row!.id));
    expect(audit.map((a) => a.action).sort()).toEqual(["moderation.reason.create", "moderation.reason.deactivate", "moderation.reason.rename"]);

    const campaign = await publishedCampaign();
    const subject = await solidarity(campaign.slug, `Needs an active reason ${randomUUID()}`);
    expect(await decideModerationItems(admin, [subject], { verdict: "reject", reasonId: row!.id, note: null })).toEqual({ ok: false, reason: "unknownReason" });
  });
});
