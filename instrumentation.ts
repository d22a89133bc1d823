/**
 * Called once when a Next.js server starts. Starts the background jobs (mail
 * sender) in the server process unless WORKERS=off, in which case
 * `npm run worker` runs them. Everything is imported lazily and only in the
 * Node.js runtime, and nothing runs while `next build` prerenders, so a build
 * never opens the database.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { env } = await import("@/lib/env");
    if (env().WORKERS !== "on") return;
    const { startBackgroundJobs } = await import("@/lib/jobs");
    startBackgroundJobs();
  }
}
