import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";

/** A row as the benchmark's framework-floor action posts it: the columns a letter signature fills. */
export interface FloorRow {
  campaignId: string;
  emailHash: string;
  country: string;
  idempotencyKey: string;
}

/**
 * Inserts one row into bench_actions, a copy of `actions` (same columns,
 * defaults and indexes) that only the benchmark creates, in its throwaway
 * database. Used by the bench-only route app/[locale]/bench/floor: one statement, no
 * validation, captcha, rate limit or mail, to measure what the framework alone costs.
 */
export async function insertFloorRow(row: FloorRow): Promise<void> {
  const db = await getDb();
  await db.execute(sql`
    insert into bench_actions (campaign_id, kind, email_hash, email_domain, country, language, idempotency_key, pow_verified)
    values (${row.campaignId}, 'letter', ${row.emailHash}, 'bench.test', ${row.country}, 'en', ${row.idempotencyKey}, true)
  `);
}
