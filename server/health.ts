import "server-only";
import { migrationState, operationalGauges, shippedMigrations, type JournalEntry } from "@/db/queries/health";
import { shedReason } from "@/lib/admission";
import { componentLogger } from "@/lib/log";
import { metrics, metricsText } from "@/lib/metrics";

/** How long a probe or scrape waits for the database before answering without it. */
export const databaseTimeoutMs = 2_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export type Readiness = { ready: true } | { ready: false; reason: string };

/**
 * Whether this process should get traffic (/readyz, ADR 0032): it is not shedding
 * posts (lib/admission.ts), the database answers, and it has every migration this
 * build ships. The reason is short and names no host, query or error text.
 */
export async function readiness(journal?: readonly JournalEntry[], timeoutMs = databaseTimeoutMs): Promise<Readiness> {
  const shedding = shedReason();
  if (shedding === "busy") return { ready: false, reason: "shedding load" };
  if (shedding === "database") return { ready: false, reason: "database unreachable" };
  let shipped: readonly JournalEntry[];
  try {
    shipped = journal ?? shippedMigrations();
  } catch (error) {
    componentLogger("health").error({ err: error }, "db/migrations/meta/_journal.json could not be read");
    return { ready: false, reason: "migrations journal missing" };
  }
  try {
    const migrations = await withTimeout(migrationState(shipped), timeoutMs);
    return migrations.current ? { ready: true } : { ready: false, reason: migrations.reason };
  } catch (error) {
    componentLogger("health").warn({ err: error }, "readiness check could not reach the database");
    return { ready: false, reason: "database unreachable" };
  }
}

/**
 * The Prometheus exposition: the process's counters and histograms as they are,
 * and the database gauges read now. Without the database the scrape still
 * answers, with inkwell_database_up 0 and those gauges NaN (unknown, not zero).
 */
export async function renderMetrics(): Promise<{ body: string; contentType: string }> {
  const m = metrics();
  try {
    const gauges = await withTimeout(operationalGauges(), databaseTimeoutMs);
    m.outboxDepth.set(gauges.outboxDepth);
    m.outboxOldestDueAge.set(gauges.outboxOldestDueAgeSeconds);
    m.counterLag.set(gauges.counterLagSeconds);
    m.counterWatermarkAge.set(gauges.counterWatermarkAgeSeconds ?? Number.NaN);
    m.dbConnections.reset();
    if (gauges.connections) {
      m.dbConnections.set({ state: "in_use" }, gauges.connections.inUse);
      m.dbConnections.set({ state: "idle" }, gauges.connections.idle);
    }
    m.dbPoolMax.set(gauges.poolMax);
    m.databaseUp.set(1);
  } catch (error) {
    componentLogger("metrics").warn({ err: error }, "scrape could not read the database gauges");
    for (const gauge of [m.outboxDepth, m.outboxOldestDueAge, m.counterLag, m.counterWatermarkAge]) gauge.set(Number.NaN);
    m.dbConnections.reset();
    m.databaseUp.set(0);
  }
  return metricsText();
}
