import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { servedNodeOptions } from "./config";

export const root = path.resolve(__dirname, "..", "..");
const nextBin = path.join(root, "node_modules", ".bin", "next");

/** A production build with the bench-only routes (*.bench.ts(x)), in its own dist dir. */
export function buildForBench(env: NodeJS.ProcessEnv, log: (message: string) => void): void {
  log(`next build (INKWELL_BENCH_BUILD=1, ${env.NEXT_DIST_DIR})`);
  const build = spawnSync(nextBin, ["build"], { cwd: root, env: { ...env, INKWELL_BENCH_BUILD: "1" }, stdio: "inherit" });
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
}

export function readManifest(distDir: string, file: string): unknown {
  return JSON.parse(readFileSync(path.join(root, distDir, file), "utf8"));
}

export function hasBenchBuild(distDir: string): boolean {
  // The floor page lives under app/[locale]/ since the locale segment (ADR 0023); app/bench/ before.
  return ["[locale]", ""].some((segment) => existsSync(path.join(root, distDir, "server", "app", segment, "bench", "floor", "page.js")));
}

export interface RunningServer {
  process: ChildProcess;
  origin: string;
  stop(): void;
  /** stop(), then waits for the exit (the CPU profile is written then); SIGKILL after `graceMs`. */
  stopAndWait(graceMs?: number): Promise<void>;
}

/**
 * `next start` on 127.0.0.1:port; resolves once `readyPath` answers. By default the Inkwell app
 * (the repository's root, answering /bench/stats); B0's bare app passes its own folder.
 */
export async function startServer(
  env: NodeJS.ProcessEnv,
  port: number,
  log: (message: string) => void,
  app: { cwd: string; readyPath: string; profileSubdir?: string } = { cwd: root, readyPath: "/bench/stats" },
): Promise<RunningServer> {
  // BENCH_PROFILE_DIR: the server writes a V8 CPU profile there (B0's bare app in a folder of its own) when it stops (docs/performance.md).
  const profileDir = process.env.BENCH_PROFILE_DIR ? path.join(process.env.BENCH_PROFILE_DIR, app.profileSubdir ?? "") : undefined;
  const nextCli = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const [command, args] = profileDir
    ? [process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, nextCli, "start", "-H", "127.0.0.1", "-p", String(port)]]
    : [nextBin, ["start", "-H", "127.0.0.1", "-p", String(port)]];
  const serveScript = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: { serve: string } }).scripts.serve;
  const child = spawn(command, args, {
    cwd: app.cwd,
    env: { ...env, NODE_OPTIONS: servedNodeOptions(serveScript, env.NODE_OPTIONS) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const errors: string[] = [];
  child.stdout!.on("data", () => {});
  child.stderr!.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    errors.push(text);
    if (errors.length > 50) errors.shift();
    if (process.env.BENCH_VERBOSE) process.stderr.write(`[server] ${text}`);
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stopAndWait = async (graceMs = 15_000) => {
    stop();
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, graceMs);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}): ${errors.join("")}`);
    try {
      const response = await fetch(`${origin}${app.readyPath}`);
      if (response.ok) {
        log(`server up at ${origin} (pid ${child.pid})`);
        return { process: child, origin, stop, stopAndWait };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`next start did not answer within 60 s: ${errors.join("")}`);
}

/** The server's own statement count and memory (bench-only route app/[locale]/bench/stats). */
export async function serverStats(origin: string): Promise<{ queries: number; rss: number }> {
  const response = await fetch(`${origin}/bench/stats`, { cache: "no-store" });
  return (await response.json()) as { queries: number; rss: number };
}
