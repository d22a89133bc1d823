/** The bench's knobs, from BENCH_* variables (documented in docs/performance.md). */
export interface BenchConfig {
  rows: number;
  signSeconds: number;
  signConcurrency: number[];
  floorSeconds: number;
  pageSeconds: number;
  pageConnections: number;
  pgbenchSeconds: number;
  pgbenchClients: number;
  port: number;
  /** B0's bare Next app (bench/floor-app) listens here. */
  floorAppPort: number;
  distDir: string;
  skipBuild: boolean;
  lighthouse: boolean;
  poolMax: number;
  campaign: string;
  exportTimeLimitSeconds: number;
}

function number(source: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = source[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return value;
}

export function benchConfig(source: Record<string, string | undefined>): BenchConfig {
  const signConcurrency = (source.BENCH_SIGN_CONCURRENCY ?? "8,16,32").split(",").map((n) => Number(n.trim()));
  if (signConcurrency.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`BENCH_SIGN_CONCURRENCY must be a list of positive integers, got ${source.BENCH_SIGN_CONCURRENCY}`);
  }
  const signSeconds = number(source, "BENCH_SECONDS", 60);
  return {
    rows: Math.round(number(source, "BENCH_ROWS", 1_000_000)),
    signSeconds,
    signConcurrency,
    floorSeconds: number(source, "BENCH_FLOOR_SECONDS", Math.max(signConcurrency.length, Math.round(signSeconds / 2))),
    pageSeconds: number(source, "BENCH_PAGE_SECONDS", Math.max(5, Math.round(signSeconds / 4))),
    pageConnections: number(source, "BENCH_PAGE_CONNECTIONS", 32),
    pgbenchSeconds: number(source, "BENCH_PGBENCH_SECONDS", Math.max(5, Math.round(signSeconds / 3))),
    pgbenchClients: number(source, "BENCH_PGBENCH_CLIENTS", 16),
    port: number(source, "BENCH_PORT", 3191),
    floorAppPort: number(source, "BENCH_FLOOR_APP_PORT", 3192),
    distDir: source.NEXT_DIST_DIR || ".next-bench",
    skipBuild: source.BENCH_SKIP_BUILD === "1",
    lighthouse: source.BENCH_LIGHTHOUSE !== "0",
    poolMax: number(source, "PG_POOL_MAX", 20),
    campaign: source.BENCH_CAMPAIGN ?? "reunite-dong-guangping-with-his-family",
    exportTimeLimitSeconds: number(source, "BENCH_EXPORT_LIMIT_SECONDS", 300),
  };
}

/** Splits `seconds` over the stages, at least one second each. */
export function stagesOf(concurrency: number[], seconds: number): { connections: number; seconds: number }[] {
  const each = Math.max(1, Math.round(seconds / concurrency.length));
  return concurrency.map((connections) => ({ connections, seconds: each }));
}

/**
 * NODE_OPTIONS for a server the bench starts: the heap ceiling that `npm start` and `npm run serve`
 * give the production server (package.json; docs/performance.md, "Where the memory goes"), so
 * memory and throughput are measured on the server as deployed. An existing value comes after and wins.
 */
export function servedNodeOptions(serveScript: string, existing: string | undefined): string {
  const ceiling = /--max-old-space-size=\d+/.exec(serveScript)?.[0];
  if (!ceiling) throw new Error("package.json's serve script sets no --max-old-space-size: the bench would measure another server");
  return [ceiling, existing].filter(Boolean).join(" ");
}
