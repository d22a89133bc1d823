import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
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

describe("migrationState (/readyz)", () => {
  it("is current on a migrated database", async () => {
    expect(shippedMigrations().length).toBeGreaterThan(10);
    expect(await migrationState()).toEqual({ current: true });
  });

  it("is not current while a shipped migration is missing from the database", async () => {
    const journal = shippedMigrations();
    const next = { tag: "9999_not_applied_yet", when: journal[journal.length - 1]!.when + 1_000 };
    expect(await migrationState([...journal, next])).toEqual({ current: false, reason: "1 migration(s) pending" });
    expect(await migrationState([...journal.slice(0, 3), { tag: "0002b_inserted_late", when: journal[2]!.when - 1 }, ...journal.slice(3)])).toEqual({
      current: false,
      reason: "fewer migrations applied than shipped",
    });
  });

  it("is not current on a database no migration ever ran on", async () => {
    await inRollback(t.db, async (tx) => {
      await tx.execute(sql`alter table drizzle.__drizzle_migrations rename to __drizzle_migrations_hidden`);
      expect(await migrationState(shippedMigrations(), tx as never)).toEqual({ current: false, reason: "no migrations applied" });
    });
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

  it("count this process's pool connections", async () => {
    const gauges = await operationalGauges();
    expect(gauges.poolMax).toBeGreaterThanOrEqual(1);
    // At least the connection that asked.
    expect(gauges.connections?.inUse).toBeGreaterThanOrEqual(1);
  });
});
