/**
 * The feeds' reads against a real Postgres: only public, unpaused campaigns
 * with no quiet defender are syndicated; each update is in the feed's language
 * where it has a version, else the original; newest first.
 */
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { getCampaignFeed, listSiteFeedUpdates } from "./feeds";

let t: TestDatabase;
const created = { campaigns: [] as string[], defenders: [] as string[] };

async function campaignWithUpdate(status: (typeof schema.campaignStatuses)[number], defenderPaused = false) {
  const slug = randomSlug("feed");
  const [defender] = await t.db
    .insert(schema.defenders)
    .values({ slug, name: `Defender ${slug}`, country: "CN", status: "detained", summary: "S", paused: defenderPaused })
    .returning({ id: schema.defenders.id });
  const [campaign] = await t.db
    .insert(schema.campaigns)
    .values({ slug, title: `Campaign ${slug}`, summary: "Summary", status, publishedAt: new Date("2026-01-01T00:00:00Z") })
    .returning({ id: schema.campaigns.id });
  created.defenders.push(defender!.id);
  created.campaigns.push(campaign!.id);
  await t.db.insert(schema.campaignDefenders).values({ campaignId: campaign!.id, defenderId: defender!.id });
  const [older] = await t.db
    .insert(schema.campaignUpdates)
    .values({ campaignId: campaign!.id, kind: "hearing", title: `Older ${slug}`, body: "Body", occurredOn: "2026-01-02", createdAt: new Date("2026-01-02T10:00:00Z") })
    .returning({ id: schema.campaignUpdates.id });
  const [newer] = await t.db
    .insert(schema.campaignUpdates)
    .values({ campaignId: campaign!.id, kind: "released", title: `Newer ${slug}`, body: "Body", occurredOn: "2026-01-01", createdAt: new Date("2099-01-03T10:00:00Z") })
    .returning({ id: schema.campaignUpdates.id });
  return { slug, campaignId: campaign!.id, olderId: older!.id, newerId: newer!.id };
}

let open: Awaited<ReturnType<typeof campaignWithUpdate>>;
let hidden: Awaited<ReturnType<typeof campaignWithUpdate>>[];

beforeAll(async () => {
  t = createTestDb();
  open = await campaignWithUpdate("won");
  await t.db.insert(schema.campaignTranslations).values({ campaignId: open.campaignId, locale: "fr", title: `Campagne ${open.slug}`, summary: "Résumé" });
  await t.db.insert(schema.campaignUpdateTranslations).values({ updateId: open.olderId, locale: "fr", title: `Ancienne ${open.slug}`, body: "Texte", updatedAt: new Date("2026-02-01T00:00:00Z") });
  hidden = await Promise.all([campaignWithUpdate("paused"), campaignWithUpdate("draft"), campaignWithUpdate("in_review"), campaignWithUpdate("published", true)]);
});

afterAll(async () => {
  await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, created.campaigns));
  await t.db.delete(schema.defenders).where(inArray(schema.defenders.id, created.defenders));
  await t.close();
  await closeDb();
});

describe("listSiteFeedUpdates", () => {
  it("holds public, unpaused campaigns' updates only, newest first, in the feed's language where translated", async () => {
    const fr = await listSiteFeedUpdates("fr", 500);
    const ours = fr.filter((update) => update.campaignSlug === open.slug);
    expect(ours.map((update) => update.title)).toEqual([`Newer ${open.slug}`, `Ancienne ${open.slug}`]);
    expect(ours[0]).toMatchObject({ textLocale: "en", campaignTitle: `Campagne ${open.slug}`, postedAt: "2099-01-03T10:00:00.000Z" });
    expect(ours[1]).toMatchObject({ textLocale: "fr", changedAt: "2026-02-01T00:00:00.000Z", postedAt: "2026-01-02T10:00:00.000Z" });
    for (const campaign of hidden) expect(fr.some((update) => update.campaignSlug === campaign.slug), campaign.slug).toBe(false);
    const en = await listSiteFeedUpdates("en", 500);
    expect(en.filter((update) => update.campaignSlug === open.slug).map((update) => update.title)).toEqual([`Newer ${open.slug}`, `Older ${open.slug}`]);
  });
});

describe("getCampaignFeed", () => {
  it("gives a syndicated campaign's words and updates, and null for a paused, unpublished or quiet one", async () => {
    const feed = await getCampaignFeed(open.slug, "fr");
    expect(feed).toMatchObject({ slug: open.slug, title: `Campagne ${open.slug}`, summary: "Résumé", publishedAt: "2026-01-01T00:00:00.000Z" });
    expect(feed!.updates.map((update) => update.id)).toEqual([open.newerId, open.olderId]);
    for (const campaign of hidden) expect(await getCampaignFeed(campaign.slug, "en"), campaign.slug).toBeNull();
  });
});
