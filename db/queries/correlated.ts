import "server-only";
import { sql, type SQL } from "drizzle-orm";

/**
 * A select field that names columns of more than one table, typically a
 * correlated subquery: `correlated<number>(sql\`(select … where ${inner.campaignId} = ${campaigns.id})\`)`.
 *
 * When a query reads a single table (no join), Drizzle writes the top-level
 * columns of every sql`` select field without their table name, so
 * `where ${campaignDefenders.campaignId} = ${campaigns.id}` compiles to
 * `where "campaign_id" = "id"`, and Postgres resolves `"id"` to whichever
 * table of the subquery has an `id` column: the subquery then compares its
 * own rows and silently answers nothing (or the wrong thing). Columns of a
 * nested fragment keep their table names, so nesting it is the fix.
 * db/queries/correlated.test.ts checks that no select field skips it.
 */
export function correlated<T>(fragment: SQL): SQL<T> {
  return sql<T>`${fragment}`;
}
