import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import { noteDatabaseUnreachable } from "@/lib/admission";
import { readiness, renderMetrics } from "@/server/health";
import { createTestDb, inRollback, randomSlug, type TestDatabase } from "@/test/db";
import { migrationState, operationalGauges, shippedMigrations } from "./health";

let t: TestDatabase;

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  await t?.close();
  await closeDb();
});

describe("readiness (/readyz)", () => {
  it("is ready on a migrated database", async () => {
    expect(shippedMigrations().length).toBeGreaterThan(10);
    expect(await migrationState()).toEqual({ current: true });
    expect(await readiness()).toEqual({ ready: true });
  });

  it("is not ready while a shipped migration is missing from the database", async () => {
    const journal = shippedMigrations();
    const next = { tag: "9999_not_applied_yet", when: journal[journal.length - 1]!.when + 1_000 };
    expect(await readiness([...journal, next])).toEqual({ ready: false, reason: "1 migration(s) pending" });
  });

  it("is not ready on a database no migration ever ran on", async () => {
    await inRollback(t.db, async (tx) => {
      await tx.execute(sql`alter table drizzle.__drizzle_migrations rename to __drizzle_migrations_hidden`);
      expect(await migrationState(shippedMigrations(), tx as never)).toEqual({ current: false, reason: "no migrations applied" });
    });
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

describe("scrape-time gauges (/metrics)", () => {
  it("read the outbox depth and the age of the oldest due mail", async () => {
    await inRollback(t.db, async (tx) => {
      const before = await operationalGauges(tx as never);
      await tx.execute(sql`
        insert into mail_outbox (to_address, subject, text_body, status, send_after) values
          ('gauge-a@example.org', 'Gauge test', 'Due two minutes ago.', 'queued', now() - interval '120 seconds'),
          ('gauge-b@example.org', 'Gauge test', 'Not due yet.', 'queued', now() + interval '1 hour'),
          ('gauge-c@example.org', 'Gauge test', 'Sent already.', 'sent', now() - interval '1 day')`);
      const after = await operationalGauges(tx as never);
      expect(after.outboxDepth).toBe(before.outboxDepth + 2);
      expect(after.outboxOldestDueAgeSeconds).toBeGreaterThanOrEqual(120);
    });
  });

  it("read the counter lag: the oldest confirmed action at or after the watermark, and the watermark's age", async () => {
    await inRollback(t.db, async (tx) => {
      await tx.execute(sql`
        insert into job_watermarks (name, position) values ('counters', now() - interval '600 seconds')
        on conflict (name) do update set position = excluded.position`);
      const [campaign] = (await tx.execute(sql`
        insert into campaigns (slug, title, summary, status) values (${randomSlug("gauges")}, 'Gauge test', 'Made by a test.', 'published')
        returning id`)) as unknown as { id: string }[];
      await tx.execute(sql`
        insert into actions (campaign_id, kind, country, idempotency_key, status, confirmed_at) values
          (${campaign!.id}, 'tweet', 'FR', ${randomSlug("gauge-uncounted")}, 'confirmed', now() - interval '300 seconds'),
          (${campaign!.id}, 'tweet', 'FR', ${randomSlug("gauge-counted")}, 'confirmed', now() - interval '900 seconds')`);
      const gauges = await operationalGauges(tx as never);
      // 300 s: the 900 s one lies below the watermark, so it is counted already.
      expect(gauges.counterLagSeconds).toBeGreaterThanOrEqual(300);
      expect(gauges.counterLagSeconds).toBeLessThan(600);
      expect(gauges.counterWatermarkAgeSeconds).toBeGreaterThanOrEqual(600);
      expect(gauges.counterWatermarkAgeSeconds).toBeLessThan(700);
    });
  });

  it("count this process's pool connections and expose every metric", async () => {
    const gauges = await operationalGauges();
    expect(gauges.poolMax).toBeGreaterThanOrEqual(1);
    expect(gauges.connections?.inUse).toBeGreaterThanOrEqual(1);
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
