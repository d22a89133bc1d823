/**
 * The benchmark's PostgreSQL: the same throwaway cluster the tests use
 * (scripts/lib/pg-throwaway.ts), then made durable again and sized for the
 * bench. The test cluster turns fsync and synchronous_commit off; a
 * benchmark on those settings would flatter every write, so they go back on.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import postgres from "postgres";
import { findPgBinDir, startThrowawayCluster, type ThrowawayCluster } from "../../scripts/lib/pg-throwaway";

/** Settings for a 2-core, 24 GB machine shared with the app server; durability as in production. */
export const benchSettings: Record<string, string> = {
  fsync: "on",
  synchronous_commit: "on",
  full_page_writes: "on",
  shared_buffers: "1GB",
  effective_cache_size: "8GB",
  work_mem: "16MB",
  maintenance_work_mem: "512MB",
  wal_buffers: "32MB",
  max_wal_size: "8GB",
  checkpoint_timeout: "30min",
  random_page_cost: "1.1",
  // Every statement slower than this is logged; the report lists them (bench/lib/slow-log.ts).
  log_min_duration_statement: "100ms",
};

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

export function pgBinary(name: string): string {
  const bin = findPgBinDir();
  if (!bin) throw new Error("PostgreSQL binaries not found (see scripts/lib/pg-throwaway.ts)");
  return path.join(bin, name);
}

/** argv that runs a PostgreSQL server binary as `postgres` when we are root (PostgreSQL refuses root). */
export function asPostgresUser(binary: string, args: string[]): [string, string[]] {
  return isRoot ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args];
}

export async function startBenchCluster(log: (message: string) => void): Promise<ThrowawayCluster> {
  const cluster = await startThrowawayCluster({ database: "inkwell_bench", log });
  try {
    const sql = postgres(cluster.url, { max: 1, onnotice: () => {} });
    for (const [name, value] of Object.entries(benchSettings)) {
      await sql.unsafe(`alter system set ${name} = '${value}'`);
    }
    await sql.end();
    const dataDir = path.join(cluster.dir, "data");
    const [cmd, argv] = asPostgresUser(pgBinary("pg_ctl"), [
      "-D",
      dataDir,
      "-l",
      path.join(cluster.dir, "postgres.log"),
      "-w",
      "-t",
      "60",
      "restart",
    ]);
    const restart = spawnSync(cmd, argv, { encoding: "utf8" });
    if (restart.status !== 0) throw new Error(`pg_ctl restart failed: ${restart.stderr || restart.stdout}`);
    await assertDurable(cluster.url);
    return cluster;
  } catch (error) {
    cluster.stopSync();
    throw error;
  }
}

/** Refuses to measure on a cluster that would lose committed rows in a crash. */
async function assertDurable(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ name: string; setting: string }[]>`
      select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes')`;
    const off = rows.filter((row) => row.setting !== "on").map((row) => row.name);
    if (off.length > 0) throw new Error(`bench cluster is not durable: ${off.join(", ")} off`);
  } finally {
    await sql.end();
  }
}
