import "server-only";
import { lt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { rateLimits, spentChallenges } from "@/db/schema";
import { judge, type Charge, type Verdict } from "@/lib/rate-limit/policy";

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

/** Deletes spent challenges that have expired anyway (an expired solution is refused before this table is read). */
export async function deleteExpiredChallenges(): Promise<number> {
  const db = await getDb();
  const deleted = await db
    .delete(spentChallenges)
    .where(lt(spentChallenges.expiresAt, sql`now()`))
    .returning({ signature: spentChallenges.signature });
  return deleted.length;
}
