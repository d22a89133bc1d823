/**
 * Clean-up for the integration tests that sign through a supporter action
 * against the shared test database (server/supporter-actions/*.test.ts).
 */
import { randomBytes } from "node:crypto";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import type { ActionKind } from "@/db/schema/enums";
import { keyedHash } from "@/lib/crypto";
import { createTestDb, randomSlug, type TestDatabase } from "./db";

/** What such a test made: its campaigns, the hashed addresses it signed from, the mail domain of its signers. */
export interface SupporterTestRows {
  campaignIds: string[];
  ipHashes: string[];
  domain: string;
}

/** Removes the test's campaigns with their actions and mail, and the rate limits charged to its connections and domain. */
export async function removeSupporterTestRows(t: TestDatabase, { campaignIds, ipHashes, domain }: SupporterTestRows): Promise<void> {
  if (campaignIds.length) {
    await t.db.delete(schema.mailOutbox).where(inArray(schema.mailOutbox.campaignId, campaignIds));
    await t.db.delete(schema.actions).where(inArray(schema.actions.campaignId, campaignIds));
    await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, campaignIds));
  }
  for (const hash of ipHashes) await t.sql`delete from rate_limits where key like ${`%:ip:${hash}`}`;
  await t.sql`delete from rate_limits where key like ${`%:domain:${domain}`}`;
}

/**
 * A test file's own corner of the test database for signing through supporter
 * actions: opened before its tests, and after them everything it made removed
 * (removeSupporterTestRows) and the connections closed.
 */
export function supporterTestWorld(name: string) {
  const made: SupporterTestRows = { campaignIds: [], ipHashes: [], domain: `${name}-${randomBytes(5).toString("hex")}.example.org` };
  let database: TestDatabase | undefined;
  beforeAll(() => {
    database = createTestDb();
  });
  afterAll(async () => {
    if (!database) return;
    await removeSupporterTestRows(database, made);
    await database.close();
    await closeDb();
  });
  const db = (): TestDatabase => {
    if (!database) throw new Error("the test database opens in beforeAll");
    return database;
  };
  return {
    db,
    /** The mail domain of this file's signers (their rate limits are removed with it). */
    domain: made.domain,
    /** A published campaign offering `actionKinds`. */
    async publishedCampaign(actionKinds: ActionKind[]): Promise<{ id: string; slug: string }> {
      const slug = randomSlug(name);
      const [row] = await db().db.insert(schema.campaigns)
        .values({ slug, title: `Free ${slug}`, summary: "Made by a test.", status: "published", actionKinds })
        .returning({ id: schema.campaigns.id });
      made.campaignIds.push(row!.id);
      return { id: row!.id, slug };
    },
    /** A new client address in `prefix` ("198.21"), so each signature has rate limits of its own. */
    freshIp(prefix: string): string {
      const [a, b] = randomBytes(2);
      const ip = `${prefix}.${a}.${(b! % 254) + 1}`;
      made.ipHashes.push(keyedHash("ip", ip));
      return ip;
    },
  };
}
