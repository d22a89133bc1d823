import "server-only";
import { lt, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { actions, rateLimits, spentChallenges, type ActionKind } from "@/db/schema";
import { judge, payerOrder, type Charge, type Verdict } from "@/lib/rate-limit/policy";
import { rowsOf } from "./rows";

/**
 * Charges the buckets in ONE statement and says whether any went over its
 * limit. Fixed windows: a bucket whose window has run out starts again at 1
 * with a new expiry. The requester's own buckets are written even when the
 * answer is no, so hammering a limit keeps it shut until the window ends;
 * "address" and "shared" buckets only as spendAndCharge says.
 */
export async function consumeRateLimits(charges: readonly Charge[]): Promise<Verdict> {
  if (charges.length === 0) return { allowed: true, exceeded: [] };
  return (await spendAndCharge(null, charges)).verdict;
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

/** A signature about to be stored: "shared" buckets are charged only when it is not a repeat of one already there. */
export interface NewSigner {
  campaignId: string;
  kind: ActionKind;
  /** keyedHash("email", canonical email), as actions.email_hash. */
  emailHash: string;
}

const tierOf = (charge: Charge) => payerOrder.indexOf(charge.payer ?? "requester");

/** The upsert of one payer's buckets, for those of `applies` in `tier` when `condition` holds. */
function chargeTier(tier: number, condition: SQL) {
  return sql`
      insert into ${rateLimits} (key, points, expires_at)
      select key, 1, now() + window_seconds * interval '1 second' from applies
       where tier = ${tier}::int and ${condition}
      on conflict (key) do update set
        points = case when ${rateLimits}.expires_at <= now() then 1 else ${rateLimits}.points + 1 end,
        expires_at = case when ${rateLimits}.expires_at <= now() then excluded.expires_at else ${rateLimits}.expires_at end
      returning key, points`;
}

/**
 * Spends a proof of work and charges the rate limits in ONE statement (one commit on the
 * signing path instead of two): marks the proof-of-work `solution` spent, then charges
 * the buckets that apply (those `withoutProof` only when the solution was missing or
 * already spent) in the order of their payer (lib/rate-limit/policy.ts):
 * - "requester" buckets always;
 * - "address" buckets only when no requester bucket went over its limit;
 * - "shared" buckets only when neither did, and, given `newSigner`, only when no
 *   action with that campaign, kind and email hash is stored yet (a repeat spends
 *   nobody else's budget).
 * Then judges the charged buckets; one not charged cannot refuse.
 */
export async function spendAndCharge(
  solution: { signature: string; expiresAt: Date } | null,
  charges: readonly Charge[],
  options: { newSigner?: NewSigner } = {},
): Promise<SpendAndChargeResult> {
  const byKey = chargesByKey(charges);
  const db = await getDb();
  const result = await db.execute(spendAndChargeStatement(solution, [...byKey.values()], options.newSigner));
  const [row] = rowsOf<{ spent: number; charged: [string, number][] | string }>(result);
  const charged = typeof row?.charged === "string" ? (JSON.parse(row.charged) as [string, number][]) : (row?.charged ?? []);
  return { powVerified: row?.spent === 1, verdict: judge([...byKey.values()], new Map(charged)) };
}

/** A key given twice is charged once, by its earliest payer. */
function chargesByKey(charges: readonly Charge[]): Map<string, Charge> {
  const byKey = new Map<string, Charge>();
  for (const charge of [...charges].sort((a, b) => tierOf(a) - tierOf(b))) if (!byKey.has(charge.key)) byKey.set(charge.key, charge);
  return byKey;
}

/** spendAndCharge's one statement; `charges` without repeated keys. */
function spendAndChargeStatement(
  solution: { signature: string; expiresAt: Date } | null,
  charges: readonly Charge[],
  newSigner: NewSigner | undefined,
): SQL {
  const rows = charges.map(
    (c) => sql`(${c.key}::text, ${c.windowSeconds}::int, ${c.points}::int, ${tierOf(c)}::int, ${c.withoutProof ?? false}::boolean)`,
  );
  const wanted = rows.length
    ? sql`select * from (values ${sql.join(rows, sql`, `)}) as v(key, window_seconds, max_points, tier, without_proof)`
    : sql`select null::text as key, null::int as window_seconds, null::int as max_points, null::int as tier, null::boolean as without_proof where false`;
  const isNew = newSigner
    ? sql`not exists (select 1 from ${actions} where ${actions.campaignId} = ${newSigner.campaignId}::uuid
                          and ${actions.kind} = ${newSigner.kind}::action_kind and ${actions.emailHash} = ${newSigner.emailHash}::text)`
    : sql`true`;
  return sql`
    with spent as (
      insert into ${spentChallenges} (signature, expires_at)
      select ${solution?.signature ?? null}::text, ${solution?.expiresAt.toISOString() ?? null}::timestamptz
       where ${solution !== null}::boolean
      on conflict (signature) do nothing
      returning 1
    ),
    wanted as (${wanted}),
    applies as (select * from wanted where not without_proof or not exists (select 1 from spent)),
    requester as (${chargeTier(0, sql`true`)}),
    requester_ok as (
      select not exists (select 1 from requester c join applies a using (key) where c.points > a.max_points) as ok
    ),
    address as (${chargeTier(1, sql`(select ok from requester_ok)`)}),
    address_ok as (
      select (select ok from requester_ok)
         and not exists (select 1 from address c join applies a using (key) where c.points > a.max_points) as ok
    ),
    shared as (${chargeTier(2, sql`(select ok from address_ok) and ${isNew}`)}),
    charged as (
      select key, points from requester union all select key, points from address union all select key, points from shared
    )
    select (select count(*) from spent)::int as spent,
           coalesce((select json_agg(json_build_array(key, points)) from charged), '[]'::json) as charged`;
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
