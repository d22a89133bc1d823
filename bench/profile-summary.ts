/**
 * tsx bench/profile-summary.ts <file.cpuprofile> <requests> [dist dir]
 *
 * What one request cost the server's main thread, by group, from a V8 CPU profile that
 * BENCH_PROFILE_DIR wrote (docs/performance.md). <requests> is how many requests the profile
 * covers (rate × seconds of the phase: `BENCH_ONLY=sign` runs BENCH_SECONDS, 60 by default,
 * `BENCH_ONLY=floor` BENCH_FLOOR_SECONDS, 30, per server). Each sample is charged to the first
 * frame from the leaf up that belongs to a group, so a socket write (native, no URL) counts for
 * the library that called it. The proxy's own chunks are read from the build's
 * server/middleware.js (default .next-bench; the bare app has no proxy).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { summariseProfile, type CpuProfile } from "./lib/profile";

const [file, requestsArg, distDir = ".next-bench"] = process.argv.slice(2);
const requests = Number(requestsArg);
if (!file || !Number.isFinite(requests) || requests <= 0) {
  console.error("usage: tsx bench/profile-summary.ts <file.cpuprofile> <requests> [dist dir]");
  process.exit(2);
}

const middleware = path.join(distDir, "server", "middleware.js");
const proxyChunks = existsSync(middleware)
  ? [...readFileSync(middleware, "utf8").matchAll(/R\.c\("server\/chunks\/([^"]+)"\)/g)].map((m) => m[1]!).filter((chunk) => !chunk.startsWith("node_modules_"))
  : [];
const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
const summary = summariseProfile(profile, proxyChunks);
const perRequest = (us: number) => `${(us / 1000 / requests).toFixed(3)} ms`;
console.log(`profile ${(summary.spanUs / 1e6).toFixed(1)} s, busy ${(summary.busyUs / 1e6).toFixed(1)} s: ${perRequest(summary.busyUs)} per request (${requests} requests)`);
for (const group of summary.groups) {
  console.log(`${group.name.padEnd(56)} ${perRequest(group.us).padStart(10)} ${((group.us / summary.busyUs) * 100).toFixed(1).padStart(5)} %`);
}
