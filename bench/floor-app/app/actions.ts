"use server";

import postgres from "postgres";

export interface FloorState {
  ok: boolean;
}

// One pool per process, the size of the main app's (PG_POOL_MAX), kept across module evaluations.
const holder = globalThis as unknown as { __floorSql?: postgres.Sql };

function sql(): postgres.Sql {
  // A Unix socket named the libpq way (?host=/dir), as the main app reads it (lib/postgres-url.ts).
  const [url = "", query = ""] = (process.env.DATABASE_URL ?? "").split("?");
  const host = new URLSearchParams(query).get("host") ?? undefined;
  holder.__floorSql ??= postgres(url, { host, max: Number(process.env.PG_POOL_MAX ?? 10), onnotice: () => {} });
  return holder.__floorSql;
}

/**
 * Bench B0: the same statement as the main app's floor action (db/queries/bench-floor.ts,
 * bench B), one row into bench_actions, and the same answer.
 */
export async function floorSign(_previous: FloorState, formData: FormData): Promise<FloorState> {
  await sql()`
    insert into bench_actions (campaign_id, kind, email_hash, email_domain, country, language, idempotency_key, pow_verified)
    values (${String(formData.get("campaign") ?? "")}, 'letter', ${String(formData.get("email") ?? "")}, 'bench.test',
            ${String(formData.get("country") ?? "").slice(0, 2)}, 'en', ${String(formData.get("idempotencyKey") ?? "")}, true)
  `;
  return { ok: true };
}
