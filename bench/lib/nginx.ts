/**
 * Bench D' and E': nginx in front of the bench server, as the cluster suite runs it
 * (scripts/cluster/services.ts: Debian's nginx with the repository's deploy/nginx/inkwell-http.conf
 * and inkwell-locations.conf, rendered for loopback), with one upstream: the bench's server.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { assertProductionConfigIncludesTestedFiles, startNginx, type Nginx } from "../../scripts/cluster/services";

export type { Nginx };

/** Fails before the build, not after ten minutes of it, when nginx is not installed. */
export function assertNginxInstalled(): void {
  const found = existsSync("/usr/sbin/nginx") || spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).status === 0;
  if (!found) {
    throw new Error(
      "nginx is not installed: the bench measures D' and E' through it (apt-get install -y --no-install-recommends nginx; .ci/run installs it for the cluster suite)",
    );
  }
  assertProductionConfigIncludesTestedFiles();
}

/** Where E' is served from: a file nginx reads from disk, written by `writeSameSizeFile`. */
export const sameSizePath = "/bench-same-size.html";

export type BenchNginx = Nginx & {
  /** Writes E''s file: the bytes given (the campaign page as D' receives it), served by nginx itself at `sameSizePath`. */
  writeSameSizeFile(body: Uint8Array): void;
};

/**
 * nginx on a free loopback port with its cache in a temporary folder; stop() also removes the
 * folder. Besides the deploy configuration, one exact location serves E''s file from disk.
 */
export async function startBenchNginx(upstreamPort: number): Promise<BenchNginx> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "inkwell-bench-nginx-"));
  const staticDir = path.join(dir, "static");
  mkdirSync(staticDir);
  const nginx = await startNginx({
    dir,
    logDir: dir,
    upstreams: [upstreamPort],
    extraLocations: `    location = ${sameSizePath} { root ${staticDir}; default_type text/html; }`,
  });
  return {
    ...nginx,
    writeSameSizeFile: (body) => writeFileSync(path.join(staticDir, sameSizePath.slice(1)), body),
    stop: async () => {
      const code = await nginx.stop();
      rmSync(dir, { recursive: true, force: true });
      return code;
    },
  };
}

/**
 * The X-Cache-Status of `pagePath` through nginx, asked twice in a row: the second answer of a
 * page nginx may cache comes from its cache (HIT) within the entry's one-second lifetime.
 */
export async function cacheStatus(base: string, pagePath: string): Promise<string> {
  const ask = async () => {
    const response = await fetch(`${base}${pagePath}`, { headers: { accept: "text/html" } });
    await response.arrayBuffer();
    return { status: response.status, cache: response.headers.get("x-cache-status") ?? "-" };
  };
  await ask();
  const second = await ask();
  return second.status === 200 ? second.cache : `status ${second.status}, ${second.cache}`;
}

/** Asks until nginx answers `pagePath` from its cache (a few tries: a refresh may fall between the two asks). */
export async function assertServedFromCache(base: string, pagePath: string): Promise<string> {
  let last = "";
  for (let i = 0; i < 5; i++) {
    last = await cacheStatus(base, pagePath);
    if (last === "HIT") return last;
  }
  throw new Error(`nginx did not answer ${pagePath} from its cache (X-Cache-Status ${last}): D'/E' would not measure the cache`);
}

/**
 * How nginx answered `pagePath` in access-log lines (`inkwell_upstream` format: `... cache=STATUS rt=...`):
 * requests by X-Cache-Status, e.g. { HIT: 10450, EXPIRED: 12, UPDATING: 3 }.
 */
export function cacheStatusCounts(lines: string[], pagePath: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of lines) {
    if (!line.includes(`"GET ${pagePath} `)) continue;
    const status = /\bcache=(\S+)/.exec(line)?.[1] ?? "?";
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}
