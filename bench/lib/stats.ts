/** Summaries of what a load run measured; pure functions, tested in stats.test.ts. */

export interface LoadSummary {
  requests: number;
  ok: number;
  errors: number;
  /** Failures by reason ("status 500", "no redirect", "socket") */
  errorReasons: Record<string, number>;
  seconds: number;
  /** Successful requests per second over the whole run. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** The value below which `fraction` of the sorted samples lie (nearest rank). */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function summarise(
  latenciesMs: readonly number[],
  ok: number,
  errorReasons: Record<string, number>,
  seconds: number,
): LoadSummary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const errors = Object.values(errorReasons).reduce((sum, n) => sum + n, 0);
  return {
    requests: ok + errors,
    ok,
    errors,
    errorReasons,
    seconds,
    rps: seconds > 0 ? ok / seconds : 0,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    maxMs: sorted.at(-1) ?? 0,
  };
}

/** a / b rounded to 3 decimals; null when b is missing or zero (a ratio of nothing is not 0). */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null || b === 0) return null;
  return Math.round((a / b) * 1000) / 1000;
}
