/**
 * Versions in other languages against a real Postgres: the public reads show
 * the page's language where a version exists and the original (flagged)
 * elsewhere; only a campaign's team may read or write its versions, only a
 * defender's own organisers theirs; a quiet defender's versions never show;
 * the cached reads are keyed by locale and saving names the tags they carry.
 */
import { eq, inArray } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { campaignTextTags, cacheTags, defenderTextTags } from "@/lib/cache-tags";
import type { Role } from "@/lib/permissions";
import { createTestDb, randomEmail, randomSlug, type TestDatabase } from "@/test/db";
import { postCampaignUpdate } from "./campaign-updates";
import { createCampaign, type CampaignFields } from "./organise-campaigns";
import { createDefender } from "./organise-defenders";
import { getPublishedCampaign } from "./public-campaign-page";
import { listPublicCampaigns, listPublicCampaignsForDefender } from "./public-campaigns";
import { getPublicDefender, listPublicDefenders } from "./public-defenders";
import {
  deleteCampaignTranslation,
  deleteDefenderTranslation,
  deleteUpdateTranslation,
  getCampaignTranslations,
  getDefenderTranslations,
  getPublicCampaignTitle,
  saveCampaignTranslation,
  saveDefenderTranslation,
  saveUpdateTranslation,
  setCampaignSourceLocale,
  setDefenderSourceLocale,
} from "./translations";

/** What Next's data cache is asked for while NEXT_RUNTIME is set: the key, the arguments and the tags of each cached read. */
const cacheCalls: { key: string[]; args: unknown[]; tags: string[] }[] = [];
vi.mock("next/cache", () => ({
  unstable_cache:
    (load: (...args: unknown[]) => Promise<unknown>, key: string[], options: { tags: string[] }) =>
    (...args: unknown[]) => {
      cacheCalls.push({ key, args, tags: options.tags });
      return load(...args);
    },
}));

let t: TestDatabase;
const created = { users: [] as string[], campaigns: [] as string[], defenders: [] as string[] };
const anyMail = () => ({ subject: "Subject", text: "Text" });

beforeAll(() => {
  t = createTestDb();
});

afterEach(() => {
  delete process.env.NEXT_RUNTIME;
  cacheCalls.length = 0;
});

afterAll(async () => {
  if (created.campaigns.length) await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, created.campaigns));
  if (created.defenders.length) await t.db.delete(schema.defenders).where(inArray(schema.defenders.id, created.defenders));
  if (created.users.length) await t.db.delete(schema.users).where(inArray(schema.users.id, created.users));
  await t.close();
  await closeDb();
});

async function user(role: Role) {
  const email = randomEmail();
  const [row] = await t.db.insert(schema.users).values({ email, role }).returning({ id: schema.users.id });
  created.users.push(row!.id);
  return { id: row!.id, role, email };
}

type Actor = Awaited<ReturnType<typeof user>>;

const french = {
  title: "Libérez la défenseure de test",
  summary: "Résumé en français.",
  ask: "Écrivez à l’ambassadeur.",
  storyMarkdown: "Son histoire, en français.",
};

/**
 * A defender looked after by `owner` and a campaign about them organised by
 * `owner`, with two updates; published (as an admin's decision would) once
 * `prepare` has run on the draft, so its versions need no review.
 */
async function publicCampaign(owner: Actor, prepare: (ids: { campaignId: string; defenderId: string; updateIds: string[] }) => Promise<void> = async () => {}) {
  const name = `Translation Test Defender ${randomSlug("d")}`;
  const defender = await createDefender(owner, {
    name,
    nameNative: null,
    slug: randomSlug("translation-defender"),
    country: "CN",
    profession: "Lawyer",
    status: "detained",
    summary: "English summary of the defender.",
    storyMarkdown: "English story of the defender.",
    photoAlt: null,
  });
  if (!defender.ok) throw new Error("defender not created");
  created.defenders.push(defender.id);
  await t.db.update(schema.defenders).set({ consentStatus: "given" }).where(eq(schema.defenders.id, defender.id));
  const fields: CampaignFields = {
    title: "Free the test defender",
    slug: randomSlug("translation-campaign"),
    summary: "English summary.",
    ask: "Write to the ambassador.",
    storyMarkdown: "Her story, in English.",
    goal: null,
    deadline: null,
    hashtags: [],
    highRisk: false,
    actionKinds: ["letter"],
    defenderIds: [defender.id],
  };
  const campaign = await createCampaign(owner, fields);
  if (!campaign.ok) throw new Error("campaign not created");
  created.campaigns.push(campaign.id);
  const updateIds: string[] = [];
  for (const [i, title] of ["Hearing set", "Moved to another prison"].entries()) {
    const posted = await postCampaignUpdate(owner, campaign.id, { kind: "update", title, body: `Body ${i}.`, occurredOn: `2025-0${i + 1}-10`, setsDefenderStatus: null, notifySigners: false }, anyMail);
    if ("refused" in posted) throw new Error("update not posted");
    updateIds.push(posted.id);
  }
  await prepare({ campaignId: campaign.id, defenderId: defender.id, updateIds });
  await t.db.update(schema.campaigns).set({ status: "published", publishedAt: new Date() }).where(eq(schema.campaigns.id, campaign.id));
  return { campaignId: campaign.id, slug: fields.slug, defenderId: defender.id, defenderSlug: (await getDefenderTranslations(owner, defender.id)).defender.slug, defenderName: name, updateIds };
}

async function versionRows(campaignId: string) {
  return t.db.select().from(schema.campaignTranslations).where(eq(schema.campaignTranslations.campaignId, campaignId));
}

describe("public reads in the page's language", () => {
  it("show the version in the page's locale and fall back to the original, flagged, elsewhere", async () => {
    const owner = await user("organiser");
    const world = await publicCampaign(owner, async ({ campaignId, defenderId, updateIds }) => {
      expect(await saveCampaignTranslation(owner, campaignId, "fr", french)).toMatchObject({ ok: true, public: false, sentBackToReview: false });
      expect(await saveUpdateTranslation(owner, campaignId, updateIds[0]!, "fr", { title: "Audience fixée", body: "" })).toMatchObject({ ok: true });
      expect(
        await saveDefenderTranslation(owner, defenderId, "fr", { profession: "Avocate", summary: "Résumé de la défenseure.", storyMarkdown: "", photoAlt: null }),
      ).toMatchObject({ ok: true });
    });

    const fr = await getPublishedCampaign(world.slug, "fr");
    expect(fr).toMatchObject({ ...french, translation: { locale: "fr", sourceLocale: "en", untranslated: [] } });
    const [later, earlier] = fr!.updates;
    // The update without a French version is the original, flagged; the other is French (its empty body falls back).
    expect(later).toMatchObject({ title: "Moved to another prison", translation: { untranslated: ["title", "body"] } });
    expect(earlier).toMatchObject({ title: "Audience fixée", body: "Body 0.", translation: { untranslated: ["body"] } });

    const es = await getPublishedCampaign(world.slug, "es");
    expect(es).toMatchObject({
      title: "Free the test defender",
      summary: "English summary.",
      translation: { locale: "es", sourceLocale: "en", untranslated: ["title", "summary", "ask", "storyMarkdown"] },
    });
    expect((await getPublishedCampaign(world.slug, "en"))!.translation.untranslated).toEqual([]);

    const card = (await listPublicCampaignsForDefender(world.defenderSlug, "fr"))[0];
    expect(card).toMatchObject({ title: french.title, summary: french.summary, translation: { untranslated: [] } });
    expect((await listPublicCampaigns({}, "zh")).find((c) => c.slug === world.slug)).toMatchObject({
      title: "Free the test defender",
      translation: { locale: "zh", untranslated: ["title", "summary"] },
    });
    expect(await getPublicCampaignTitle(world.slug, "fr")).toEqual({ title: french.title, translation: { locale: "fr", sourceLocale: "en", untranslated: [] } });

    const profile = await getPublicDefender(world.defenderSlug, "fr");
    // Its story has no French version: the original, flagged.
    expect(profile).toMatchObject({ profession: "Avocate", summary: "Résumé de la défenseure.", storyMarkdown: "English story of the defender." });
    expect(profile!.translation.untranslated).toEqual(["storyMarkdown"]);
    const news = profile!.timeline.filter((entry) => entry.source === "campaign_update");
    expect(news.map((entry) => entry.source === "campaign_update" && [entry.title, entry.campaignTitle])).toEqual([
      ["Audience fixée", french.title],
      ["Moved to another prison", french.title],
    ]);
    expect((await listPublicDefenders({ q: world.defenderName }, "fr"))[0]).toMatchObject({ profession: "Avocate", translation: { untranslated: [] } });
    expect((await listPublicDefenders({ q: world.defenderName }, "ar"))[0]).toMatchObject({
      profession: "Lawyer",
      translation: { locale: "ar", sourceLocale: "en", untranslated: ["profession", "summary"] },
    });
  });

  it("never shows a version in the original's own language, and follows the original's language when it changes", async () => {
    const owner = await user("organiser");
    const world = await publicCampaign(owner);
    expect(await saveCampaignTranslation(owner, world.campaignId, "en", french)).toEqual({ ok: false, reason: "isSourceLocale" });
    expect(await versionRows(world.campaignId)).toEqual([]);

    // Written in French all along: English readers get it flagged as French.
    expect(await setCampaignSourceLocale(owner, world.campaignId, "fr")).toMatchObject({ ok: true });
    expect((await getPublishedCampaign(world.slug, "en"))!.translation).toEqual({
      locale: "en",
      sourceLocale: "fr",
      untranslated: ["title", "summary", "ask", "storyMarkdown"],
    });
    expect((await getPublishedCampaign(world.slug, "fr"))!.translation.untranslated).toEqual([]);
  });
});

describe("saving a version", () => {
  it("sends a public campaign back to review with one audit entry, and its deletion does not", async () => {
    const owner = await user("organiser");
    const world = await publicCampaign(owner);
    expect(await saveCampaignTranslation(owner, world.campaignId, "fr", french)).toMatchObject({ ok: true, public: true, sentBackToReview: true });
    const [campaign] = await t.db.select({ status: schema.campaigns.status }).from(schema.campaigns).where(eq(schema.campaigns.id, world.campaignId));
    expect(campaign!.status).toBe("in_review");
    expect(await getPublishedCampaign(world.slug, "fr")).toBeNull();
    const audit = await t.db.select({ action: schema.auditLog.action }).from(schema.auditLog).where(eq(schema.auditLog.entityId, world.campaignId));
    expect(audit.map((row) => row.action)).toContain("campaign.translation.save.review");

    await t.db.update(schema.campaigns).set({ status: "published" }).where(eq(schema.campaigns.id, world.campaignId));
    expect(await deleteCampaignTranslation(owner, world.campaignId, "fr")).toMatchObject({ ok: true, sentBackToReview: false });
    expect(await deleteCampaignTranslation(owner, world.campaignId, "fr")).toBe(false);
    expect((await getPublishedCampaign(world.slug, "fr"))!.title).toBe("Free the test defender");
  });

  it("names the tags the cached public reads carry, and those reads are keyed by locale", async () => {
    const owner = await user("organiser");
    const world = await publicCampaign(owner);
    process.env.NEXT_RUNTIME = "nodejs";
    await getPublishedCampaign(world.slug, "fr");
    await getPublishedCampaign(world.slug, "es");
    await getPublicCampaignTitle(world.slug, "fr");
    await listPublicCampaigns({}, "fr");
    await listPublicCampaignsForDefender(world.defenderSlug, "fr");
    await getPublicDefender(world.defenderSlug, "fr");
    await listPublicDefenders({}, "fr");
    const reads = [...cacheCalls];
    delete process.env.NEXT_RUNTIME;

    // One entry per locale: the locale is an argument of every cached read, so part of its key.
    const pages = reads.filter((call) => call.key[0] === "published-campaign");
    expect(pages.map((call) => call.args)).toEqual([
      [world.slug, "fr"],
      [world.slug, "es"],
    ]);
    expect(reads.every((call) => call.args.at(-1) === "fr" || call.args.at(-1) === "es")).toBe(true);

    // Every read that shows the campaign's words carries a tag that saving it refreshes.
    const campaignChange = await saveUpdateTranslation(owner, world.campaignId, world.updateIds[0]!, "fr", { title: "Audience", body: "" });
    if (!campaignChange.ok) throw new Error("not saved");
    const campaignTags = campaignTextTags(campaignChange);
    expect(campaignTags).toEqual(expect.arrayContaining([cacheTags.campaign(world.slug), cacheTags.campaigns, cacheTags.defender(world.defenderSlug)]));
    const showsCampaignWords = reads.filter((call) => call.key[0] !== "public-defenders");
    for (const call of showsCampaignWords) expect(call.tags.some((tag) => campaignTags.includes(tag)), call.key[0]).toBe(true);

    // And every read that shows the profile's words carries a tag that saving the profile's version refreshes.
    const defenderChange = await saveDefenderTranslation(owner, world.defenderId, "fr", { profession: null, summary: "Résumé.", storyMarkdown: "", photoAlt: null });
    if (!defenderChange.ok) throw new Error("not saved");
    const profileTags = defenderTextTags(defenderChange);
    expect(profileTags).toEqual(expect.arrayContaining([cacheTags.defender(world.defenderSlug), cacheTags.defenders, cacheTags.campaign(world.slug)]));
    for (const call of reads.filter((c) => c.key[0] === "public-defender" || c.key[0] === "public-defenders")) {
      expect(call.tags.some((tag) => profileTags.includes(tag)), call.key[0]).toBe(true);
    }
  });
});

describe("who may read and write versions", () => {
  it("refuses an organiser of another campaign, a supporter and a stranger's update id, and writes nothing", async () => {
    const [owner, other, supporter, admin] = [await user("organiser"), await user("organiser"), await user("supporter"), await user("admin")];
    const world = await publicCampaign(owner, async ({ campaignId, updateIds }) => {
      await saveCampaignTranslation(owner, campaignId, "fr", french);
      await saveUpdateTranslation(owner, campaignId, updateIds[0]!, "fr", { title: "Audience fixée", body: "" });
    });
    const theirs = await publicCampaign(other);
    const before = { versions: await versionRows(world.campaignId), updates: await t.db.select().from(schema.campaignUpdateTranslations).where(inArray(schema.campaignUpdateTranslations.updateId, world.updateIds)) };

    for (const stranger of [other, supporter]) {
      await expect(getCampaignTranslations(stranger, world.campaignId)).rejects.toMatchObject({ reason: "notFound" });
      await expect(saveCampaignTranslation(stranger, world.campaignId, "fr", { ...french, title: "Pris" })).rejects.toMatchObject({ reason: "notFound" });
      await expect(saveCampaignTranslation(stranger, world.campaignId, "es", french)).rejects.toMatchObject({ reason: "notFound" });
      await expect(deleteCampaignTranslation(stranger, world.campaignId, "fr")).rejects.toMatchObject({ reason: "notFound" });
      await expect(setCampaignSourceLocale(stranger, world.campaignId, "zh")).rejects.toMatchObject({ reason: "notFound" });
      await expect(saveUpdateTranslation(stranger, world.campaignId, world.updateIds[0]!, "fr", { title: "Pris", body: "" })).rejects.toMatchObject({ reason: "notFound" });
      await expect(deleteUpdateTranslation(stranger, world.campaignId, world.updateIds[0]!, "fr")).rejects.toMatchObject({ reason: "notFound" });
    }
    // The owner of another campaign names their own campaign and the owner's update: still not theirs.
    await expect(saveUpdateTranslation(other, theirs.campaignId, world.updateIds[0]!, "fr", { title: "Pris", body: "" })).rejects.toMatchObject({ reason: "notFound" });
    await expect(deleteUpdateTranslation(other, theirs.campaignId, world.updateIds[0]!, "fr")).rejects.toMatchObject({ reason: "notFound" });
    await expect(getCampaignTranslations(owner, "not-a-uuid")).rejects.toMatchObject({ reason: "notFound" });

    expect(await versionRows(world.campaignId)).toEqual(before.versions);
    expect(await t.db.select().from(schema.campaignUpdateTranslations).where(inArray(schema.campaignUpdateTranslations.updateId, world.updateIds))).toEqual(before.updates);
    const [campaign] = await t.db.select({ status: schema.campaigns.status, sourceLocale: schema.campaigns.sourceLocale }).from(schema.campaigns).where(eq(schema.campaigns.id, world.campaignId));
    expect(campaign).toEqual({ status: "published", sourceLocale: "en" });

    // Its own team and admins may.
    expect((await getCampaignTranslations(owner, world.campaignId)).versions.map((v) => v.locale)).toEqual(["fr"]);
    expect((await getCampaignTranslations(admin, world.campaignId)).updates.find((u) => u.id === world.updateIds[0])!.versions).toMatchObject([{ locale: "fr", title: "Audience fixée" }]);
  });

  it("lets only the defender's own organisers (and admins) write the profile's versions, not a campaign's co-organiser", async () => {
    const [owner, coOrganiser, admin] = [await user("organiser"), await user("organiser"), await user("admin")];
    const world = await publicCampaign(owner);
    // Organising a campaign about the defender grants nothing on the profile (ADR 0016).
    await t.db.insert(schema.campaignOrganisers).values({ campaignId: world.campaignId, userId: coOrganiser.id, role: "editor" });
    const version = { profession: "Avocate", summary: "Résumé.", storyMarkdown: "", photoAlt: null };

    await expect(getDefenderTranslations(coOrganiser, world.defenderId)).rejects.toMatchObject({ reason: "notFound" });
    await expect(saveDefenderTranslation(coOrganiser, world.defenderId, "fr", version)).rejects.toMatchObject({ reason: "notFound" });
    await expect(setDefenderSourceLocale(coOrganiser, world.defenderId, "fr")).rejects.toMatchObject({ reason: "notFound" });
    const none = await t.db.select().from(schema.defenderTranslations).where(eq(schema.defenderTranslations.defenderId, world.defenderId));
    expect(none).toEqual([]);
    // ...while the campaign's words are theirs to translate.
    expect(await saveCampaignTranslation(coOrganiser, world.campaignId, "es", french)).toMatchObject({ ok: true });

    expect(await saveDefenderTranslation(admin, world.defenderId, "fr", version)).toMatchObject({ ok: true, slug: world.defenderSlug, campaignSlugs: [world.slug] });
    await expect(deleteDefenderTranslation(coOrganiser, world.defenderId, "fr")).rejects.toMatchObject({ reason: "notFound" });
    expect(await setDefenderSourceLocale(owner, world.defenderId, "fr")).toEqual({ ok: false, reason: "hasVersion" });
    expect(await deleteDefenderTranslation(owner, world.defenderId, "fr")).toMatchObject({ ok: true });
  });

  it("puts a changed profile back in the moderation queue (its updated_at moves)", async () => {
    const owner = await user("organiser");
    const world = await publicCampaign(owner);
    const [before] = await t.db.select({ updatedAt: schema.defenders.updatedAt }).from(schema.defenders).where(eq(schema.defenders.id, world.defenderId));
    await saveDefenderTranslation(owner, world.defenderId, "fr", { profession: null, summary: "Résumé.", storyMarkdown: "", photoAlt: null });
    const [after] = await t.db.select({ updatedAt: schema.defenders.updatedAt }).from(schema.defenders).where(eq(schema.defenders.id, world.defenderId));
    expect(after!.updatedAt.getTime()).toBeGreaterThan(before!.updatedAt.getTime());
  });
});

describe("a quiet defender", () => {
  it("never has their versions, or their campaigns' versions, shown publicly; their organisers still see them", async () => {
    const owner = await user("organiser");
    const world = await publicCampaign(owner, async ({ campaignId, defenderId }) => {
      await saveCampaignTranslation(owner, campaignId, "fr", french);
      await saveDefenderTranslation(owner, defenderId, "fr", { profession: "Avocate", summary: "Résumé de la défenseure.", storyMarkdown: "", photoAlt: null });
    });
    expect(await getPublicDefender(world.defenderSlug, "fr")).not.toBeNull();
    await t.db.update(schema.defenders).set({ paused: true }).where(eq(schema.defenders.id, world.defenderId));

    for (const locale of ["fr", "en"] as const) {
      expect(await getPublicDefender(world.defenderSlug, locale)).toBeNull();
      expect(await listPublicDefenders({ q: world.defenderName }, locale)).toEqual([]);
      expect(await getPublishedCampaign(world.slug, locale)).toBeNull();
      expect(await getPublicCampaignTitle(world.slug, locale)).toBeNull();
      expect((await listPublicCampaigns({}, locale)).map((c) => c.slug)).not.toContain(world.slug);
    }
    expect((await getDefenderTranslations(owner, world.defenderId)).versions).toMatchObject([{ locale: "fr", profession: "Avocate" }]);
  });
});
