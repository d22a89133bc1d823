import { runNextInvalidationStep } from "@/db/queries/invalidations";
import { cacheTags } from "@/lib/cache-tags";
import { expireCacheTags } from "@/server/cache/expire-tags";

/** Often enough that an admin sees a queued invalidation (or its undo) done within seconds. */
export const invalidationJobEveryMs = 3_000;
/** Steps per run: a backlog drains without one run holding the job lock for long. */
const stepsPerRun = 10;

/**
 * Expires the public counts and the pages of the campaigns whose actions
 * changed (their solidarity wall and signatories list read action statuses
 * too). Same mechanism and limits as the counter job's (ADR 0007): outside
 * the Next server there is no cache to expire, and the windows take over.
 */
async function expirePublicCaches(campaignSlugs: string[]): Promise<void> {
  await expireCacheTags([cacheTags.counters, ...campaignSlugs.map(cacheTags.campaign)]);
}

/** Runs queued invalidations and undos, oldest first, until none is left or the run's share is done. */
export async function runInvalidationJobOnce(): Promise<void> {
  for (let step = 0; step < stepsPerRun; step++) {
    const done = await runNextInvalidationStep();
    if (!done) return;
    console.info(`[jobs] invalidation ${done.id} ${done.did} ${done.affected} action(s)`);
    if (done.affected > 0) await expirePublicCaches(done.campaignSlugs);
  }
}
