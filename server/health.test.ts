import { afterAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import { shippedMigrations } from "@/db/queries/health";
import { noteDatabaseUnreachable } from "@/lib/admission";
import { readiness, renderMetrics } from "./health";

afterAll(async () => {
  await closeDb();
});

describe("readiness (/readyz)", () => {
  it("is ready on a migrated database that is not shedding", async () => {
    expect(await readiness()).toEqual({ ready: true });
  });

  it("is not ready while a shipped migration is missing from the database", async () => {
    const journal = shippedMigrations();
    const next = { tag: "9999_not_applied_yet", when: journal[journal.length - 1]!.when + 1_000 };
    expect(await readiness([...journal, next])).toEqual({ ready: false, reason: "1 migration(s) pending" });
  });

  it("is not ready while posts are shed because the database was unreachable", async () => {
    noteDatabaseUnreachable();
    try {
      expect(await readiness()).toEqual({ ready: false, reason: "database unreachable" });
    } finally {
      noteDatabaseUnreachable(Date.now() - 60_000);
    }
    expect(await readiness()).toEqual({ ready: true });
  });
});

describe("renderMetrics (/metrics)", () => {
  it("exposes every metric, the database gauges read now", async () => {
    const { body, contentType } = await renderMetrics();
    expect(contentType).toMatch(/^text\/plain/);
    for (const name of [
      "inkwell_http_request_duration_seconds",
      "inkwell_supporter_actions_total",
      "inkwell_posts_shed_total",
      "inkwell_job_runs_total",
      "inkwell_job_failures_total",
      "inkwell_mail_outbox_depth",
      "inkwell_mail_outbox_oldest_due_age_seconds",
      "inkwell_counter_lag_seconds",
      "inkwell_counter_watermark_age_seconds",
      "inkwell_db_connections",
      "inkwell_db_pool_max",
      "inkwell_database_up 1",
      "process_cpu_seconds_total",
      "nodejs_eventloop_lag_seconds",
    ]) {
      expect(body).toContain(name);
    }
    expect(body).toMatch(/inkwell_db_connections\{state="in_use"\} [1-9]/);
  });
});
