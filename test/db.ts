/**
 * Database access for integration tests. They run under scripts/with-test-db.ts
 * (`npm run test:unit`), which migrates the database given by DATABASE_URL or
 * starts a throwaway cluster. Tests use random slugs/emails and roll back, so
 * test files may share one database and run in parallel.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { TransactionRollbackError } from "drizzle-orm";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "@/db/schema";
import { assertLocalDatabaseUrl } from "@/scripts/lib/local-database";

export type TestDb = PostgresJsDatabase<typeof schema>;
export type TestTx = Parameters<Parameters<TestDb["transaction"]>[0]>[0];

export interface TestDatabase {
  db: TestDb;
  /** The raw postgres.js client, for catalog queries. */
  sql: postgres.Sql;
  close(): Promise<void>;
}

/** The test database's URL, after checking it is on this machine. */
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Integration tests need a migrated database: run them with " +
        "`npm run test:unit` (or `npx tsx scripts/with-test-db.ts -- vitest run <file>`).",
    );
  }
  assertLocalDatabaseUrl(url);
  return url;
}

/** A postgres.js-backed Drizzle instance for DATABASE_URL. Call close() in afterAll. */
export function createTestDb(): TestDatabase {
  const sql = postgres(testDatabaseUrl(), { max: 4, onnotice: () => {} });
  return { db: drizzle({ client: sql, schema }), sql, close: () => sql.end({ timeout: 5 }) };
}

/** Runs fn in a transaction that is always rolled back, so the test leaves nothing behind. */
export async function inRollback<T>(db: TestDb, fn: (tx: TestTx) => Promise<T>): Promise<T> {
  let result: T | undefined;
  try {
    await db.transaction(async (tx) => {
      result = await fn(tx);
      tx.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
  return result as T;
}

/** A fresh slug that satisfies the slug format checks. */
export function randomSlug(prefix = "test"): string {
  return `${prefix}-${randomBytes(6).toString("hex")}`;
}

export function randomEmail(): string {
  return `test-${randomUUID()}@example.org`;
}

/** A stand-in for the keyed HMAC of an email (64 hex characters). */
export function randomHash(): string {
  return randomBytes(32).toString("hex");
}

export interface PgErrorInfo {
  code: string;
  constraint?: string;
  message: string;
}

/** The PostgreSQL error behind a Drizzle error (Drizzle wraps driver errors in `cause`). */
export function pgError(error: unknown): PgErrorInfo | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: unknown; constraint_name?: unknown; message?: unknown; cause?: unknown };
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) {
      return {
        code: e.code,
        constraint: typeof e.constraint_name === "string" ? e.constraint_name : undefined,
        message: String(e.message),
      };
    }
    current = e.cause;
  }
  return undefined;
}

export const PG_UNIQUE_VIOLATION = "23505";
export const PG_CHECK_VIOLATION = "23514";

/**
 * Expects `run` to fail with the given SQLSTATE (and constraint). Run inside a
 * savepoint so the failure does not abort the surrounding transaction.
 */
export async function expectPgError(
  tx: TestTx,
  expected: { code: string; constraint?: string },
  run: (sp: TestTx) => Promise<unknown>,
): Promise<void> {
  let caught: unknown;
  try {
    await tx.transaction(async (sp) => {
      await run(sp);
    });
  } catch (error) {
    caught = error;
  }
  if (caught === undefined) {
    throw new Error(`expected PostgreSQL error ${expected.code}${expected.constraint ? ` on ${expected.constraint}` : ""}, but the statement succeeded`);
  }
  const info = pgError(caught);
  if (!info || info.code !== expected.code || (expected.constraint && info.constraint !== expected.constraint)) {
    throw new Error(
      `expected PostgreSQL error ${expected.code}${expected.constraint ? ` on ${expected.constraint}` : ""}, got ` +
        (info ? `${info.code} on ${info.constraint ?? "?"}: ${info.message}` : String(caught)),
      { cause: caught },
    );
  }
}
