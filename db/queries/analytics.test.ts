/**
 * Campaign analytics against a real Postgres: grouped counts, the
 * confirmation rate, access, and the index the queries rely on.
 */
import { randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import type { Viewer } from "@/lib/permissions";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { fillDays, getCampaignAnalytics } from "./analytics";
import { reconcileCounters } from "./counters";
import { listCampaignsForOrganiser } from "./organise-campaigns";
import { getCampaignProgress } from "./public-campaign-page";

let t: TestDatabase;
const created = { users: [] as string[], campaigns: [] as string[] };

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  if (created.campaigns.length) {
    await t.db.delete(schema.actionCounters).where(inArray(schema.actionCounters.campaignId, created.campaigns));
    await t.db.delete(schema.actions).where(inArray(schema.actions.campaignId, created.campaigns));
    await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, created.campaigns));
  }
  if (created.users.length) await t.db.delete(schema.users).where(inArray(schema.users.id, created.users));
  await t.close();
  await closeDb();
});

async function organiser(): Promise<Viewer> {
  const id = randomUUID();
  await t.db.insert(schema.users).values({ id, email: `analytics-${id}@example.org`, role: "organiser" });
  created.users.push(id);
  return { id, role: "organiser" };
}

async function campaignOf(owner: Viewer): Promise<string> {
  const [row] = await t.db
    .insert(schema.campaigns)
    .values({ slug: randomSlug("analytics"), title: "Analytics test", summary: "Test.", status: "published", publishedAt: new Date() })
    .returning({ id: schema.campaigns.id });
  created.campaigns.push(row!.id);
  await t.db.insert(schema.campaignOrganisers).values({ campaignId: row!.id, userId: owner.id, role: "owner" });
  return row!.id;
}

type NewAction = Partial<typeof schema.actions.$inferInsert>;

async function actions(campaignId: string, rows: NewAction[]): Promise<void> {
  await t.db.insert(schema.actions).values(
    rows.map((row) => ({ campaignId, kind: "letter" as const, status: "confirmed" as const, idempotencyKey: randomUUID(), emailHash: randomUUID(), ...row })),
  );
  // Counts come from the batched counters, as on the public page (ADR 0007).
  await reconcileCounters(t.db, [campaignId]);
}

describe("getCampaignAnalytics", () => {
  it("counts per day, country and kind, with self-reports apart and the confirmation rate", async () => {
    const owner = await organiser();
    const campaignId = await campaignOf(owner);
    const today = new Date("2026-11-21T12:00:00Z");
    await actions(campaignId, [
      { country: "GB", createdAt: new Date("2026-11-19T10:00:00Z") },
      { country: "GB", createdAt: new Date("2026-11-19T23:59:00Z") },
      { country: "FR", createdAt: new Date("2026-11-21T08:00:00Z"), kind: "email" },
      { country: null, createdAt: new Date("2026-11-21T09:00:00Z"), kind: "call", selfReported: true, emailHash: null },
      { country: "FR", createdAt: new Date("2026-11-21T09:00:00Z"), status: "pending" },
      { country: "FR", createdAt: new Date("2026-11-21T09:00:00Z"), status: "spam" },
    ]);

    const result = await getCampaignAnalytics(owner, campaignId, today);

    expect(result?.perDay).toEqual([
      { day: "2026-11-19", confirmed: 2, selfReported: 0 },
      { day: "2026-11-20", confirmed: 0, selfReported: 0 },
      { day: "2026-11-21", confirmed: 1, selfReported: 1 },
    ]);
    expect(result?.perCountry).toEqual([
      { country: "GB", confirmed: 2, selfReported: 0 },
      { country: "FR", confirmed: 1, selfReported: 0 },
      { country: null, confirmed: 0, selfReported: 1 },
    ]);
    expect(result?.perKind).toEqual([
      { kind: "letter", confirmed: 2, selfReported: 0, pending: 1 },
      { kind: "email", confirmed: 1, selfReported: 0, pending: 0 },
      { kind: "call", confirmed: 0, selfReported: 1, pending: 0 },
    ]);
    expect(result?.totals).toEqual({ confirmed: 3, selfReported: 1, pending: 1 });
    expect(result?.confirmationRate).toBeCloseTo(3 / 4);
  });

  it("shows the same figures as the public campaign page and the dashboard: confirmed, and reported by supporters, apart", async () => {
    const owner = await organiser();
    const campaignId = await campaignOf(owner);
    await actions(campaignId, [
      { country: "GB" },
      { country: "GB", kind: "org_signon" },
      { country: "FR", kind: "tweet", emailHash: null },
      { country: "FR", kind: "call", selfReported: true, emailHash: null },
      { country: null, kind: "email", selfReported: true, emailHash: null },
      { country: "CA", kind: "letter", selfReported: true, emailHash: null },
      { country: "FR", status: "pending" },
      { country: "FR", status: "invalidated" },
    ]);
    const slug = (await t.sql<{ slug: string }[]>`select slug from campaigns where id = ${campaignId}`)[0]!.slug;

    const analytics = await getCampaignAnalytics(owner, campaignId);
    const progress = await getCampaignProgress(slug!);
    const dashboard = (await listCampaignsForOrganiser(owner)).find((c) => c.id === campaignId);

    expect(analytics?.totals).toEqual({ confirmed: 3, selfReported: 3, pending: 1 });
    expect({ confirmed: progress.confirmed, selfReported: progress.selfReported }).toEqual({ confirmed: 3, selfReported: 3 });
    expect(dashboard).toMatchObject({ confirmed: 3, reported: 3 });
    expect(analytics?.perKind.map(({ kind, confirmed, selfReported }) => ({ kind, confirmed, selfReported }))).toEqual(progress.byKind);
    expect(analytics?.perCountry.filter((c) => c.country !== null)).toEqual(progress.byCountry);
  });

  it("refuses another organiser's campaign (notFound), as for any campaign not theirs", async () => {
    const owner = await organiser();
    const stranger = await organiser();
    const campaignId = await campaignOf(owner);
    await expect(getCampaignAnalytics(stranger, campaignId)).rejects.toMatchObject({ reason: "notFound" });
    expect(await getCampaignAnalytics(owner, campaignId)).not.toBeNull();
  });

  it("reads only the campaign's confirmed rows through an index (the campaign/status index or the partial index of confirmed rows)", async () => {
    const owner = await organiser();
    const campaignId = await campaignOf(owner);
    let plans = { confirmed: "", byKind: "" };
    // Realistic statistics, rolled back afterwards: 50 campaigns of 300 actions in mixed states.
    await t.sql
      .begin(async (sql) => {
        await sql`insert into campaigns (slug, title, summary)
          select 'plan-' || md5(random()::text) || '-' || g, 'Plan', 'Plan' from generate_series(1, 50) g`;
        await sql`insert into actions (campaign_id, kind, status, email_hash, country, idempotency_key, confirmed_at)
          select c.id, (array['letter','email','tweet']::action_kind[])[1 + g % 3],
                 (array['confirmed','confirmed','pending','spam']::action_status[])[1 + g % 4],
                 md5(random()::text), 'GB', md5(random()::text), now() - random() * interval '60 days'
          from generate_series(1, 300) g cross join campaigns c
          where c.slug like 'plan-%' or c.id = ${campaignId}`;
        await sql`analyze actions`;
        await sql`set local enable_seqscan = off`;
        const explain = async (query: string) =>
          (await sql.unsafe(`explain ${query}`, [campaignId])).map((row) => String(Object.values(row)[0])).join("\n");
        plans = {
          confirmed: await explain(`select country, count(*) from actions where campaign_id = $1 and status = 'confirmed' group by 1`),
          byKind: await explain(`select kind, count(*) from actions where campaign_id = $1 and status in ('confirmed', 'pending') group by kind`),
        };
        throw new RolledBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
    // Either index narrows to the campaign's confirmed rows: the first by its condition, the
    // partial one (migration 0012) by its predicate, so the plan may pick whichever is cheaper,
    // read as an index (only) scan ("Index Scan using <index> on actions") or a bitmap scan
    // ("Bitmap Index Scan on <index>").
    expect(plans.confirmed).not.toContain("Seq Scan");
    expect(plans.confirmed).toMatch(CONFIRMED_ROWS_BY_INDEX);
    expect(plans.byKind).toMatch(/Index Cond: \(.*campaign_id = /);
    expect(plans.byKind).not.toContain("Seq Scan");
  });
});

class RolledBack extends Error {}

const CONFIRMED_ROWS_BY_INDEX =
  /Index Cond: \(\(campaign_id = .*\) AND \(status = 'confirmed'|(?:using|Index Scan on) actions_confirmed_recount_idx\b.*\n\s*Index Cond: \(campaign_id = /;

describe("the plan check above", () => {
  // The planner's choice between the two indexes moves with the statistics, so each accepted
  // shape is checked here, and a plan that reads the campaign's every row is refused.
  const campaign = "'bca80320-6eba-4914-9754-96d5763505af'::uuid";
  it.each([
    `Index Only Scan using actions_confirmed_recount_idx on actions  (cost=0.28..230.87 rows=150 width=3)\n        Index Cond: (campaign_id = ${campaign})`,
    `Bitmap Heap Scan on actions\n  ->  Bitmap Index Scan on actions_confirmed_recount_idx  (cost=0.00..4.30 rows=150 width=0)\n        Index Cond: (campaign_id = ${campaign})`,
    `Index Scan using actions_campaign_status_idx on actions\n        Index Cond: ((campaign_id = ${campaign}) AND (status = 'confirmed'::action_status))`,
  ])("accepts %s", (plan) => expect(plan).toMatch(CONFIRMED_ROWS_BY_INDEX));
  it("refuses a scan of the campaign's rows of every status", () => {
    expect(`Index Scan using actions_campaign_idx on actions\n        Index Cond: (campaign_id = ${campaign})\n        Filter: (status = 'confirmed')`).not.toMatch(
      CONFIRMED_ROWS_BY_INDEX,
    );
  });
});

describe("fillDays", () => {
  it("starts two weeks back with zeros when there is nothing yet", () => {
    const days = fillDays([], new Date("2026-08-24T00:00:00Z"), new Date("2026-11-21T12:00:00Z"));
    expect(days).toHaveLength(14);
    expect(days[0]).toEqual({ day: "2026-11-08", confirmed: 0, selfReported: 0 });
    expect(days.at(-1)?.day).toBe("2026-11-21");
  });
});
