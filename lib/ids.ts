import { z } from "zod";

/**
 * Ids of rows are UUIDs, written as Postgres writes them: 8-4-4-4-12 hex
 * digits, any version (gen_random_uuid() makes v4, the seed v8). Checking the
 * shape before a query turns a malformed id from an address or a form into
 * "not found" instead of a Postgres cast error. This is the one definition;
 * `isUuid` and `uuidField` both use it.
 */
const uuid = z.guid();

/** Whether the value has the shape of a row id. */
export function isUuid(value: string): boolean {
  return uuid.safeParse(value).success;
}

/** A form or query field holding a row id; `message` is the catalogue key shown when it is not one. */
export function uuidField(message?: string) {
  return z.guid(message);
}
