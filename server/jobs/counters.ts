import { getDb } from "@/db";
import { addNewConfirmationsToCounters, reconcileCounters } from "@/db/queries/counters";
import { cacheTags } from "@/lib/cache-tags";
import { expireCacheTags } from "@/server/cache/expire-tags";

/** The incremental job: often enough that a confirmation shows within 5 s (1 s wait + 1 s skew allowance + render). */
export const counterJobEveryMs = 1_000;
/** Reconciliation: a full recount, cheap enough every few minutes and the safety net for drift. */
export const counterReconcileEveryMs = 5 * 60_000;

/**
 * Expires the cached counts (every query and page that read them carries the
 * "counters" tag): in this server's cache, or in the shared cache of a
 * deployment with several nodes (server/cache/expire-tags.ts). A worker with
 * no shared cache cannot reach the nodes' caches: counts then refresh with
 * their cache window (ADR 0003).
 */
export async function expireCounterCaches(): Promise<boolean> {
  return expireCacheTags([cacheTags.counters]);
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
