/**
 * The invariants, read straight from the database after a scenario: rows per
 * supporter, mail per address, counters against a recount.
 */
import { createHmac } from "node:crypto";
import type { Sql } from "postgres";

/** keyedHash("email", canonical) of lib/crypto, with the key the server was given. */
export function emailHash(hashKey: string, canonicalEmail: string): string {
  return createHmac("sha256", Buffer.from(hashKey, "base64")).update(`email:${canonicalEmail}`).digest("base64url");
}

export interface RowFacts {
  /** Rows per email hash (for the campaign and kind 'letter'). */
  rowsByHash: Map<string, { rows: number; confirmed: number }>;
  /** Rows per idempotency key. */
  rowsByKey: Map<string, number>;
}

export async function rowFacts(sql: Sql, campaignId: string, hashes: string[], keys: string[]): Promise<RowFacts> {
  const byHash = await sql<{ emailHash: string; rows: number; confirmed: number }[]>`
    select email_hash as "emailHash", count(*)::int as rows, count(*) filter (where status = 'confirmed')::int as confirmed
      from actions
     where campaign_id = ${campaignId} and kind = 'letter' and email_hash = any(${hashes})
     group by email_hash`;
  const byKey = await sql<{ key: string; rows: number }[]>`
    select idempotency_key as key, count(*)::int as rows from actions where idempotency_key = any(${keys}) group by idempotency_key`;
  return {
    rowsByHash: new Map(byHash.map((r) => [r.emailHash, { rows: r.rows, confirmed: r.confirmed }])),
    rowsByKey: new Map(byKey.map((r) => [r.key, r.rows])),
  };
}

export interface OutboxFacts {
  /** Outbox rows per address, and how many of them are sent. */
  byAddress: Map<string, { rows: number; sent: number; statuses: string[]; detail: string }>;
}

export async function outboxFacts(sql: Sql, addresses: string[]): Promise<OutboxFacts> {
  const rows = await sql<{ address: string; rows: number; sent: number; statuses: string[]; detail: string }[]>`
    select to_address as address, count(*)::int as rows, count(*) filter (where status = 'sent')::int as sent,
           array_agg(status::text) as statuses,
           string_agg(format('%s, attempt %s, due in %s s, last error %s', status, attempts,
                             round(extract(epoch from send_after - now())), coalesce(last_error, 'none')), '; ') as detail
      from mail_outbox where to_address = any(${addresses}) group by to_address`;
  return {
    byAddress: new Map(rows.map((r) => [r.address, { rows: r.rows, sent: r.sent, statuses: r.statuses, detail: r.detail }])),
  };
}

/** What an operator does after an outage (retryMailNow): queued mail for these addresses is due now, not at its backoff. */
export async function makeQueuedMailDue(sql: Sql, addresses: string[]): Promise<number> {
  const result = await sql`
    update mail_outbox set send_after = now() where status = 'queued' and to_address = any(${addresses})`;
  return result.count;
}

export interface CounterMismatch {
  campaignId: string;
  kind: string;
  country: string;
  counted: number;
  actual: number;
}

/** action_counters against a recount of confirmed actions, every campaign, kind and country. Empty when they agree. */
export async function counterMismatches(sql: Sql): Promise<CounterMismatch[]> {
  return sql<CounterMismatch[]>`
    with actual as (
      select campaign_id, kind::text as kind, coalesce(country::text, '--') as country,
             count(*) filter (where not self_reported)::int as confirmed,
             count(*) filter (where self_reported)::int as self_reported
        from actions where status = 'confirmed' group by 1, 2, 3
    ),
    counted as (
      select campaign_id, kind::text as kind, country::text as country, confirmed, self_reported from action_counters
    )
    select coalesce(a.campaign_id, c.campaign_id) as "campaignId", coalesce(a.kind, c.kind) as kind,
           coalesce(a.country, c.country) as country,
           (coalesce(c.confirmed, 0) + coalesce(c.self_reported, 0))::int as counted,
           (coalesce(a.confirmed, 0) + coalesce(a.self_reported, 0))::int as actual
      from actual a full outer join counted c
        on c.campaign_id = a.campaign_id and c.kind = a.kind and c.country = a.country
     where coalesce(a.confirmed, 0) <> coalesce(c.confirmed, 0)
        or coalesce(a.self_reported, 0) <> coalesce(c.self_reported, 0)`;
}
