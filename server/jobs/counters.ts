import { getDb } from "@/db";
import { addNewConfirmationsToCounters, reconcileCounters } from "@/db/queries/counters";
import { cacheTags } from "@/lib/cache-tags";

/** The incremental job: often enough that a confirmation shows within 5 s (1 s wait + 1 s skew allowance + render). */
export const counterJobEveryMs = 1_000;
/** Reconciliation: a full recount, cheap enough every few minutes and the safety net for drift. */
export const counterReconcileEveryMs = 5 * 60_000;

interface TagExpirer {
  revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void>;
}

/**
 * Expires the cached counts (every query and page that read them carries the
 * "counters" tag). revalidateTag() from next/cache cannot be used here: outside
 * a request or server action it throws ("static generation store missing").
 * The Next server keeps its incremental cache on globalThis once it has served
 * a request; before that nothing is cached, so there is nothing to expire. In
 * a separate worker process there is no Next cache at all, and counts refresh
 * with their cache window (ADR 0003) instead.
 */
export async function expireCounterCaches(): Promise<boolean> {
  const cache = (globalThis as { __incrementalCache?: TagExpirer }).__incrementalCache;
  if (!cache) return false;
  // No durations: expired now, so the next request re-reads instead of serving stale counts once more.
  await cache.revalidateTag([cacheTags.counters]);
  return true;
}

export async function runCounterJobOnce(): Promise<void> {
  const batch = await addNewConfirmationsToCounters();
  if (batch.changedRows > 0) await expireCounterCaches();
}

export async function runCounterReconciliationOnce(): Promise<void> {
  const changed = await reconcileCounters(await getDb());
  if (changed > 0) {
    console.warn(`[jobs] counter reconciliation fixed ${changed} counter row(s)`);
    await expireCounterCaches();
  }
}
