import path from "node:path";
import { mkdirSync } from "node:fs";
import { hostname } from "node:os";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { env } from "@/lib/env";
import { postgresTarget } from "@/lib/postgres-url";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

interface Connection {
  db: Database;
  driver: "postgres" | "pglite";
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

// Statements sent by this process, read by the benchmark's bench-only stats route to report
// queries per request (docs/performance.md). An increment: free enough to keep on.
const queryCounter = globalThis as unknown as { __inkwellQueryCount?: number };

function countQuery(): void {
  queryCounter.__inkwellQueryCount = (queryCounter.__inkwellQueryCount ?? 0) + 1;
}

/** How many statements this process has sent to PostgreSQL so far (postgres.js driver only). */
export function queryCount(): number {
  return queryCounter.__inkwellQueryCount ?? 0;
}

async function openPostgres(url: string): Promise<Connection> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  // Named per process, so /metrics counts this pool's connections in pg_stat_activity (db/queries/health.ts).
  const applicationName = `inkwell ${hostname().slice(0, 40)} ${process.pid}`;
  const target = postgresTarget(url);
  const client = postgres(target.url, {
    ...(target.host ? { host: target.host } : {}),
    max: Number(process.env.PG_POOL_MAX ?? 10),
    onnotice: () => {},
    debug: countQuery,
    connection: { application_name: applicationName },
  });
  const db = drizzle({ client, schema });
  return {
    db: db as unknown as Database,
    driver: "postgres",
    migrate: () => migrate(db, { migrationsFolder }),
    close: () => client.end({ timeout: 5 }),
  };
}

async function openPglite(dir: string): Promise<Connection> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const dataDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir);
  mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  const db = drizzle({ client, schema });
  return {
    db: db as unknown as Database,
    driver: "pglite",
    migrate: () => migrate(db, { migrationsFolder }),
    close: () => client.close(),
  };
}

// One connection per process. Kept on globalThis because Next may evaluate this
// module more than once (server and route layers, dev reloads), and two PGlite
// instances on one data directory would corrupt it.
const holder = globalThis as unknown as { __inkwellConnection?: Promise<Connection> };

export function connection(): Promise<Connection> {
  if (!holder.__inkwellConnection) {
    const { DATABASE_URL, PGLITE_DIR } = env();
    holder.__inkwellConnection = DATABASE_URL ? openPostgres(DATABASE_URL) : openPglite(PGLITE_DIR);
    holder.__inkwellConnection.catch(() => {
      holder.__inkwellConnection = undefined;
    });
  }
  return holder.__inkwellConnection;
}

/** The Drizzle database. Opened lazily, so importing this module (e.g. during `next build`) touches nothing. */
export async function getDb(): Promise<Database> {
  return (await connection()).db;
}

export async function closeDb(): Promise<void> {
  const pending = holder.__inkwellConnection;
  holder.__inkwellConnection = undefined;
  if (pending) await (await pending).close();
}

export { schema };
