// Runs the background jobs (mail sender) outside the web server, for
// deployments whose web nodes run with WORKERS=off. Start any number of these:
// each job runs one at a time across all of them. Stops cleanly on SIGTERM/SIGINT.
// Run with `tsx --conditions=react-server` (npm run worker).
import { closeDb } from "@/db";
import { env } from "@/lib/env";
import { componentLogger } from "@/lib/log";
import { startBackgroundJobs, stopBackgroundJobs } from "@/server/jobs";
import { isPostgresWriteAfterClose } from "@/server/jobs/driver-crash";

function main() {
  const log = componentLogger("worker");
  if (!env().DATABASE_URL) {
    // The embedded database belongs to the one process that opened it; a second one would corrupt it.
    log.error("DATABASE_URL is unset: with the embedded database, jobs run inside the server (WORKERS=on).");
    process.exit(2);
  }
  process.on("uncaughtException", (error) => {
    if (isPostgresWriteAfterClose(error)) {
      log.error({ err: error }, "database connection dropped mid-write (postgres.js); the pool reconnects");
      return;
    }
    log.fatal({ err: error }, "uncaught exception");
    process.exit(1);
  });
  startBackgroundJobs();
  log.info("background jobs started");

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info({ signal }, "finishing the runs under way");
    try {
      await stopBackgroundJobs();
      await closeDb();
    } finally {
      process.exit(0);
    }
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main();
