/**
 * Consent is a gate, not just a record (issue 11 item 7, ADR 0015): publishing
 * (moderation approve) and resuming need recorded consent for every defender
 * on the campaign, or an admin's reasoned override; withdrawing consent pauses
 * published campaigns at once and cancels older overrides. Publishing from
 * review goes through the moderation decision only.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import type { Role } from "@/lib/permissions";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { getCampaignForReview, getCampaignPreview } from "./campaign-review";
import { getCampaignConsent, overrideCampaignConsent } from "./consent-gate";
import { decideModerationItems } from "./moderation-decisions";
import { allowedTransitions, changeCampaignStatus, createCampaign, getCampaignForEdit, updateCampaign, type CampaignFields } from "./organise-campaigns";
import { createDefender, recordConsent, type ConsentInput } from "./organise-defenders";
import { saveTemplate } from "./templates";

let t: TestDatabase;
const created = { users: [] as string[], campaigns: [] as string[], defenders: [] as string[] };

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  if (created.campaigns.length) {
    await t.sql`delete from moderation_decisions where subject_id = any(${created.campaigns})`;
    await t.sql`delete from moderation_flags where subject_id = any(${created.campaigns})`;
    await t.sql`delete from campaigns where id = any(${created.campaigns}::uuid[])`;
  }
  if (created.defenders.length) await t.sql`delete from defenders where id = any(${created.defenders}::uuid[])`;
  if (created.users.length) await t.sql`delete from users where id = any(${created.users})`;
  await closeDb();
  await t?.close();
});

async function user(role: Role) {
  const id = randomUUID();
  await t.sql`insert into users (id, email, role) values (${id}, ${`${id}@example.org`}, ${role})`;
  created.users.push(id);
  return { id, role, email: `${id}@example.org` };
}

type Actor = Awaited<ReturnType<typeof user>>;

async function defender(owner: Actor, consent?: ConsentInput["status"]) {
  const made = await createDefender(owner, {
    name: `Defender ${randomUUID().slice(0, 6)}`,
    nameNative: null,
    slug: randomSlug("consent-def"),
    country: "CN",
    profession: null,
    status: "detained",
    summary: "A lawyer.",
    storyMarkdown: "",
    photoAlt: null,
  });
  if (!made.ok) throw new Error(made.reason);
  created.defenders.push(made.id);
  if (consent) await setConsent(owner, made.id, consent);
  return made.id;
}

function setConsent(owner: Actor, defenderId: string, status: ConsentInput["status"]) {
  return recordConsent(owner, defenderId, {
    status,
    givenBy: status.startsWith("given") ? "Her brother" : null,
    method: status.startsWith("given") ? "Phone call" : null,
    givenOn: status.startsWith("given") ? "2026-01-02" : null,
    note: null,
  });
}

function fields(defenderIds: string[]): CampaignFields {
  return {
    title: "Free the lawyer",
    slug: randomSlug("consent"),
    summary: "Detained for her work.",
    ask: "Release her now.",
    storyMarkdown: "She defended **workers** for years.",
    goal: 100,
    deadline: null,
    hashtags: [],
    highRisk: false,
    actionKinds: ["letter"],
    defenderIds,
  };
}

/** A campaign about `defenderIds`, submitted for review by its owner. */
async function inReview(owner: Actor, defenderIds: string[]) {
  const input = fields(defenderIds);
  const made = await createCampaign(owner, input);
  if (!made.ok) throw new Error(made.reason);
  created.campaigns.push(made.id);
  expect(await changeCampaignStatus(owner, made.id, "in_review")).toMatchObject({ ok: true });
  return { id: made.id, input };
}

const approve = (admin: Actor, id: string) => decideModerationItems(admin, [{ type: "campaign", id }], { verdict: "approve", reasonId: null, note: null });

async function status(id: string) {
  const [row] = await t.sql<{ status: string }[]>`select status from campaigns where id = ${id}`;
  return row?.status;
}

async function audit(id: string) {
  const rows = await t.sql<{ action: string; actor_id: string | null; after: Record<string, unknown> | null }[]>`
    select action, actor_id, after from audit_log where entity_id = ${id} order by id`;
  return rows;
}

describe("publishing needs consent", () => {
  it("an approval does not publish a campaign whose defender's consent is unknown; it stays in the queue, undecided", async () => {
    const [owner, admin] = [await user("organiser"), await user("admin")];
    const unknown = await defender(owner);
    const { id } = await inReview(owner, [unknown]);
    const result = await approve(admin, id);
    expect(result).toMatchObject({ ok: true, decided: 0, consentMissing: [{ subjectId: id }] });
    expect(await status(id)).toBe("in_review");
    const decisions = await t.sql`select 1 from moderation_decisions where subject_id = ${id}`;
    expect(decisions).toHaveLength(0);
    expect((await getCampaignConsent(owner, id))?.gaps.map((gap) => gap.defenderId)).toEqual([unknown]);
  });

  it("refuses withdrawn consent too, and publishes once every defender consents (given or given by family)", async () => {
    const [owner, admin] = [await user("organiser"), await user("admin")];
    const family = await defender(owner, "given_by_family");
    const withdrawn = await defender(owner, "withdrawn");
    const { id } = await inReview(owner, [family, withdrawn]);
    expect(await approve(admin, id)).toMatchObject({ decided: 0, consentMissing: [{ subjectId: id }] });
    await setConsent(owner, withdrawn, "given");
    expect(await approve(admin, id)).toMatchObject({ decided: 1, consentMissing: [] });
    expect(await status(id)).toBe("published");
  });

  it("a campaign naming no defender is not held back", async () => {
    const [owner, admin] = [await user("organiser"), await user("admin")];
    const { id } = await inReview(owner, []);
    expect(await approve(admin, id)).toMatchObject({ decided: 1 });
    expect(await status(id)).toBe("published");
  });
});

describe("one door: in_review -> published is the moderation decision only", () => {
  it("the lifecycle action refuses it even for an admin, and offers no publish button", async () => {
    const [owner, admin] = [await user("organiser"), await user("admin")];
    const consenting = await defender(owner, "given");
    const { id } = await inReview(owner, [consenting]);
    await expect(changeCampaignStatus(admin, id, "published")).rejects.toMatchObject({ reason: "notAllowed" });
    expect(allowedTransitions(admin, "in_review")).not.toContain("published");
    expect(allowedTransitions(admin, "in_review")).toContain("draft");
    expect(await status(id)).toBe("in_review");
    expect(await approve(admin, id)).toMatchObject({ decided: 1 });
    expect(await status(id)).toBe("published");
    const changes = await t.sql<{ to_status: string; changed_by: string }[]>`
      select to_status, changed_by from campaign_status_changes where campaign_id = ${id} order by changed_at, id`;
    expect(changes.at(-1)).toEqual({ to_status: "published", changed_by: admin.id });
    expect((await audit(id)).map((row) => row.action)).toContain("moderation.decide");
  });
});

describe("an admin's override", () => {
  it("with a reason lets the approval publish; stored on the campaign and in the audit log", async () => {
    const [owner, admin] = [await user("organiser"), await user("admin")];
    const unknown = await defender(owner);
    const { id } = await inReview(owner, [unknown]);
    const reason = "Public case documented by Front Line Defenders and the UN.";
    expect(await overrideCampaignConsent(admin, id, `  ${reason} `)).toMatchObject({ ok: true });
    const [row] = await t.sql`select consent_override_by, consent_override_reason, consent_override_at from campaigns where id = ${id}`;
    expect(row).toMatchObject({ consent_override_by: admin.id, consent_override_reason: reason });
    expect(row!.consent_override_at).not.toBeNull();
    const entry = (await audit(id)).find((e) => e.action === "campaign.consent.override");
    expect(entry).toMatchObject({ actor_id: admin.id, after: { reason } });
    expect(entry!.after!.defenders).toEqual([expect.objectContaining({ id: unknown, consentStatus: "unknown" })]);

    expect(await approve(admin, id)).toMatchObject({ decided: 1 });
    expect(await status(id)).toBe("published");
    expect((await getCampaignConsent(owner, id))?.override).toMatchObject({ reason, by: expect.any(String) });
  });

  it("without a reason is refused and changes nothing", async () => {
    const [owner, admin] = [await user("organiser"), await user("admin")];
    const { id } = await inReview(owner, [await defender(owner)]);
    expect(await overrideCampaignConsent(admin, id, "")).toEqual({ ok: false, reason: "reasonRequired" });
    expect(await overrideCampaignConsent(admin, id, "   \n ")).toEqual({ ok: false, reason: "reasonRequired" });
    const [row] = await t.sql`select consent_override_at from campaigns where id = ${id}`;
    expect(row!.consent_override_at).toBeNull();
    expect((await audit(id)).map((e) => e.action)).not.toContain("campaign.consent.override");
    expect(await approve(admin, id)).toMatchObject({ decided: 0 });
  });

  it("is an admin's only: the campaign's own organiser (and anyone else) is refused", async () => {
    const [owner, other, supporter] = [await user("organiser"), await user("organiser"), await user("supporter")];
    const { id } = await inReview(owner, [await defender(owner)]);
    for (const who of [owner, other, supporter]) {
      await expect(overrideCampaignConsent(who, id, "We know the family agrees.")).rejects.toMatchObject({ reason: "forbidden" });
    }
    const [row] = await t.sql`select consent_override_at from campaigns where id = ${id}`;
    expect(row!.consent_override_at).toBeNull();
  });

  it("is refused when every defender already consents", async () => {
    const [owner, admin] = [await user("organiser"), await user("admin")];
    const { id } = await inReview(owner, [await defender(owner, "given")]);
    expect(await overrideCampaignConsent(admin, id, "Not needed at all.")).toEqual({ ok: false, reason: "notNeeded" });
  });

  it("lapses when the campaign's defenders change", async () => {
    const [owner, admin] = [await user("organiser"), await user("admin")];
    const first = await defender(owner);
    const { id, input } = await inReview(owner, [first]);
    expect(await overrideCampaignConsent(admin, id, "Public case, documented by named NGOs.")).toMatchObject({ ok: true });
    const second = await defender(owner);
    expect(await updateCampaign(owner, id, { ...input, defenderIds: [first, second] })).toMatchObject({ ok: true });
    expect((await getCampaignConsent(owner, id))?.override).toBeNull();
    expect(await approve(admin, id)).toMatchObject({ decided: 0 });
  });
});

describe("withdrawal", () => {
  async function published(owner: Actor, admin: Actor, defenderIds: string[]) {
    const campaign = await inReview(owner, defenderIds);
    expect(await approve(admin, campaign.id)).toMatchObject({ decided: 1 });
    return campaign;
  }

  it("pauses the defender's published campaigns at once, with a status change and an audit entry; resuming is refused", async () => {
    const [owner, admin] = [await user("organiser"), await user("admin")];
    const consenting = await defender(owner, "given");
    const a = await published(owner, admin, [consenting]);
    const b = await published(owner, admin, [consenting]);
    const draft = (await createCampaign(owner, fields([consenting]))) as { ok: true; id: string };
    created.campaigns.push(draft.id);

    const result = await setConsent(owner, consenting, "withdrawn");
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect([...result.campaignSlugs].sort()).toEqual([a.input.slug, b.input.slug].sort());
    expect(await status(a.id)).toBe("paused");
    expect(await status(b.id)).toBe("paused");
    expect(await status(draft.id)).toBe("draft");
    const [change] = await t.sql`
      select from_status, to_status, changed_by from campaign_status_changes where campaign_id = ${a.id} order by changed_at desc, id desc limit 1`;
    expect(change).toEqual({ from_status: "published", to_status: "paused", changed_by: owner.id });
    expect((await audit(a.id)).at(-1)).toMatchObject({ action: "campaign.consent.pause", actor_id: owner.id });

    expect(await changeCampaignStatus(owner, a.id, "published")).toMatchObject({ ok: false, reason: "consentMissing", missing: [{ defenderId: consenting }] });
    expect(await status(a.id)).toBe("paused");
    // Recording consent again lets the organisers resume.
    await setConsent(owner, consenting, "given_by_family");
    expect(await changeCampaignStatus(owner, a.id, "published")).toMatchObject({ ok: true });
  });

  it("beats an older override: the override is cancelled and the campaign paused; a newer override lets it resume", async () => {
    const [owner, admin] = [await user("organiser"), await user("admin")];
    const unknown = await defender(owner);
    const campaign = await inReview(owner, [unknown]);
    expect(await overrideCampaignConsent(admin, campaign.id, "Public case, documented by named NGOs.")).toMatchObject({ ok: true });
    expect(await approve(admin, campaign.id)).toMatchObject({ decided: 1 });

    await setConsent(owner, unknown, "withdrawn");
    expect(await status(campaign.id)).toBe("paused");
    const [row] = await t.sql`select consent_override_by, consent_override_at, consent_override_reason from campaigns where id = ${campaign.id}`;
    expect(row).toEqual({ consent_override_by: null, consent_override_at: null, consent_override_reason: null });
    expect(await changeCampaignStatus(owner, campaign.id, "published")).toMatchObject({ ok: false, reason: "consentMissing" });

    expect(await overrideCampaignConsent(admin, campaign.id, "The family was pressured; their lawyer asks us to go on.")).toMatchObject({ ok: true });
    expect(await changeCampaignStatus(owner, campaign.id, "published")).toMatchObject({ ok: true });
  });

  it("re-recording unknown consent keeps an override standing; losing given consent pauses", async () => {
    const [owner, admin] = [await user("organiser"), await user("admin")];
    const unknown = await defender(owner);
    const campaign = await inReview(owner, [unknown]);
    await overrideCampaignConsent(admin, campaign.id, "Public case, documented by named NGOs.");
    await approve(admin, campaign.id);
    await setConsent(owner, unknown, "unknown");
    expect(await status(campaign.id)).toBe("published");

    const given = await defender(owner, "given");
    const other = await published(owner, admin, [given]);
    await setConsent(owner, given, "unknown");
    expect(await status(other.id)).toBe("paused");
  });
});

describe("what the admin reviews, and the preview", () => {
  it("the review shows story, ask, targets with their rule, templates, and each defender's consent", async () => {
    const [owner, admin] = [await user("organiser"), await user("admin")];
    const family = await defender(owner, "given_by_family");
    const unknown = await defender(owner);
    const { id, input } = await inReview(owner, [family, unknown]);
    await t.sql`insert into campaign_targets (campaign_id, rule, responsible_state) values (${id}, 'embassy', 'CN')`;
    const saved = await saveTemplate(owner, id, { kind: "letter", language: "en", targetId: null, subject: "Release her", body: "Dear {target.name}, release {defender.name}." });
    expect(saved).toMatchObject({ ok: true });

    const review = await getCampaignForReview(admin, id);
    expect(review).toMatchObject({ title: input.title, ask: input.ask, storyMarkdown: input.storyMarkdown, status: "in_review" });
    expect(review!.targets).toEqual([expect.objectContaining({ rule: "embassy", responsibleState: "CN" })]);
    expect(review!.templates).toEqual([expect.objectContaining({ kind: "letter", subject: "Release her", body: "Dear {target.name}, release {defender.name}." })]);
    expect(review!.defenders.map((d) => [d.id, d.consentStatus, d.consenting])).toEqual([
      [family, "given_by_family", true],
      [unknown, "unknown", false],
    ]);
    expect(review!.defenders[0]).toMatchObject({ consentGivenBy: "Her brother", consentMethod: "Phone call" });
    expect(review!.consent).toMatchObject({ publishable: false, override: null });
    await expect(getCampaignForReview(owner, id)).rejects.toThrow();
  });

  it("the preview of a campaign in review is for admins and its organisers only, and ends once published", async () => {
    const [owner, other, supporter, admin] = [await user("organiser"), await user("organiser"), await user("supporter"), await user("admin")];
    const { id, input } = await inReview(owner, [await defender(owner, "given")]);
    expect((await getCampaignPreview(admin, input.slug, "en"))?.page.title).toBe(input.title);
    expect(await getCampaignPreview(owner, input.slug, "en")).toMatchObject({ status: "in_review" });
    expect(await getCampaignPreview(other, input.slug, "en")).toBeNull();
    expect(await getCampaignPreview(supporter, input.slug, "en")).toBeNull();
    expect(await getCampaignPreview(null, input.slug, "en")).toBeNull();
    await approve(admin, id);
    expect(await getCampaignPreview(admin, input.slug, "en")).toBeNull();
    expect((await getCampaignForEdit(owner, id))?.status).toBe("published");
  });
});
