import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { createCampaign, getCampaignForEdit } from "./organise-campaigns";
import { createDefender, getDefenderForEdit, recordConsent } from "./organise-defenders";
import { getCampaignForAction } from "./signatures";
import { getChannelCampaign } from "./supporter-actions";

// The public action pages fill {defender.name} from getCampaignForAction. Its
// correlated subquery once compiled to `where "campaign_id" = "id"` (Drizzle drops
// table names in select fields of single-table queries), which compared a campaign
// with its own defenders' ids: every campaign made through the organiser pages had no
// defender names on its tweet, email, call and letter pages.

let t: TestDatabase;
const organiser = { id: randomUUID(), role: "organiser" as const, email: `org-${randomUUID()}@example.org` };
const campaignIds: string[] = [];
const defenderIds: string[] = [];

beforeAll(async () => {
  t = createTestDb();
  await t.sql`insert into users (id, email, role) values (${organiser.id}, ${organiser.email}, 'organiser')`;
});

afterAll(async () => {
  if (campaignIds.length) await t.sql`delete from campaigns where id = any(${campaignIds}::uuid[])`;
  if (defenderIds.length) await t.sql`delete from defenders where id = any(${defenderIds}::uuid[])`;
  await t.sql`delete from users where id = ${organiser.id}`;
  await closeDb();
  await t?.close();
});

async function newDefender(name: string): Promise<string> {
  const created = await createDefender(organiser, {
    name,
    nameNative: null,
    slug: randomSlug("def"),
    country: "EG",
    profession: "Lawyer",
    status: "detained",
    summary: "Jailed for her work.",
    storyMarkdown: "",
    photoAlt: null,
  });
  if (!created.ok) throw new Error(created.reason);
  defenderIds.push(created.id);
  await recordConsent(organiser, created.id, { status: "given_by_family", givenBy: "Her sister", method: "Call", givenOn: "2026-01-02", note: null });
  return created.id;
}

async function newPublishedCampaign(defenders: string[]): Promise<{ id: string; slug: string }> {
  const slug = randomSlug("named");
  const created = await createCampaign(organiser, {
    title: "Free them",
    slug,
    summary: "Jailed for their work.",
    ask: "Release them.",
    storyMarkdown: "",
    goal: null,
    deadline: null,
    hashtags: ["FreeThem"],
    highRisk: false,
    actionKinds: ["letter", "tweet", "email", "call"],
    defenderIds: defenders,
  });
  if (!created.ok) throw new Error(created.reason);
  campaignIds.push(created.id);
  // Publishing goes through moderation; the test only needs a public campaign.
  await t.sql`update campaigns set status = 'published', published_at = now() where id = ${created.id}`;
  return { id: created.id, slug };
}

describe("the defenders of a campaign created by an organiser, on the public action pages", () => {
  it("are named, in the campaign's order", async () => {
    const first = await newDefender(`Mahienour ${randomUUID().slice(0, 6)}`);
    const second = await newDefender(`Alaa ${randomUUID().slice(0, 6)}`);
    const campaign = await newPublishedCampaign([first, second]);
    const names = (await t.sql<{ name: string }[]>`select name from defenders where id in (${first}, ${second})`).map((r) => r.name);

    const forAction = await getCampaignForAction(campaign.slug);
    expect(forAction?.defenderNames).toEqual([
      names.find((n) => n.startsWith("Mahienour")),
      names.find((n) => n.startsWith("Alaa")),
    ]);
    expect((await getChannelCampaign(campaign.slug, "tweet"))?.defenderNames).toEqual(forAction?.defenderNames);
  });

  it("are an empty list, not an error, for a campaign about nobody yet", async () => {
    const campaign = await newPublishedCampaign([]);
    expect((await getCampaignForAction(campaign.slug))?.defenderNames).toEqual([]);
  });

  it("are the same on the organiser's pages (ids and counts from correlated subqueries)", async () => {
    const defender = await newDefender(`Ibrahim ${randomUUID().slice(0, 6)}`);
    const campaign = await newPublishedCampaign([defender]);
    expect((await getCampaignForEdit(organiser, campaign.id))?.defenderIds).toEqual([defender]);
    expect((await getDefenderForEdit(organiser, defender))?.campaignCount).toBe(1);
  });
});
