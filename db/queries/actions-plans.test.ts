/**
 * Issue #16 item 6: the delivery tab's letters-per-target count and the per-campaign counter
 * recount read one campaign's entries of a covering index (migration 0012), never all of
 * `actions`. EXPLAIN (FORMAT JSON) of the very text and parameters the app sends
 * (lettersPerTarget, recountStatement), with the planner left to choose (no enable_* settings).
 *
 * The rows are in a temporary `actions` made LIKE the migrated one, with the migrated table's
 * indexes recreated on it from pg_indexes (names and all), which the session's search_path puts
 * before the real table: its statistics and visibility map are the test's alone, whatever other test files do
 * to the shared table at the same time, and VACUUM on it waits for no other session. The
 * measured campaign is 600 of 30,600 rows; docs/performance.md (issue #16 item 6) has the plans
 * on a million rows.
 */
/**
 * Issue #16 item 6: the delivery tab's letters-per-target count and the per-campaign counter
 * recount read one campaign's entries of a covering index (migration 0012), never all of
 * `actions`. EXPLAIN (FORMAT JSON) of the very statements the app sends (lettersPerTarget,
 * recountStatement), on a campaign that is a small part of the rows, in a transaction that is
 * rolled back.
 *
 * VACUUM cannot run in a transaction, so the visibility map of the rows added here is empty and
 * the planner prices an index-only scan like a heap visit per row; at this size it would then
 * rather read the few pages of the table. The test therefore turns sequential and bitmap scans
 * off in its transaction only: what it checks is that the index can answer each query alone (an
 * Index Only Scan with the campaign in the Index Cond) and that no plan node reads `actions`
 * sequentially. That the planner picks these scans by itself on a vacuumed million-row table is
 * in docs/performance.md (Hot queries, issue #16 item 6).
 */
import { randomUUID } from "node:crypto";
import { PgDialect } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { testDatabaseUrl } from "@/test/db";
import { recountStatement } from "./counters";
import { lettersPerTarget } from "./delivery";

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Index Cond"?: string;
  Plans?: PlanNode[];
}

let client: postgres.Sql;
/** One connection, kept: the temporary `actions` lives in its session. */
let session: postgres.ReservedSql;
const campaignId = randomUUID();
const [targetA, targetB] = [randomUUID(), randomUUID()];

beforeAll(async () => {
  client = postgres(testDatabaseUrl(), { max: 1, onnotice: () => {} });
  session = await client.reserve();
  await session`set search_path = pg_temp, public`;
  await session`create temp table actions (like public.actions including all excluding indexes)`;
  // The migrated indexes, names and all.
  const indexes = await session<{ indexdef: string }[]>`select indexdef from pg_indexes where schemaname = 'public' and tablename = 'actions'`;
  for (const { indexdef } of indexes) await session.unsafe(indexdef.replace(" ON public.actions ", " ON pg_temp.actions "));
  // i = 1..600 on the measured campaign: i % 6 picks kind, status, target and self-reporting.
  await session`
    insert into actions (campaign_id, kind, status, target_id, self_reported, country, idempotency_key, confirmed_at)
    select ${campaignId}::uuid,
           (case i % 6 when 4 then 'petition' when 5 then 'solidarity' else 'letter' end)::action_kind,
           (case when i % 6 = 3 then 'pending' else 'confirmed' end)::action_status,
           case when i % 6 in (0, 4) then ${targetA}::uuid when i % 6 = 1 then ${targetB}::uuid end,
           i % 6 = 2 and i % 12 = 2,
           case when i % 2 = 0 then 'GB' end,
           'plans-' || i,
           case when i % 6 <> 3 then now() - interval '1 hour' end
    from generate_series(1, 600) as i`;
  // 30,000 confirmed letters on nine other campaigns, interleaved with nothing in particular.
  await session`
    insert into actions (campaign_id, kind, status, target_id, country, idempotency_key, confirmed_at)
    select ('00000000-0000-4000-8000-00000000000' || (i % 9))::uuid, 'letter', 'confirmed', ${targetA}::uuid, 'DE',
           'plans-other-' || i, now() - interval '1 hour' - i * interval '1 second'
    from generate_series(1, 30000) as i`;
  // A temporary table's VACUUM waits for no other session, so the visibility map is set as it
  // would be on a vacuumed production table, and the planner prices index-only scans as such.
  await session`vacuum (analyze) pg_temp.actions`;
});

afterAll(async () => {
  session?.release();
  await client?.end({ timeout: 5 });
  await closeDb();
});

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

/** EXPLAIN (FORMAT JSON) of the exact text and parameters the app sends, in the test's session. */
async function explain(query: { sql: string; params: unknown[] }): Promise<PlanNode[]> {
  const [row] = await session.unsafe(`explain (format json) ${query.sql}`, query.params as postgres.ParameterOrJSON<never>[]);
  const raw = (row as Record<string, unknown>)["QUERY PLAN"];
  const plans = (typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
  return nodesOf(plans[0]!.Plan);
}

const readsOfActions = (nodes: PlanNode[]) => nodes.filter((node) => node["Relation Name"] === "actions");

describe("issue #16 item 6: reads of one campaign's actions", () => {
  it("the delivery tab's letters-per-target count is exact and an index-only scan of the campaign", async () => {
    const query = lettersPerTarget(await getDb(), campaignId).toSQL();

    // Exactly the confirmed, not self-reported letters and petitions, per target and kind:
    // i % 6 = 0 letter->A (100), 1 letter->B (100), 2 letter without target (100, 50 self-reported),
    // 3 pending (none), 4 petition->A (100), 5 solidarity (none).
    const counted = await session.unsafe<{ target_id: string | null; kind: string; count: string | number }[]>(
      query.sql,
      query.params as postgres.ParameterOrJSON<never>[],
    );
    const byKey = Object.fromEntries(counted.map((row) => [`${row.kind}:${row.target_id ?? "none"}`, Number(row.count)]));
    expect(byKey).toEqual({ [`letter:${targetA}`]: 100, [`letter:${targetB}`]: 100, "letter:none": 50, [`petition:${targetA}`]: 100 });

    const reads = readsOfActions(await explain(query));
    expect(reads.map((node) => node["Node Type"])).not.toContain("Seq Scan");
    expect(reads).toEqual([expect.objectContaining({ "Node Type": "Index Only Scan", "Index Name": "actions_delivered_by_target_idx" })]);
    expect(reads[0]!["Index Cond"]).toContain("campaign_id =");
  });

  it("the per-campaign recount is an index-only scan of the campaign, not of all of actions", async () => {
    // EXPLAIN without ANALYZE: the statement's writes to action_counters are planned, never run.
    const reads = readsOfActions(await explain(new PgDialect().sqlToQuery(recountStatement([campaignId]))));
    expect(reads.map((node) => node["Node Type"])).not.toContain("Seq Scan");
    expect(reads).toEqual([expect.objectContaining({ "Node Type": "Index Only Scan", "Index Name": "actions_confirmed_recount_idx" })]);
    expect(reads[0]!["Index Cond"]).toContain("campaign_id =");
  });
});
