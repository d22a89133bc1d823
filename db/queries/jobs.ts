import "server-only";
import { sql } from "drizzle-orm";
import { connection } from "@/db";
import { rowsOf } from "./rows";

// Also guards against two runners in one process (a dev server re-running instrumentation).
const holder = globalThis as unknown as { __inkwellJobsRunningHere?: Set<string> };
const runningHere = (holder.__inkwellJobsRunningHere ??= new Set<string>());

/**
 * Runs `run` unless another run of the job named `name` is under way, in this
 * process or (with an external Postgres) in any other. Returns whether it ran.
 * The cross-process lock is a transaction-level advisory lock, so it lives on
 * the one connection that holds the transaction open for the whole run and is
 * released even if this process dies. PGlite is single-process: the in-process
 * guard is all it needs.
 */
export async function withJobLock(name: string, run: () => Promise<void>): Promise<boolean> {
  if (runningHere.has(name)) return false;
  runningHere.add(name);
  try {
    const { db, driver } = await connection();
    if (driver === "pglite") {
      await run();
      return true;
    }
    return await db.transaction(async (tx) => {
      const result = await tx.execute(sql`select pg_try_advisory_xact_lock(hashtext(${name})) as locked`);
      if (!rowsOf<{ locked: boolean }>(result)[0]?.locked) return false;
      await run();
      return true;
    });
  } finally {
    runningHere.delete(name);
  }
}
