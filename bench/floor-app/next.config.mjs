// @ts-check
import path from "node:path";

/** The repository's root: its node_modules hold next, react and postgres for this app too. */
const repo = path.resolve(import.meta.dirname, "..", "..");

/**
 * Bench B0 (docs/performance.md): a bare Next app with nothing but the floor action. No proxy,
 * no i18n, no headers, no cache handler: Next's defaults, so B/B0 says what the Inkwell app
 * around the same action costs. Built and started by `npm run bench` (bench/lib/floor-app.ts).
 */
/** @type {import("next").NextConfig} */
const config = {
  // Its own folder inside this app (ignored by git and eslint), whatever NEXT_DIST_DIR the bench sets for the main build.
  distDir: ".next",
  poweredByHeader: false,
  // `npm run typecheck` checks these files (the root tsconfig includes them); the bench's build need not.
  typescript: { ignoreBuildErrors: true },
  outputFileTracingRoot: repo,
};

export default config;
