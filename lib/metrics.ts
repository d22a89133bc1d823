import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { RouteLabel } from "@/lib/route-label";

/**
 * Prometheus metrics (ADR 0032, docs/operations.md "Health, metrics and logs").
 *
 * One registry per process, kept on globalThis: Next evaluates lib/ once per
 * bundle (proxy, route handlers, server actions, instrumentation), and every
 * copy must count into the same metrics. The hot path only increments
 * counters and observes histograms (no I/O); the database gauges are read at
 * scrape time (server/metrics.ts).
 */
function create() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpDuration: new Histogram({
      name: "inkwell_http_request_duration_seconds",
      help: "HTTP requests by route pattern (lib/route-label.ts), method and status class: count and time to the response's end.",
      labelNames: ["route", "method", "status_class"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    supporterActions: new Counter({
      name: "inkwell_supporter_actions_total",
      help: "Supporter submissions by action kind and outcome (accepted, closed, blocked, rate_limited, unknown_target, invalid, honeypot).",
      labelNames: ["kind", "outcome"] as const,
      registers,
    }),
    postsShed: new Counter({
      name: "inkwell_posts_shed_total",
      help: "Form posts answered 503 by load shedding (lib/admission.ts), by reason: busy or database.",
      labelNames: ["reason"] as const,
      registers,
    }),
    jobRuns: new Counter({
      name: "inkwell_job_runs_total",
      help: "Background job runs in this process, by job (a run skipped because another process holds the job's lock is not counted).",
      labelNames: ["job"] as const,
      registers,
    }),
    jobFailures: new Counter({
      name: "inkwell_job_failures_total",
      help: "Background job runs that threw, by job.",
      labelNames: ["job"] as const,
      registers,
    }),
    outboxDepth: new Gauge({
      name: "inkwell_mail_outbox_depth",
      help: "Mails not sent yet (queued or being sent), read at scrape time.",
      registers,
    }),
    outboxOldestDueAge: new Gauge({
      name: "inkwell_mail_outbox_oldest_due_age_seconds",
      help: "How long the oldest due, unsent mail has been due (0 when none), read at scrape time.",
      registers,
    }),
    counterLag: new Gauge({
      name: "inkwell_counter_lag_seconds",
      help: "Age of the oldest confirmed action the batched counters have not counted yet (0 when none; ADR 0007), read at scrape time.",
      registers,
    }),
    counterWatermarkAge: new Gauge({
      name: "inkwell_counter_watermark_age_seconds",
      help: "How far the counter job's watermark is behind the database clock (NaN before its first run), read at scrape time.",
      registers,
    }),
    dbConnections: new Gauge({
      name: "inkwell_db_connections",
      help: "This process's open PostgreSQL connections by state (in_use: running a statement or inside a transaction; idle), from pg_stat_activity at scrape time.",
      labelNames: ["state"] as const,
      registers,
    }),
    dbPoolMax: new Gauge({
      name: "inkwell_db_pool_max",
      help: "Largest number of connections this process's pool opens (PG_POOL_MAX; 1 for the embedded database).",
      registers,
    }),
    databaseUp: new Gauge({
      name: "inkwell_database_up",
      help: "1 when the scrape could read the database gauges, 0 when it could not (they are then NaN).",
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof create>;

const key = Symbol.for("inkwell.metrics");
const holder = globalThis as unknown as { [key]?: Metrics };

export function metrics(): Metrics {
  return (holder[key] ??= create());
}

export type StatusClass = "1xx" | "2xx" | "3xx" | "4xx" | "5xx" | "aborted";

export function statusClass(status: number, finished = true): StatusClass {
  if (!finished) return "aborted";
  if (status >= 500) return "5xx";
  if (status >= 400) return "4xx";
  if (status >= 300) return "3xx";
  if (status >= 200) return "2xx";
  return "1xx";
}

export function observeRequest(route: RouteLabel, method: string, status: StatusClass, seconds: number): void {
  metrics().httpDuration.observe({ route, method, status_class: status }, seconds);
}

/** Outcomes of the supporter pipeline (server/supporter-actions/): accepted or the refusal's reason. */
export type SupporterActionOutcome = "accepted" | "closed" | "blocked" | "rate_limited" | "unknown_target" | "invalid" | "honeypot";

export function countSupporterAction(kind: string, outcome: SupporterActionOutcome): void {
  metrics().supporterActions.inc({ kind, outcome });
}

export function countPostShed(reason: "busy" | "database"): void {
  metrics().postsShed.inc({ reason });
}

export function countJobRun(job: string, failed: boolean): void {
  const m = metrics();
  m.jobRuns.inc({ job });
  if (failed) m.jobFailures.inc({ job });
}

/** The exposition text and its content type. */
export async function metricsText(): Promise<{ body: string; contentType: string }> {
  const { registry } = metrics();
  return { body: await registry.metrics(), contentType: registry.contentType };
}
