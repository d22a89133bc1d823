/**
 * Key rotation: rows sealed with an older key are re-sealed with the current
 * one. The "old" key here is the current key under another id, registered in
 * DATA_ENCRYPTION_OLD_KEYS before env() is first read.
 */
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

process.env.DATA_ENCRYPTION_OLD_KEYS = `k0:${process.env.DATA_ENCRYPTION_KEY}`;

import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { decrypt, encrypt, sealedWithOldKey } from "@/lib/crypto";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { reencryptOldRows } from "./retention";

let t: TestDatabase;
const campaignIds: string[] = [];

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  await t.db.delete(schema.actions).where(inArray(schema.actions.campaignId, campaignIds));
  await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, campaignIds));
  await t.close();
  await closeDb();
});

const sealedWithK0 = (plain: string) => encrypt(plain).replace(/^v1\.[^.]+\./, "v1.k0.");

describe("reencryptOldRows", () => {
  it("re-seals names and addresses written with an older key, and leaves current ones", async () => {
    expect(process.env.DATA_ENCRYPTION_KEY, "with-test-db exports the key").toBeTruthy();
    const [campaign] = await t.db
      .insert(schema.campaigns)
      .values({ slug: randomSlug("rotation"), title: "Rotation", summary: "Test." })
      .returning({ id: schema.campaigns.id });
    campaignIds.push(campaign!.id);
    const oldEmail = sealedWithK0("old@example.org");
    const currentName = encrypt("Current Name");
    const [row] = await t.db
      .insert(schema.actions)
      .values({
        campaignId: campaign!.id,
        kind: "letter",
        emailCiphertext: oldEmail,
        nameCiphertext: currentName,
        cityCiphertext: sealedWithK0("Leeds"),
        personalTextCiphertext: sealedWithK0("Free him."),
        emailHash: randomUUID(),
        idempotencyKey: randomUUID(),
      })
      .returning({ id: schema.actions.id });
    expect(sealedWithOldKey(oldEmail)).toBe(true);

    let total = 0;
    for (let n = await reencryptOldRows(); n > 0; n = await reencryptOldRows()) total += n;

    expect(total).toBeGreaterThanOrEqual(1);
    const [after] = await t.db.select().from(schema.actions).where(eq(schema.actions.id, row!.id));
    expect(sealedWithOldKey(after!.emailCiphertext!)).toBe(false);
    expect(decrypt(after!.emailCiphertext!)).toBe("old@example.org");
    expect(after!.nameCiphertext).toBe(currentName);
    for (const [sealed, plain] of [[after!.cityCiphertext!, "Leeds"], [after!.personalTextCiphertext!, "Free him."]] as const) {
      expect(sealedWithOldKey(sealed)).toBe(false);
      expect(decrypt(sealed)).toBe(plain);
    }
  });
});
