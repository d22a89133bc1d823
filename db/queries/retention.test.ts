/**
 * Retention against a real Postgres: personal data of long-closed campaigns,
 * IP hashes past the abuse window, old mail, and high-risk campaigns. Every
 * row is random and removed by id afterwards; assertions only look at the
 * rows this file made (other files share the database).
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { decrypt, encrypt, keyedHash } from "@/lib/crypto";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { listCampaignPublicItems } from "./public-campaign-page";
import {
  clearOldMail,
  eraseClosedCampaignData,
  eraseExpiredIpHashes,
  erasedMailAddress,
  scrubHighRiskCampaigns,
  sealAllLegacyClearText,
} from "./retention";

let t: TestDatabase;
const created = { campaigns: [] as string[], mail: [] as string[] };

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  if (created.campaigns.length) {
    await t.db.delete(schema.actions).where(inArray(schema.actions.campaignId, created.campaigns));
    await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, created.campaigns));
  }
  if (created.mail.length) await t.db.delete(schema.mailOutbox).where(inArray(schema.mailOutbox.id, created.mail));
  await t.close();
  await closeDb();
});

async function campaign(values: Partial<typeof schema.campaigns.$inferInsert> = {}): Promise<{ id: string; slug: string }> {
  const [row] = await t.db
    .insert(schema.campaigns)
    .values({ slug: randomSlug("retention"), title: "Retention test", summary: "Test.", status: "published", ...values })
    .returning({ id: schema.campaigns.id, slug: schema.campaigns.slug });
  created.campaigns.push(row!.id);
  return row!;
}

const monthsAgo = (months: number) => sql`now() - make_interval(months => ${months}::int)`;
const daysAgo = (days: number) => sql`now() - make_interval(days => ${days}::int)`;

/** A confirmed letter with every personal column filled. */
async function letter(campaignId: string, values: Partial<typeof schema.actions.$inferInsert> = {}): Promise<number> {
  const email = `retention-${randomUUID()}@example.org`;
  const [row] = await t.db
    .insert(schema.actions)
    .values({
      campaignId,
      kind: "letter",
      status: "confirmed",
      emailHash: keyedHash("email", email),
      emailCiphertext: encrypt(email),
      emailDomain: "example.org",
      nameCiphertext: encrypt("Ada Lovelace"),
      publicName: "Ada L.",
      showName: true,
      wantsUpdates: true,
      country: "GB",
      cityCiphertext: encrypt("London"),
      language: "en",
      personalTextCiphertext: encrypt("Please release her."),
      textHash: keyedHash("text", "please release her."),
      ipHash: keyedHash("ip", "203.0.113.9"),
      idempotencyKey: randomUUID(),
      confirmTokenHash: keyedHash("token", randomUUID()),
      confirmedAt: new Date(),
      ...values,
    })
    .returning({ id: schema.actions.id });
  return row!.id;
}

async function rowsOf(campaignId: string) {
  return t.db.select().from(schema.actions).where(eq(schema.actions.campaignId, campaignId)).orderBy(schema.actions.id);
}

async function auditEntries(campaignId: string) {
  return t.db
    .select()
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.entityId, campaignId), eq(schema.auditLog.action, "retention.erase")));
}

describe("eraseClosedCampaignData", () => {
  it("erases every supporter's personal data once a campaign has been closed longer than the window, and keeps the rows", async () => {
    const old = await campaign({ status: "closed", closedAt: monthsAgo(25) as unknown as Date });
    const ids = await Promise.all([1, 2, 3, 4, 5].map(() => letter(old.id)));
    const tweet = await letter(old.id, { kind: "tweet", emailHash: null, emailCiphertext: null, emailDomain: null, nameCiphertext: null, publicName: null, textHash: "template-hash" });
    // Written in clear before migration 0007 and not sealed yet: erased all the same.
    const legacy = await letter(old.id, { legacyCity: "Leeds", legacyPersonalText: "Free her now.", cityCiphertext: null, personalTextCiphertext: null });
    const before = await rowsOf(old.id);

    const done = await eraseClosedCampaignData({ months: 24, batchSize: 2, campaignsPerRun: 100 });

    expect(done.find((c) => c.id === old.id)).toEqual({ id: old.id, slug: old.slug, erasedActions: 7 });
    const after = await rowsOf(old.id);
    expect(after.map((r) => [r.id, r.kind, r.status, r.country, r.confirmedAt?.toISOString()])).toEqual(
      before.map((r) => [r.id, r.kind, r.status, r.country, r.confirmedAt?.toISOString()]),
    );
    for (const row of after) {
      expect(row).toMatchObject({
        userId: null,
        emailCiphertext: null,
        emailDomain: null,
        nameCiphertext: null,
        publicName: null,
        showName: false,
        wantsUpdates: false,
        cityCiphertext: null,
        personalTextCiphertext: null,
        legacyCity: null,
        legacyPersonalText: null,
        ipHash: null,
        confirmTokenHash: null,
      });
      // The hash of a supporter's own text goes with it; a tweet's is of the template it was offered.
      expect(row.textHash).toBe(row.id === tweet ? "template-hash" : null);
    }
    expect(after.some((r) => r.id === legacy)).toBe(true);
    const letters = after.filter((r) => ids.includes(r.id));
    expect(letters.every((r) => r.emailHash?.startsWith("erased:"))).toBe(true);
    expect(new Set(letters.map((r) => r.emailHash)).size).toBe(letters.length);
    expect(after.find((r) => r.kind === "tweet")?.emailHash).toBeNull();
    const audit = await auditEntries(old.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, actorLabel: "system", entityType: "campaign" });
    expect(audit[0]!.after).toMatchObject({ erasedActions: 7, months: 24 });
  });

  it("is idempotent: a second run changes nothing and audits nothing", async () => {
    const old = await campaign({ status: "won", closedAt: monthsAgo(30) as unknown as Date });
    await letter(old.id);
    await eraseClosedCampaignData({ months: 24, campaignsPerRun: 100 });
    const first = await rowsOf(old.id);

    const again = await eraseClosedCampaignData({ months: 24, campaignsPerRun: 100 });

    expect(again.find((c) => c.id === old.id)).toBeUndefined();
    expect(await rowsOf(old.id)).toEqual(first);
    expect(await auditEntries(old.id)).toHaveLength(1);
  });

  it("leaves campaigns that closed recently, are still open, or were reopened", async () => {
    const recent = await campaign({ status: "closed", closedAt: monthsAgo(23) as unknown as Date });
    const open = await campaign({ status: "published" });
    const reopened = await campaign({ status: "published", closedAt: monthsAgo(40) as unknown as Date });
    for (const c of [recent, open, reopened]) await letter(c.id);

    await eraseClosedCampaignData({ months: 24, campaignsPerRun: 100 });

    for (const c of [recent, open, reopened]) {
      const [row] = await rowsOf(c.id);
      expect(row).toMatchObject({ publicName: "Ada L." });
      expect(decrypt(row!.cityCiphertext!)).toBe("London");
      expect(decrypt(row!.personalTextCiphertext!)).toBe("Please release her.");
      expect(row!.emailCiphertext).not.toBeNull();
      expect(await auditEntries(c.id)).toHaveLength(0);
    }
  });
});

describe("eraseExpiredIpHashes", () => {
  it("clears IP hashes older than the abuse window and keeps recent ones", async () => {
    const c = await campaign();
    const old = await letter(c.id, { createdAt: daysAgo(8) as unknown as Date });
    const recent = await letter(c.id, { createdAt: daysAgo(1) as unknown as Date });

    await eraseExpiredIpHashes(7);

    const rows = await rowsOf(c.id);
    expect(rows.find((r) => r.id === old)?.ipHash).toBeNull();
    expect(rows.find((r) => r.id === recent)?.ipHash).not.toBeNull();
    expect(rows.find((r) => r.id === old)?.emailCiphertext).not.toBeNull();
  });
});

describe("clearOldMail", () => {
  async function mail(values: Partial<typeof schema.mailOutbox.$inferInsert>): Promise<string> {
    const [row] = await t.db
      .insert(schema.mailOutbox)
      .values({ toAddress: `mail-${randomUUID()}@example.org`, subject: "Confirm", textBody: "https://example.org/confirm/secret", ...values })
      .returning({ id: schema.mailOutbox.id });
    created.mail.push(row!.id);
    return row!.id;
  }

  it("clears recipient and body of mail sent or failed before the window, and never queued mail", async () => {
    const oldSent = await mail({ status: "sent", sentAt: daysAgo(8) as unknown as Date, htmlBody: "<p>link</p>" });
    const oldFailed = await mail({ status: "failed", createdAt: daysAgo(9) as unknown as Date, lastError: "550 no such user x@y.z" });
    const recentSent = await mail({ status: "sent", sentAt: daysAgo(2) as unknown as Date });
    const oldQueued = await mail({ status: "queued", createdAt: daysAgo(30) as unknown as Date });

    await clearOldMail(7);

    const rows = await t.db.select().from(schema.mailOutbox).where(inArray(schema.mailOutbox.id, created.mail));
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of [oldSent, oldFailed]) {
      expect(byId.get(id)).toMatchObject({ toAddress: erasedMailAddress, textBody: "", htmlBody: null, lastError: null, subject: "Confirm" });
    }
    for (const id of [recentSent, oldQueued]) {
      expect(byId.get(id)?.toAddress).not.toBe(erasedMailAddress);
      expect(byId.get(id)?.textBody).toContain("/confirm/");
    }
  });
});

describe("high-risk campaigns", () => {
  it("never show a supporter's name, and keep no IP hash or public name once scrubbed", async () => {
    const c = await campaign({ highRisk: true });
    const id = await letter(c.id, { kind: "solidarity" });
    await t.db.insert(schema.moderationDecisions).values({ subjectType: "action", subjectId: String(id), verdict: "approve" });

    const items = await listCampaignPublicItems(c.slug);
    expect(items.messages.map((m) => [m.id, m.name])).toEqual([[id, null]]);

    await scrubHighRiskCampaigns();
    const [row] = await rowsOf(c.id);
    expect(row).toMatchObject({ ipHash: null, publicName: null, showName: false });
    expect(decrypt(row!.personalTextCiphertext!)).toBe("Please release her.");
    await t.db.delete(schema.moderationDecisions).where(eq(schema.moderationDecisions.subjectId, String(id)));
  });

  it("leaves other campaigns' IP hashes and names alone", async () => {
    const c = await campaign();
    await letter(c.id);
    await scrubHighRiskCampaigns();
    const [row] = await rowsOf(c.id);
    expect(row).toMatchObject({ publicName: "Ada L.", showName: true });
    expect(row!.ipHash).not.toBeNull();
  });
});

describe("sealLegacyClearText", () => {
  it("moves cities and texts written in clear before migration 0007 into the sealed columns and empties the clear ones", async () => {
    const c = await campaign();
    const clear = { cityCiphertext: null, personalTextCiphertext: null };
    const both = await letter(c.id, { ...clear, legacyCity: "Leeds", legacyPersonalText: "Free him, he did nothing wrong." });
    const blank = await letter(c.id, { ...clear, legacyCity: "", legacyPersonalText: "   " });
    const textOnly = await letter(c.id, { ...clear, kind: "call", legacyPersonalText: "Spoke to an aide." });
    const current = await letter(c.id);

    const sealed = await sealAllLegacyClearText(2);

    expect(sealed).toBeGreaterThanOrEqual(3);
    const rows = new Map((await rowsOf(c.id)).map((row) => [row.id, row]));
    for (const row of rows.values()) expect(row).toMatchObject({ legacyCity: null, legacyPersonalText: null });
    expect(decrypt(rows.get(both)!.cityCiphertext!)).toBe("Leeds");
    expect(decrypt(rows.get(both)!.personalTextCiphertext!)).toBe("Free him, he did nothing wrong.");
    expect(rows.get(blank)).toMatchObject({ cityCiphertext: null, personalTextCiphertext: null });
    expect(rows.get(textOnly)!.cityCiphertext).toBeNull();
    expect(decrypt(rows.get(textOnly)!.personalTextCiphertext!)).toBe("Spoke to an aide.");
    expect(decrypt(rows.get(current)!.personalTextCiphertext!)).toBe("Please release her.");
    // Nothing of the clear text is left anywhere in the rows.
    const stored = await t.db.execute(sql`select row_to_json(a)::text as json from actions a where a.campaign_id = ${c.id}`);
    const json = JSON.stringify(stored);
    for (const clearText of ["Leeds", "Free him", "Spoke to an aide", "London", "Please release her"]) expect(json).not.toContain(clearText);
  });
});
