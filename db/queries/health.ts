import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { connection, type Database, type Transaction } from "@/db";
import { env } from "@/lib/env";
import { counterWatermarkName } from "./counters";
import { rowsOf } from "./rows";

/**
 * What /readyz and /metrics read from the database (ADR 0032): cheap
 * statements on indexes, run per probe or scrape, never per request.
 */

type Executor = Pick<Database | Transaction, "execute">;

export interface JournalEntry {
  tag: string;
  when: number;
}

let repoJournal: JournalEntry[] | undefined;

/** The migrations this build ships (db/migrations/meta/_journal.json, what `npm run db:migrate` applies), read once. */
export function shippedMigrations(): JournalEntry[] {
  repoJournal ??= (
    JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations", "meta", "_journal.json"), "utf8")) as {
      entries: JournalEntry[];
    }
  ).entries;
  return repoJournal;
}

export type MigrationState = { current: true } | { current: false; reason: string };

/**
 * Whether the database has every shipped migration. Drizzle's migrator records each applied
 * migration in drizzle.__drizzle_migrations with its journal timestamp (created_at) and applies
 * those newer than the latest recorded: so the database is current when that latest timestamp
 * reaches the journal's last entry and no fewer migrations are recorded than shipped.
 */
export async function migrationState(journal: readonly JournalEntry[] = shippedMigrations(), db?: Executor): Promise<MigrationState> {
  const executor = db ?? (await connection()).db;
  const exists = rowsOf<{ present: boolean }>(await executor.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`));
  if (!exists[0]?.present) return { current: false, reason: "no migrations applied" };
  const [row] = rowsOf<{ applied: number; latest: string | null }>(
    await executor.execute(sql`select count(*)::int as applied, max(created_at)::text as latest from drizzle.__drizzle_migrations`),
  );
  const latest = Number(row?.latest ?? 0);
  const pending = journal.filter((entry) => entry.when > latest).length;
  if (pending > 0) return { current: false, reason: `${pending} migration(s) pending` };
  if ((row?.applied ?? 0) < journal.length) return { current: false, reason: "fewer migrations applied than shipped" };
  return { current: true };
}

export interface OperationalGauges {
  /** Mails not sent yet: queued, or claimed by a sender. */
  outboxDepth: number;
  /** Seconds the oldest due, unsent mail has been due; 0 when none. */
  outboxOldestDueAgeSeconds: number;
  /** Seconds since the oldest confirmed action the counters have not counted yet was confirmed; 0 when none. */
  counterLagSeconds: number;
  /** Seconds the counter watermark is behind the database clock; null before the job's first run. */
  counterWatermarkAgeSeconds: number | null;
  /** This process's connections (postgres.js only; each process names its connections, db/index.ts). */
  connections: { inUse: number; idle: number } | null;
  /** PG_POOL_MAX, or 1 for the embedded database. */
  poolMax: number;
}

/**
 * The scrape-time gauges, in one round trip:
 * - the outbox by its (status, send_after) index; held-back mail counts as due once its recheck time passes;
 * - the counter lag as ADR 0007 defines what is counted: confirmed actions at or after the
 *   watermark (the partial index actions_confirmed_at_idx), so a stalled job shows as a growing age;
 * - connections from pg_stat_activity, matched by this process's application_name.
 */
export async function operationalGauges(db?: Executor): Promise<OperationalGauges> {
  const conn = await connection();
  const executor = db ?? conn.db;
  const postgres = conn.driver === "postgres";
  const [row] = rowsOf<{
    depth: number;
    oldest_due: number | null;
    counter_lag: number | null;
    watermark_age: number | null;
    in_use: number | null;
    idle: number | null;
  }>(
    await executor.execute(sql`
      with mark as (select position from job_watermarks where name = ${counterWatermarkName})
      select
        (select count(*)::int from mail_outbox where status in ('queued', 'sending')) as depth,
        (select extract(epoch from now() - min(send_after))::float8 from mail_outbox
          where status in ('queued', 'sending') and send_after <= now()) as oldest_due,
        (select extract(epoch from now() - min(confirmed_at))::float8 from actions
          where status = 'confirmed' and confirmed_at >= coalesce((select position from mark), '-infinity')) as counter_lag,
        (select case when position = '-infinity' then null else extract(epoch from now() - position)::float8 end from mark) as watermark_age,
        ${postgres ? sql`(select count(*)::int from pg_stat_activity where application_name = current_setting('application_name') and state is distinct from 'idle')` : sql`null::int`} as in_use,
        ${postgres ? sql`(select count(*)::int from pg_stat_activity where application_name = current_setting('application_name') and state = 'idle')` : sql`null::int`} as idle`),
  );
  return {
    outboxDepth: row?.depth ?? 0,
    outboxOldestDueAgeSeconds: Math.max(0, row?.oldest_due ?? 0),
    counterLagSeconds: Math.max(0, row?.counter_lag ?? 0),
    counterWatermarkAgeSeconds: row?.watermark_age ?? null,
    connections: postgres && row?.in_use != null ? { inUse: row.in_use, idle: row.idle ?? 0 } : null,
    poolMax: postgres ? env().PG_POOL_MAX : 1,
  };
}
