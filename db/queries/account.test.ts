/**
 * The supporter's own data: listing, export and erasure, against a real
 * Postgres. Rows are random and removed by id afterwards.
 */
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { decrypt, encrypt, keyedHash } from "@/lib/crypto";
import { canonicalEmail } from "@/lib/email/canonical";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { deleteMyData, exportMyData, listMyActions, type AccountViewer } from "./account";

let t: TestDatabase;
const created = { users: [] as string[], campaigns: [] as string[] };

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  if (created.campaigns.length) {
    await t.db.delete(schema.actions).where(inArray(schema.actions.campaignId, created.campaigns));
    await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, created.campaigns));
  }
  if (created.users.length) await t.db.delete(schema.users).where(inArray(schema.users.id, created.users));
  await t.close();
  await closeDb();
});

async function supporter(email = `account-${randomUUID()}@example.org`): Promise<AccountViewer> {
  const id = randomUUID();
  await t.db.insert(schema.users).values({ id, email, name: "Ada Supporter", role: "supporter" });
  created.users.push(id);
  return { id, role: "supporter", email };
}

async function campaign(): Promise<string> {
  const [row] = await t.db
    .insert(schema.campaigns)
    .values({ slug: randomSlug("account"), title: "Account test campaign", summary: "Test.", status: "published" })
    .returning({ id: schema.campaigns.id });
  created.campaigns.push(row!.id);
  return row!.id;
}

/** An action with every personal column filled. */
async function action(campaignId: string, email: string, values: Partial<typeof schema.actions.$inferInsert> = {}): Promise<number> {
  const [row] = await t.db
    .insert(schema.actions)
    .values({
      campaignId,
      kind: "letter",
      status: "confirmed",
      emailHash: keyedHash("email", canonicalEmail(email)),
      emailCiphertext: encrypt(email),
      nameCiphertext: encrypt(`Name of ${email}`),
      publicName: "Ada L.",
      showName: true,
      wantsUpdates: true,
      country: "GB",
      cityCiphertext: encrypt("London"),
      personalTextCiphertext: encrypt("Please release her."),
      textHash: keyedHash("text", "please release her."),
      ipHash: keyedHash("ip", "203.0.113.9"),
      idempotencyKey: randomUUID(),
      confirmedAt: new Date(),
      ...values,
    })
    .returning({ id: schema.actions.id });
  return row!.id;
}

describe("listMyActions and exportMyData", () => {
  it("find actions made signed in or with the same address before, and nobody else's", async () => {
    const me = await supporter();
    const someoneElse = await supporter();
    const campaignId = await campaign();
    const signedIn = await action(campaignId, `other-${randomUUID()}@example.org`, { userId: me.id, kind: "tweet", emailHash: null, emailCiphertext: null });
    const byAddress = await action(campaignId, me.email!.toUpperCase(), { kind: "email" });
    await action(campaignId, someoneElse.email!);

    const mine = await listMyActions(me);
    expect(mine.map((a) => a.id).sort()).toEqual([signedIn, byAddress].sort());

    const exported = await exportMyData(me);
    expect(exported?.account.email).toBe(me.email);
    expect(exported?.actions).toHaveLength(2);
    const emailAction = exported!.actions.find((a) => a.kind === "email")!;
    expect(emailAction).toMatchObject({ email: me.email!.toUpperCase(), city: "London", personalText: "Please release her." });
    expect(JSON.stringify(exported)).not.toContain(someoneElse.email!);
    expect(JSON.stringify(exported)).not.toContain("ipHash");
  });
});

describe("deleteMyData", () => {
  it("erases personal columns, keeps the rows and their counts, and deletes the account and sessions", async () => {
    const me = await supporter();
    const neighbour = await supporter();
    const campaignId = await campaign();
    const mine = [await action(campaignId, me.email!), await action(campaignId, me.email!, { kind: "email", userId: me.id })];
    const theirs = await action(campaignId, neighbour.email!);
    // A row from before migration 0007 that the sealing step has not reached yet.
    mine.push(await action(campaignId, me.email!, { kind: "call", legacyCity: "Leeds", legacyPersonalText: "Spoke to an aide.", cityCiphertext: null, personalTextCiphertext: null }));
    await t.db.insert(schema.sessions).values({ sessionToken: randomUUID(), userId: me.id, expires: new Date(Date.now() + 3_600_000) });
    const countBefore = await t.db.$count(schema.actions, eq(schema.actions.campaignId, campaignId));

    const result = await deleteMyData(me);

    expect(result.erasedActions).toBe(3);
    expect(await t.db.$count(schema.actions, eq(schema.actions.campaignId, campaignId))).toBe(countBefore);
    const rows = await t.db.select().from(schema.actions).where(inArray(schema.actions.id, mine));
    for (const row of rows) {
      expect(row).toMatchObject({
        status: "confirmed",
        country: "GB",
        userId: null,
        emailCiphertext: null,
        nameCiphertext: null,
        publicName: null,
        showName: false,
        wantsUpdates: false,
        cityCiphertext: null,
        personalTextCiphertext: null,
        legacyCity: null,
        legacyPersonalText: null,
        textHash: null,
        ipHash: null,
      });
      expect(row.emailHash).toMatch(/^erased:/);
    }
    expect(new Set(rows.map((r) => r.emailHash)).size).toBe(3);
    const [kept] = await t.db.select().from(schema.actions).where(eq(schema.actions.id, theirs));
    expect(kept).toMatchObject({ publicName: "Ada L." });
    expect(decrypt(kept!.cityCiphertext!)).toBe("London");
    expect(decrypt(kept!.personalTextCiphertext!)).toBe("Please release her.");
    expect(await t.db.$count(schema.users, eq(schema.users.id, me.id))).toBe(0);
    expect(await t.db.$count(schema.sessions, eq(schema.sessions.userId, me.id))).toBe(0);

    // The same address signing again is not linked to the erased rows.
    expect(await listMyActions(me)).toEqual([]);
    const [audit] = await t.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, me.id));
    expect(audit).toMatchObject({ action: "account.delete", actorLabel: `user:${me.id}` });
    expect(JSON.stringify(audit)).not.toContain(me.email!);
  });
});
