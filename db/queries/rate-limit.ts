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
  const unique = [...new Map(charges.map((c) => [c.key, c])).values()];
  if (unique.length === 0) return { allowed: true, exceeded: [] };
  const db = await getDb();
  const rows = await db
    .insert(rateLimits)
    .values(
      unique.map((c) => ({
        key: c.key,
        points: 1,
        expiresAt: sql`now() + ${c.windowSeconds} * interval '1 second'`,
      })),
    )
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        points: sql`case when ${rateLimits.expiresAt} <= now() then 1 else ${rateLimits.points} + 1 end`,
        expiresAt: sql`case when ${rateLimits.expiresAt} <= now() then excluded.expires_at else ${rateLimits.expiresAt} end`,
      },
    })
    .returning({ key: rateLimits.key, points: rateLimits.points });
  return judge(unique, new Map(rows.map((row) => [row.key, row.points])));
}

/** Deletes buckets whose window ended; returns how many. For a periodic cleanup job. */
export async function deleteExpiredRateLimits(): Promise<number> {
  const db = await getDb();
  const deleted = await db.delete(rateLimits).where(lt(rateLimits.expiresAt, sql`now()`)).returning({ key: rateLimits.key });
  return deleted.length;
}

/**
 * Records a proof-of-work solution as used. True the first time, false for a
 * replay: the primary key makes this one race-free statement.
 */
export async function spendChallenge(signature: string, expiresAt: Date): Promise<boolean> {
  const db = await getDb();
  const inserted = await db
    .insert(spentChallenges)
    .values({ signature, expiresAt })
    .onConflictDoNothing({ target: spentChallenges.signature })
    .returning({ signature: spentChallenges.signature });
  return inserted.length === 1;
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
 * spendChallenge and consumeRateLimits in ONE statement (one commit on the
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
  const unique = new Map([...always, ...withoutProof].map((c) => [c.key, c]));
  const alwaysKeys = new Set(always.map((c) => c.key));
  const extra = [...unique.values()].filter((c) => !alwaysKeys.has(c.key));
  const rows = [...chargeRows([...alwaysKeys].map((key) => unique.get(key)!), false), ...chargeRows(extra, true)];
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
  const judged = [...unique.values()].filter((c) => powVerified ? alwaysKeys.has(c.key) : true);
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
