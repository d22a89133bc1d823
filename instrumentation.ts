/**
 * Called once when a Next.js server starts. Stamps every request with its
 * socket's address (lib/socket-address.ts). Starts the background jobs (mail
 * sender) in the server process unless WORKERS=off, in which case
 * `npm run worker` runs them. Everything is imported lazily and only in the
 * Node.js runtime, and nothing runs while `next build` prerenders, so a build
 * never opens the database.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    // First, before any request reaches the app: the client address starts from the socket's (lib/socket-address.ts).
    const { installSocketAddressHeader } = await import("@/lib/socket-address");
    installSocketAddressHeader();
    // Then every request is timed, counted by route and logged as one line (ADR 0032).
    const { installRequestObserver } = await import("@/lib/request-observer");
    installRequestObserver();
    const { env } = await import("@/lib/env");
    if (env().WORKERS !== "on") return;
    const { startBackgroundJobs } = await import("@/server/jobs");
    startBackgroundJobs();
  }
}
