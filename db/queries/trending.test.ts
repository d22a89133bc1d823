import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { getTrendingReport, surgeRatio, usualWindowHours } from "./trending";

let t: TestDatabase;
const admin = { id: randomUUID(), role: "admin" as const };
const organiser = { id: randomUUID(), role: "organiser" as const };
let campaignId = "";

beforeAll(async () => {
  t = createTestDb();
  const [row] = await t.sql<{ id: string }[]>`
    insert into campaigns (slug, title, summary, status, published_at, action_kinds)
    values (${randomSlug("trending")}, 'Trending test', 'Made by a test.', 'published', now(), '{letter}') returning id`;
  campaignId = row!.id;
});

afterAll(async () => {
  await t.sql`delete from actions where campaign_id = ${campaignId}`;
  await t.sql`delete from campaigns where id = ${campaignId}`;
  await t.close();
  await closeDb();
});

async function insert(count: number, values: { domain: string | null; ipHash: string | null; hoursAgo: number }): Promise<void> {
  await t.sql`
    insert into actions (campaign_id, kind, status, email_domain, ip_hash, idempotency_key, created_at)
    select ${campaignId}, 'letter', 'pending', ${values.domain}, ${values.ipHash}, 'trending-test:' || gen_random_uuid(),
           now() - ${values.hoursAgo} * interval '1 hour' - (i % 50) * interval '1 second'
      from generate_series(1, ${count}) as i`;
}

describe("getTrendingReport", () => {
  it("compares the last hour with the usual hourly rate of the week before, per domain, IP hash and campaign", async () => {
    const surging = `surge-${randomBytes(4).toString("hex")}.example`;
    const steady = `steady-${randomBytes(4).toString("hex")}.example`;
    const ipHash = randomBytes(32).toString("base64url");
    await insert(60, { domain: surging, ipHash, hoursAgo: 0.5 });
    await insert(168, { domain: surging, ipHash: null, hoursAgo: 30 });
    await insert(2, { domain: steady, ipHash: null, hoursAgo: 0.2 });
    await insert(336, { domain: steady, ipHash: null, hoursAgo: 50 });
    await insert(500, { domain: surging, ipHash: null, hoursAgo: usualWindowHours + 5 });

    const report = await getTrendingReport(admin);
    const surge = report?.byDomain.find((row) => row.key === surging);
    expect(surge).toEqual({ key: surging, label: null, slug: null, lastHour: 60, usualPerHour: 1, ratio: 60 });
    expect(surge!.ratio).toBeGreaterThan(surgeRatio);
    const calm = report?.byDomain.find((row) => row.key === steady);
    expect(calm).toEqual({ key: steady, label: null, slug: null, lastHour: 2, usualPerHour: 2, ratio: 1 });
    expect(report!.byDomain.indexOf(surge!)).toBeLessThan(report!.byDomain.indexOf(calm!));
    expect(report?.byIp.find((row) => row.key === ipHash)).toMatchObject({ lastHour: 60, usualPerHour: 0, ratio: 60 });
    expect(report?.byCampaign.find((row) => row.key === campaignId)).toMatchObject({ label: "Trending test", lastHour: 62 });
  });

  it("reads the domain and IP counts from their indexes", async () => {
    await t.sql`analyze actions`;
    for (const [column, index] of [["email_domain", "actions_email_domain_idx"], ["ip_hash", "actions_ip_hash_idx"]] as const) {
      // The test table is small enough for a sequential scan to win; what matters is that the index fits the query.
      const plan = await t.sql.begin(async (sql) => {
        await sql`set local enable_seqscan = off`;
        return sql.unsafe(`
          explain select ${column}, count(*) filter (where created_at >= now() - interval '1 hour')
            from actions where ${column} is not null and created_at >= now() - interval '169 hours' group by ${column}`);
      });
      expect(JSON.stringify(plan)).toContain(index);
    }
  });

  it("is not for viewers without the permission", async () => {
    expect(await getTrendingReport(organiser)).toBeNull();
  });
});
