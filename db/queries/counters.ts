import "server-only";
import { sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db";

/**
 * Recomputes action_counters from the action rows of the given campaigns (all
 * campaigns when none are given). This is the reconciliation half of the
 * batched counters: it fixes any drift the incremental job may have left.
 * The caller is the system (seed, jobs), never a request.
 */
export async function reconcileCounters(db: Database | Transaction, campaignIds?: string[]): Promise<void> {
  const scope = campaignIds?.length
    ? sql`campaign_id in (${sql.join(
        campaignIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql`true`;
  await db.execute(sql`
    with fresh as (
      select campaign_id, kind, coalesce(country, '--') as country,
             count(*) filter (where not self_reported) as confirmed,
             count(*) filter (where self_reported) as self_reported
      from actions
      where status = 'confirmed' and ${scope}
      group by 1, 2, 3
    ),
    upserted as (
      insert into action_counters (campaign_id, kind, country, confirmed, self_reported, updated_at)
      select campaign_id, kind, country, confirmed, self_reported, now() from fresh
      on conflict (campaign_id, kind, country) do update
        set confirmed = excluded.confirmed, self_reported = excluded.self_reported, updated_at = now()
        where action_counters.confirmed <> excluded.confirmed
           or action_counters.self_reported <> excluded.self_reported
      returning 1
    )
    update action_counters c
       set confirmed = 0, self_reported = 0, updated_at = now()
     where ${scope}
       and (c.confirmed <> 0 or c.self_reported <> 0)
       and not exists (
         select 1 from fresh f
          where f.campaign_id = c.campaign_id and f.kind = c.kind and f.country = c.country
       )
  `);
}
