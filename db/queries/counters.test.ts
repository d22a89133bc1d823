import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import { createTestDb, randomSlug, testDatabaseUrl, type TestDatabase } from "@/test/db";
import { addNewConfirmationsToCounters, counterWatermarkName, reconcileCounters } from "./counters";
import { getCampaignProgress } from "./public-campaign-page";

type Kind = "letter" | "tweet" | "email" | "call" | "solidarity" | "org_signon";

interface ActionSpec {
  campaignId: string;
  kind: Kind;
  country: string | null;
  selfReported: boolean;
}

interface CounterRow {
  campaign_id: string;
  kind: Kind;
  country: string;
  confirmed: number;
  self_reported: number;
}

let t: TestDatabase;
/** A second client with more connections, so confirmations really run in parallel. */
let parallel: postgres.Sql;
const createdCampaigns: string[] = [];

beforeAll(() => {
  t = createTestDb();
  parallel = postgres(testDatabaseUrl(), { max: 16, onnotice: () => {} });
});

afterAll(async () => {
  if (createdCampaigns.length) {
    await t.sql`delete from actions where campaign_id = any(${createdCampaigns}::uuid[])`;
    await t.sql`delete from campaigns where id = any(${createdCampaigns}::uuid[])`;
  }
  await parallel?.end({ timeout: 5 });
  await t?.close();
  await closeDb();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function createCampaigns(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const [row] = await t.sql<{ id: string }[]>`
      insert into campaigns (slug, title, summary, status) values (${randomSlug("counters")}, 'Counter test', 'Made by a test.', 'published')
      returning id`;
    if (!row) throw new Error("campaign insert returned nothing");
    ids.push(row.id);
  }
  createdCampaigns.push(...ids);
  return ids;
}

/** Inserts pending actions and returns their ids, in the order of the specs. */
async function insertPending(specs: ActionSpec[]): Promise<number[]> {
  const ids: number[] = [];
  for (let start = 0; start < specs.length; start += 1000) {
    const rows = specs.slice(start, start + 1000).map((spec) => ({
      campaign_id: spec.campaignId,
      kind: spec.kind,
      country: spec.country,
      self_reported: spec.selfReported,
      idempotency_key: `counters-test:${randomUUID()}`,
    }));
    const inserted = await t.sql<{ id: string }[]>`
      insert into actions (campaign_id, kind, country, self_reported, idempotency_key)
      select campaign_id, kind, country, self_reported, idempotency_key
        from json_to_recordset(${JSON.stringify(rows)}::json)
          as r(campaign_id uuid, kind action_kind, country char(2), self_reported boolean, idempotency_key text)
      returning id`;
    ids.push(...inserted.map((row) => Number(row.id)));
  }
  return ids;
}

/** Confirms one action the way the confirmation flow does: one statement, the time taken by the database. */
function confirm(sql: postgres.Sql | postgres.TransactionSql, id: number) {
  return sql`update actions set status = 'confirmed', confirmed_at = now(), updated_at = now() where id = ${id} and status = 'pending'`;
}

async function countersOf(campaignIds: string[]): Promise<CounterRow[]> {
  const rows = await t.sql<CounterRow[]>`
    select campaign_id, kind, country, confirmed::int as confirmed, self_reported::int as self_reported
      from action_counters
     where campaign_id = any(${campaignIds}::uuid[]) and (confirmed <> 0 or self_reported <> 0)
`;
  return sortCounters(rows.map((row) => ({ ...row })));
}

function sortCounters(rows: CounterRow[]): CounterRow[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows.sort((a, b) => compare(a.campaign_id, b.campaign_id) || compare(a.kind, b.kind) || compare(a.country, b.country));
}

function expectedCounters(specs: ActionSpec[]): CounterRow[] {
  const byKey = new Map<string, CounterRow>();
  for (const spec of specs) {
    const country = spec.country ?? "--";
    const key = `${spec.campaignId}|${spec.kind}|${country}`;
    const row = byKey.get(key) ?? { campaign_id: spec.campaignId, kind: spec.kind, country, confirmed: 0, self_reported: 0 };
    if (spec.selfReported) row.self_reported++;
    else row.confirmed++;
    byKey.set(key, row);
  }
  return sortCounters([...byKey.values()]);
}

async function totalOf(campaignIds: string[]): Promise<number> {
  const rows = await countersOf(campaignIds);
  return rows.reduce((sum, row) => sum + row.confirmed + row.self_reported, 0);
}

/**
 * Runs the job until `done` holds. The watermark trails the clock by a second
 * (more while another test file keeps a transaction open), so one run right
 * after a confirmation may rightly not count it yet.
 */
async function runJobUntil(done: () => Promise<boolean>, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await addNewConfirmationsToCounters();
    if (await done()) return;
    if (Date.now() > deadline) throw new Error("the counter job did not catch up in time");
    await sleep(200);
  }
}

const kinds: Kind[] = ["letter", "tweet", "email", "call", "solidarity", "org_signon"];
const countries = ["CA", "FR", null, "BR", "VN", "ZA", "CN"];

function specsFor(campaignIds: string[], count: number): ActionSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    campaignId: campaignIds[i % campaignIds.length] as string,
    kind: kinds[(i * 7) % kinds.length] as Kind,
    country: countries[(i * 3) % countries.length] ?? null,
    selfReported: i % 11 === 0,
  }));
}

/** Runs `task` over the items with at most `limit` in flight. */
async function inParallel<T>(items: T[], limit: number, task: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await task(items[next++] as T);
    }),
  );
}

describe("batched counters", () => {
  beforeAll(async () => {
    // Starts the watermark if this database has none yet, so the tests below run incremental batches.
    await addNewConfirmationsToCounters();
  });

  it("counts 10,000 parallel confirmations exactly, while the job runs, and reconciliation finds nothing to fix", async () => {
    const campaignIds = await createCampaigns(4);
    const specs = specsFor(campaignIds, 10_000);
    const ids = await insertPending(specs);

    let confirming = true;
    let jobRuns = 0;
    const jobLoop = (async () => {
      while (confirming) {
        await addNewConfirmationsToCounters();
        jobRuns++;
        await sleep(50);
      }
    })();
    await inParallel(ids, 16, (id) => confirm(parallel, id));
    confirming = false;
    await jobLoop;
    expect(jobRuns).toBeGreaterThan(1);

    const expected = expectedCounters(specs);
    await runJobUntil(async () => (await totalOf(campaignIds)) === specs.length);
    expect(await countersOf(campaignIds)).toEqual(expected);

    expect(await reconcileCounters(t.db as never, campaignIds)).toBe(0);
    expect(await countersOf(campaignIds)).toEqual(expected);
  }, 180_000);

  it("counts a confirmation whose transaction commits after the job has run past its timestamp", async () => {
    const [campaignId] = await createCampaigns(1);
    const spec: ActionSpec = { campaignId: campaignId as string, kind: "letter", country: "CA", selfReported: false };
    const [id] = await insertPending([spec]);

    const late = await parallel.reserve();
    try {
      await late`begin`;
      await confirm(late, id as number); // confirmed_at = the start of this transaction
      await sleep(2_500); // well past the skew allowance: a naive "up to now() - 1 s" job would skip the row

      for (let i = 0; i < 3; i++) await addNewConfirmationsToCounters();
      const [{ behind } = { behind: false }] = await late<{ behind: boolean }[]>`
        select w.position <= a.confirmed_at as behind
          from job_watermarks w, actions a where w.name = ${counterWatermarkName} and a.id = ${id as number}`;
      expect(behind).toBe(true);
      expect(await totalOf([campaignId as string])).toBe(0);

      await late`commit`;
    } catch (error) {
      await late`rollback`;
      throw error;
    } finally {
      late.release();
    }

    await runJobUntil(async () => (await totalOf([campaignId as string])) === 1);
    expect(await countersOf([campaignId as string])).toEqual(expectedCounters([spec]));
  }, 60_000);

  it("is not held back by a job that only holds its advisory lock", async () => {
    const [campaignId] = await createCampaigns(1);
    const spec: ActionSpec = { campaignId: campaignId as string, kind: "call", country: null, selfReported: true };
    const lockHolder = await parallel.reserve();
    try {
      await lockHolder`begin`;
      await lockHolder`select pg_try_advisory_xact_lock(hashtext(${`slow-job-${randomUUID()}`}))`;
      const [id] = await insertPending([spec]);
      await confirm(t.sql, id as number);
      await runJobUntil(async () => (await totalOf([campaignId as string])) === 1, 10_000);
    } finally {
      await lockHolder`rollback`;
      lockHolder.release();
    }
    expect(await countersOf([campaignId as string])).toEqual(expectedCounters([spec]));
  }, 30_000);

  it("never double-counts when several runs race", async () => {
    const campaignIds = await createCampaigns(2);
    const specs = specsFor(campaignIds, 500);
    const ids = await insertPending(specs);
    await inParallel(ids, 8, (id) => confirm(parallel, id));
    await sleep(1_200);

    const batches = await Promise.all(Array.from({ length: 8 }, () => addNewConfirmationsToCounters()));
    expect(batches.filter((batch) => batch.added > 0).length).toBeGreaterThanOrEqual(1);

    await runJobUntil(async () => (await totalOf(campaignIds)) >= specs.length);
    for (let i = 0; i < 3; i++) await addNewConfirmationsToCounters();
    expect(await countersOf(campaignIds)).toEqual(expectedCounters(specs));
  }, 60_000);

  it("reconciliation fixes drift: invalidated actions, edited counters, stray rows", async () => {
    const campaignIds = await createCampaigns(1);
    const campaignId = campaignIds[0] as string;
    const specs = specsFor(campaignIds, 60);
    const ids = await insertPending(specs);
    await inParallel(ids, 4, (id) => confirm(t.sql, id));
    await runJobUntil(async () => (await totalOf(campaignIds)) === specs.length);

    // Moderation invalidates two counted actions, someone edits a count by hand, a stray row appears.
    await t.sql`update actions set status = 'invalidated' where id = any(${ids.slice(0, 2)}::bigint[])`;
    await t.sql`update action_counters set confirmed = confirmed + 5 where campaign_id = ${campaignId} and kind = 'tweet'`;
    await t.sql`insert into action_counters (campaign_id, kind, country, confirmed) values (${campaignId}, 'letter', 'ZZ', 3)`;

    expect(await reconcileCounters(t.db as never, campaignIds)).toBeGreaterThan(0);
    expect(await countersOf(campaignIds)).toEqual(expectedCounters(specs.slice(2)));
    expect(await reconcileCounters(t.db as never, campaignIds)).toBe(0);

    // ...and the job does not add them back.
    for (let i = 0; i < 3; i++) await addNewConfirmationsToCounters();
    expect(await countersOf(campaignIds)).toEqual(expectedCounters(specs.slice(2)));
  }, 60_000);

  it("feeds the campaign page: totals, per kind and per country, confirmed and self-reported apart", async () => {
    const [campaignId] = await createCampaigns(1);
    const [{ slug } = { slug: "" }] = await t.sql<{ slug: string }[]>`select slug from campaigns where id = ${campaignId as string}`;
    const specs: ActionSpec[] = [
      { campaignId: campaignId as string, kind: "letter", country: "CA", selfReported: false },
      { campaignId: campaignId as string, kind: "letter", country: "CA", selfReported: false },
      { campaignId: campaignId as string, kind: "letter", country: "FR", selfReported: false },
      { campaignId: campaignId as string, kind: "call", country: "FR", selfReported: true },
      { campaignId: campaignId as string, kind: "tweet", country: null, selfReported: false },
    ];
    const ids = await insertPending(specs);
    await inParallel(ids, 4, (id) => confirm(t.sql, id));
    await runJobUntil(async () => (await totalOf([campaignId as string])) === specs.length);

    expect(await getCampaignProgress(slug, 1)).toEqual({
      confirmed: 4,
      selfReported: 1,
      byKind: [
        { kind: "letter", confirmed: 3, selfReported: 0 },
        { kind: "tweet", confirmed: 1, selfReported: 0 },
        { kind: "call", confirmed: 0, selfReported: 1 },
      ],
      byCountry: [
        { country: "CA", confirmed: 2, selfReported: 0 },
        { country: "FR", confirmed: 1, selfReported: 1 },
      ],
      topCountries: [{ country: "CA", confirmed: 2 }],
    });
  }, 60_000);
});
