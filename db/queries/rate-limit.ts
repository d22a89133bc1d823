import "server-only";
import { lt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { rateLimits, spentChallenges } from "@/db/schema";
import { judge, type Charge, type Verdict } from "@/lib/rate-limit/policy";
import { rowsOf } from "./rows";

/**
 * Adds one point to every bucket in ONE statement and says whether any went
 * over its limit. Fixed windows: a bucket whose window has run out starts
 * again at 1 with a new expiry. Rows are written even when the answer is no,
 * so hammering a limit keeps it shut until the window ends.
 */
export async function consumeRateLimits(charges: readonly Charge[]): Promise<Verdict> {
  if (charges.length === 0) return { allowed: true, exceeded: [] };
  return (await spendAndCharge(null, charges, [])).verdict;
}

/** Deletes buckets whose window ended; returns how many. For a periodic cleanup job. */
export async function deleteExpiredRateLimits(): Promise<number> {
  const db = await getDb();
  const deleted = await db.delete(rateLimits).where(lt(rateLimits.expiresAt, sql`now()`)).returning({ key: rateLimits.key });
  return deleted.length;
}

export interface SpendAndChargeResult {
  /** The solution was valid and used here for the first time. */
  powVerified: boolean;
  verdict: Verdict;
}

function chargeRows(charges: readonly Charge[], withoutProof: boolean) {
  return charges.map((c) => sql`(${c.key}::text, ${c.windowSeconds}::int, ${withoutProof}::boolean)`);
}

/**
 * Spends a proof of work and charges the rate limits in ONE statement (one commit on the
 * signing path instead of two): marks the proof-of-work `solution` spent, then
 * charges `always` and, only when the solution was missing or already spent,
 * `withoutProof` as well, and judges the charged buckets. As with
 * consumeRateLimits, buckets are written even when the answer is no.
 */
export async function spendAndCharge(
  solution: { signature: string; expiresAt: Date } | null,
  always: readonly Charge[],
  withoutProof: readonly Charge[],
): Promise<SpendAndChargeResult> {
  const alwaysByKey = new Map(always.map((c) => [c.key, c]));
  const extraByKey = new Map(withoutProof.filter((c) => !alwaysByKey.has(c.key)).map((c) => [c.key, c]));
  const rows = [...chargeRows([...alwaysByKey.values()], false), ...chargeRows([...extraByKey.values()], true)];
  const wanted = rows.length
    ? sql`select * from (values ${sql.join(rows, sql`, `)}) as v(key, window_seconds, without_proof)`
    : sql`select null::text as key, null::int as window_seconds, null::boolean as without_proof where false`;
  const db = await getDb();
  const result = await db.execute(sql`
    with spent as (
      insert into ${spentChallenges} (signature, expires_at)
      select ${solution?.signature ?? null}::text, ${solution?.expiresAt.toISOString() ?? null}::timestamptz
       where ${solution !== null}::boolean
      on conflict (signature) do nothing
      returning 1
    ),
    wanted as (${wanted}),
    charged as (
      insert into ${rateLimits} (key, points, expires_at)
      select key, 1, now() + window_seconds * interval '1 second' from wanted
       where not without_proof or not exists (select 1 from spent)
      on conflict (key) do update set
        points = case when ${rateLimits}.expires_at <= now() then 1 else ${rateLimits}.points + 1 end,
        expires_at = case when ${rateLimits}.expires_at <= now() then excluded.expires_at else ${rateLimits}.expires_at end
      returning key, points
    )
    select (select count(*) from spent)::int as spent,
           coalesce((select json_agg(json_build_array(key, points)) from charged), '[]'::json) as charged`);
  const [row] = rowsOf<{ spent: number; charged: [string, number][] | string }>(result);
  const charged = typeof row?.charged === "string" ? (JSON.parse(row.charged) as [string, number][]) : (row?.charged ?? []);
  const powVerified = row?.spent === 1;
  const judged = powVerified ? [...alwaysByKey.values()] : [...alwaysByKey.values(), ...extraByKey.values()];
  return { powVerified, verdict: judge(judged, new Map(charged)) };
}

/** Deletes spent challenges that have expired anyway (an expired solution is refused before this table is read). */
export async function deleteExpiredChallenges(): Promise<number> {
  const db = await getDb();
  const deleted = await db
    .delete(spentChallenges)
    .where(lt(spentChallenges.expiresAt, sql`now()`))
    .returning({ signature: spentChallenges.signature });
  return deleted.length;
}
