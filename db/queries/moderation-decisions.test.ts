/**
 * Moderation decisions, locks, bulk decisions and rejection reasons against a
 * real Postgres (fixtures: moderation-fixtures.ts).
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { canonicalEmail } from "@/lib/email/canonical";
import { testConfirmationMail } from "@/test/mail";
import { randomSlug } from "@/test/db";
import { reconcileCounters } from "./counters";
import { createModerationReason, decideModerationItems, getLatestVerdict, renameModerationReason, setModerationReasonActive } from "./moderation-decisions";
import { moderationFixtures } from "./moderation-fixtures";
import { getOpenModerationItem, lockModerationItem } from "./moderation-queue";
import { changeCampaignStatus, createCampaign } from "./organise-campaigns";
import { createDefender, getDefenderForEdit, updateDefender, type DefenderFields } from "./organise-defenders";
import { listCampaignPublicItems } from "./public-campaign-page";
import { getPublicDefender } from "./public-defenders";
import { rowsOf } from "./rows";
import { getCampaignForAction, recordPendingSignature } from "./signatures";

const { t, created, user, publishedCampaign, solidarity, confirmedSignOn, auditEntries, actionStatus, reject, approve, spam } = moderationFixtures();

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
      locale: "en",
      personalText: paragraph,
      showText: true,
      organisationName: null,
      organisationWebsite: null,
      powVerified: true,
      ipHash: null,
      idempotencyKey,
      confirmation: testConfirmationMail(campaign.title),
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
    expect(await getPublicDefender(slug, "en")).not.toBeNull();

    await decideModerationItems(admin, [subject], reject());
    expect(await getPublicDefender(slug, "en")).toBeNull();
    expect((await getDefenderForEdit(organiser, made.id))?.moderation).toMatchObject({ verdict: "reject", reason: expect.stringMatching(/^Abusive /) });
    expect(await getOpenModerationItem(admin, subject)).toBeNull();

    await updateDefender(organiser, made.id, { ...fields, summary: "Fixed after the rejection." });
    expect(await getOpenModerationItem(admin, subject)).not.toBeNull();
    await decideModerationItems(admin, [subject], approve);
    expect(await getPublicDefender(slug, "en")).not.toBeNull();
  });

  it("approving an organiser request grants the role; rejecting refuses it", async () => {
    const admin = await user("admin");
    const [granted, refused] = [await user("supporter"), await user("supporter")];
    const requests = await t.db
      .insert(schema.organiserRequests)
      .values([granted, refused].map((u) => ({ userId: u.id, organisationName: "Test org", reason: "We write letters." })))
      .returning({ id: schema.organiserRequests.id, userId: schema.organiserRequests.userId });
    const subjectOf = (userId: string) => ({ type: "organiser_request" as const, id: requests.find((r) => r.userId === userId)!.id });
    // The mailed words are server/mail/organiser-decision.ts's (tested there); any message will do here.
    const mails = { organiserDecision: () => ({ subject: "Decided", text: "Your request was decided." }) };
    await decideModerationItems(admin, [subjectOf(granted.id)], approve, mails);
    await decideModerationItems(admin, [subjectOf(refused.id)], reject(), mails);
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
