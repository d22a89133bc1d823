import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/db";
import { rowsOf } from "./rows";

/**
 * Batched counters (ADR 0007). action_counters holds, per campaign x kind x
 * country, the confirmed actions whose confirmed_at is before the watermark
 * (job_watermarks "counters"), plus confirmed rows without a confirmed_at.
 * The counter job moves the watermark forward and adds what lies between;
 * reconciliation recomputes the same definition from the rows. Both lock the
 * watermark row first, so they never interleave and never count a row twice.
 */
export const counterWatermarkName = "counters";

/** Confirmations may carry a timestamp from an app server whose clock is a little behind the database's. */
const clockSkewAllowance = "1 second";
/**
 * A transaction open longer than this no longer holds the watermark back (an
 * idle psql session must not freeze the counts); if it confirms actions with
 * an older timestamp, reconciliation counts them.
 */
const longestWaitedTransaction = "30 seconds";

/**
 * The instant before which every confirmation is committed and visible: the
 * start of the oldest transaction still open (a confirmation's confirmed_at is
 * never before its transaction's start), less the skew allowance. Sessions
 * that only hold a job's advisory lock and have written nothing are left out:
 * they never confirm anything, and a slow mail run must not stall the counts.
 */
const safeHorizon = sql`
  greatest(
    least(
      clock_timestamp(),
      (select min(a.xact_start) from pg_stat_activity a
        where a.pid <> pg_backend_pid()
          and a.backend_type = 'client backend'
          and a.xact_start is not null
          and not (a.backend_xid is null and exists (
            select 1 from pg_locks l where l.pid = a.pid and l.locktype = 'advisory' and l.granted)))
    ),
    clock_timestamp() - interval ${sql.raw(`'${longestWaitedTransaction}'`)}
  ) - interval ${sql.raw(`'${clockSkewAllowance}'`)}`;

/**
 * Locks the watermark row for the rest of the transaction and returns its
 * position. The first time, there are no counts to add to: the row starts at
 * -infinity and `fresh` tells the caller to recount everything instead.
 */
async function lockWatermark(tx: Database | Transaction): Promise<{ position: string; fresh: boolean }> {
  await tx.execute(sql`
    insert into job_watermarks (name, position) values (${counterWatermarkName}, '-infinity')
    on conflict (name) do nothing`);
  const [row] = rowsOf<{ position: string; fresh: boolean }>(
    await tx.execute(sql`
      select position::text as position, position = '-infinity' as fresh
        from job_watermarks where name = ${counterWatermarkName} for update`),
  );
  if (!row) throw new Error("counter watermark row missing after insert");
  return row;
}

/** Moves the watermark to the safe horizon (never backwards) and returns the new position. */
async function advanceWatermark(tx: Database | Transaction): Promise<string> {
  const [row] = rowsOf<{ position: string }>(
    await tx.execute(sql`
      update job_watermarks
         set position = greatest(position, ${safeHorizon}), updated_at = now()
       where name = ${counterWatermarkName}
      returning position::text as position`),
  );
  if (!row) throw new Error("counter watermark row missing");
  return row.position;
}

function campaignScope(campaignIds?: string[]): SQL {
  return campaignIds?.length
    ? sql`campaign_id in (${sql.join(
        campaignIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql`true`;
}

/** Recounts from the rows, below the already locked watermark. Returns how many counter rows changed. */
async function recount(tx: Database | Transaction, campaignIds?: string[]): Promise<number> {
  const result = await tx.execute(recountStatement(campaignIds));
  return Number(rowsOf<{ changed: number | string }>(result)[0]?.changed ?? 0);
}

/**
 * The recount itself, one statement. For a list of campaigns its read of `actions` is an
 * index-only scan of those campaigns in actions_confirmed_recount_idx (migration 0012), not a
 * scan of the whole table; it stays an exact count of the rows. Exported for
 * actions-plans.test.ts, which checks that plan.
 */
export function recountStatement(campaignIds?: string[]): SQL {
  const scope = campaignScope(campaignIds);
  return sql`
    with watermark as (
      select position from job_watermarks where name = ${counterWatermarkName}
    ),
    fresh as (
      select campaign_id, kind, coalesce(country, '--') as country,
             count(*) filter (where not self_reported) as confirmed,
             count(*) filter (where self_reported) as self_reported
      from actions
      where status = 'confirmed' and ${scope}
        and (confirmed_at is null or confirmed_at < (select position from watermark))
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
    ),
    zeroed as (
      update action_counters c
         set confirmed = 0, self_reported = 0, updated_at = now()
       where ${scope}
         and (c.confirmed <> 0 or c.self_reported <> 0)
         and not exists (
           select 1 from fresh f
            where f.campaign_id = c.campaign_id and f.kind = c.kind and f.country = c.country
         )
      returning 1
    )
    select (select count(*) from upserted) + (select count(*) from zeroed) as changed
  `;
}

/**
 * Recomputes action_counters from the action rows of the given campaigns (all
 * campaigns when none are given) and returns how many counter rows it fixed.
 * The reconciliation half of the batched counters: it repairs drift (actions
 * invalidated or reinstated after they were counted, rows edited by hand, a
 * confirmation whose transaction stayed open past the job's wait). Callers are
 * the system (seed, jobs, moderation after a bulk change), never a request.
 */
export async function reconcileCounters(db: Database | Transaction, campaignIds?: string[]): Promise<number> {
  return db.transaction(async (tx) => {
    const { fresh } = await lockWatermark(tx);
    if (fresh) await advanceWatermark(tx);
    return recount(tx, fresh ? undefined : campaignIds);
  });
}

export interface CounterBatch {
  /** Confirmed actions added to the counters by this run. */
  added: number;
  /** Counter rows changed (upserted or, on a first run, recounted). */
  changedRows: number;
  /** The new watermark, an ISO-like timestamp from Postgres. */
  watermark: string;
}

/**
 * One run of the counter job: adds the confirmations between the watermark and
 * the safe horizon to action_counters and moves the watermark, in one
 * transaction. A concurrent run waits on the watermark row, then starts from
 * where this one stopped.
 */
export async function addNewConfirmationsToCounters(): Promise<CounterBatch> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { position: from, fresh } = await lockWatermark(tx);
    const watermark = await advanceWatermark(tx);
    if (fresh) {
      const changedRows = await recount(tx);
      return { added: 0, changedRows, watermark };
    }
    if (watermark === from) return { added: 0, changedRows: 0, watermark };
    const [row] = rowsOf<{ added: number | string; changed: number | string }>(
      await tx.execute(sql`
        with batch as (
          select campaign_id, kind, coalesce(country, '--') as country,
                 count(*) filter (where not self_reported) as confirmed,
                 count(*) filter (where self_reported) as self_reported
          from actions
          where status = 'confirmed' and confirmed_at >= ${from}::timestamptz and confirmed_at < ${watermark}::timestamptz
          group by 1, 2, 3
        ),
        upserted as (
          insert into action_counters as c (campaign_id, kind, country, confirmed, self_reported, updated_at)
          select campaign_id, kind, country, confirmed, self_reported, now() from batch
          on conflict (campaign_id, kind, country) do update
            set confirmed = c.confirmed + excluded.confirmed,
                self_reported = c.self_reported + excluded.self_reported,
                updated_at = now()
          returning 1
        )
        select coalesce((select sum(confirmed + self_reported) from batch), 0) as added,
               (select count(*) from upserted) as changed
      `),
    );
    return { added: Number(row?.added ?? 0), changedRows: Number(row?.changed ?? 0), watermark };
  });
}
