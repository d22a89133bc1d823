/**
 * Bench B0: the floor action in a bare Next app of its own (bench/floor-app: a root layout, one
 * page, the action; no proxy, no i18n, no instrumentation, Next's default config), built with the
 * repository's `next` and started with `next start` against the bench database. B/B0 is what the
 * Inkwell app around the same action costs; A/B0 what a signature costs over a bare action.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { findActionId } from "./action-body";
import { root, startServer, type RunningServer } from "./server";

export const floorAppDir = path.join(root, "bench", "floor-app");
const manifestFile = path.join(floorAppDir, ".next", "server", "server-reference-manifest.json");

/**
 * Webpack, not Turbopack (the main build's bundler): Turbopack looks for proxy.ts and
 * instrumentation.ts in the folders above the app too, and would build Inkwell's proxy and
 * instrumentation (from the repository's root) into this app.
 */
export function buildFloorApp(env: NodeJS.ProcessEnv, log: (message: string) => void): void {
  log("next build --webpack of the bare floor app (bench/floor-app)");
  const build = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build", "--webpack"], {
    cwd: floorAppDir,
    env: floorAppEnv(env),
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error(`next build of bench/floor-app failed (exit ${build.status})`);
  if (!existsSync(manifestFile)) throw new Error(`next build of bench/floor-app wrote no ${manifestFile}`);
  const server = path.join(floorAppDir, ".next", "server");
  const middleware = (JSON.parse(readFileSync(path.join(server, "middleware-manifest.json"), "utf8")) as { middleware?: object }).middleware ?? {};
  const extra = [...Object.keys(middleware), ...readdirSync(server).filter((file) => /^(middleware|proxy|instrumentation)\.js$/.test(file))];
  if (extra.length) throw new Error(`the bare floor app was built with ${extra.join(", ")}: it must have no proxy and no instrumentation`);
}

export function hasFloorAppBuild(): boolean {
  return existsSync(manifestFile);
}

/** The id Next gave the bare app's floorSign action. */
export function floorAppActionId(): string {
  return findActionId(JSON.parse(readFileSync(manifestFile, "utf8")), "app/actions", "floorSign");
}

/** The environment of the bare app: the bench's, without the main build's dist dir and bench switch. */
function floorAppEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NEXT_DIST_DIR: _dist, INKWELL_BENCH_BUILD: _bench, ...rest } = env;
  return { ...rest, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
}

/** `next start` of the bare app on 127.0.0.1:port with DATABASE_URL and PG_POOL_MAX (the main server's pool size). */
export function startFloorApp(
  env: NodeJS.ProcessEnv,
  options: { port: number; databaseUrl: string; poolMax: number },
  log: (message: string) => void,
): Promise<RunningServer> {
  return startServer(
    { ...floorAppEnv(env), DATABASE_URL: options.databaseUrl, PG_POOL_MAX: String(options.poolMax), HOSTNAME: "127.0.0.1" },
    options.port,
    log,
    { cwd: floorAppDir, readyPath: "/", profileSubdir: "bare" },
  );
}
