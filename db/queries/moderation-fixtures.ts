/**
 * What the moderation tests share (prescreen.test.ts, moderation-queue.test.ts,
 * moderation-decisions.test.ts), against a real Postgres. Each test makes its
 * own campaign, defender and users with random slugs and emails; the queue is
 * shared with other test files, so items are looked up by subject rather than
 * by position in the whole queue. Call moderationFixtures() once at the top
 * of a test file: it registers the setup and the clean-up.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { createTestDb, randomSlug } from "@/test/db";
import type { ModerationSubject } from "./moderation-queue";
import { rowsOf } from "./rows";
import { recordSupporterAction } from "./supporter-actions";

export function moderationFixtures() {
  const t = createTestDb();
  const created = { campaigns: [] as string[], defenders: [] as string[], users: [] as string[], reasons: [] as string[] };
  let reasonId: string;

  beforeAll(async () => {
    const [reason] = await t.db.insert(schema.moderationReasons).values({ label: `Abusive ${randomUUID()}` }).returning({ id: schema.moderationReasons.id });
    reasonId = reason!.id;
    created.reasons.push(reasonId);
  });

  afterAll(async () => {
    if (created.campaigns.length) {
      const ids = await t.db.select({ id: schema.actions.id }).from(schema.actions).where(inArray(schema.actions.campaignId, created.campaigns));
      const subjectIds = [...ids.map((row) => String(row.id)), ...created.campaigns, ...created.defenders];
      if (subjectIds.length) {
        await t.db.delete(schema.moderationDecisions).where(inArray(schema.moderationDecisions.subjectId, subjectIds));
        await t.db.delete(schema.moderationFlags).where(inArray(schema.moderationFlags.subjectId, subjectIds));
      }
      await t.db.delete(schema.actions).where(inArray(schema.actions.campaignId, created.campaigns));
      await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, created.campaigns));
    }
    if (created.defenders.length) await t.db.delete(schema.defenders).where(inArray(schema.defenders.id, created.defenders));
    if (created.users.length) await t.db.delete(schema.users).where(inArray(schema.users.id, created.users));
    await t.close();
    await closeDb();
  });

  async function user(role: "supporter" | "organiser" | "admin") {
    const id = randomUUID();
    const email = `moderation-${role}-${id}@example.org`;
    const name = `Test ${role} ${id.slice(0, 6)}`;
    await t.db.insert(schema.users).values({ id, email, name, role });
    created.users.push(id);
    return { id, email, name, role };
  }

  async function publishedCampaign(overrides: Partial<typeof schema.campaigns.$inferInsert> = {}) {
    const slug = randomSlug("mod");
    const [row] = await t.db
      .insert(schema.campaigns)
      .values({ slug, title: `Campaign ${slug}`, summary: "Made by a test.", status: "published", actionKinds: ["solidarity", "org_signon", "letter"], ...overrides })
      .returning({ id: schema.campaigns.id });
    created.campaigns.push(row!.id);
    return { id: row!.id, slug };
  }

  async function solidarity(slug: string, message: string): Promise<ModerationSubject> {
    const idempotencyKey = randomUUID();
    const outcome = await recordSupporterAction(
      { campaignSlug: slug, kind: "solidarity", idempotencyKey, selfReported: false, status: "pending", name: "Ana", showName: true, country: "CA", language: "en", personalText: message },
      [],
    );
    expect(outcome).toBe("recorded");
    const [row] = await t.db.select({ id: schema.actions.id }).from(schema.actions).where(eq(schema.actions.idempotencyKey, idempotencyKey));
    // Stored sealed (repeats are counted by its keyed hash); the queue and the wall read it decrypted.
    const [stored] = rowsOf<{ json: string }>(await t.db.execute(sql`select row_to_json(a)::text as json from actions a where a.id = ${row!.id}`));
    expect(stored!.json.toLowerCase()).not.toContain(message.trim().slice(0, 12).toLowerCase());
    return { type: "action", id: String(row!.id) };
  }

  async function confirmedSignOn(campaignId: string, organisationName: string): Promise<ModerationSubject> {
    const [row] = await t.db
      .insert(schema.actions)
      .values({
        campaignId,
        kind: "org_signon",
        status: "confirmed",
        // Before the counter watermark, so reconciliation counts it (ADR 0007).
        confirmedAt: new Date(Date.now() - 3_600_000),
        organisationName,
        country: "GB",
        emailHash: randomUUID(),
        idempotencyKey: randomUUID(),
      })
      .returning({ id: schema.actions.id });
    return { type: "action", id: String(row!.id) };
  }

  async function auditEntries(subject: ModerationSubject) {
    return t.db
      .select({ action: schema.auditLog.action })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entityType, subject.type), eq(schema.auditLog.entityId, subject.id), eq(schema.auditLog.action, "moderation.decide")));
  }

  async function actionStatus(subject: ModerationSubject) {
    const [row] = await t.db.select({ status: schema.actions.status }).from(schema.actions).where(eq(schema.actions.id, Number(subject.id)));
    return row?.status;
  }

  const reject = () => ({ verdict: "reject" as const, reasonId, note: null });
  const approve = { verdict: "approve" as const, reasonId: null, note: null };
  const spam = { verdict: "spam" as const, reasonId: null, note: null };

  return { t, created, user, publishedCampaign, solidarity, confirmedSignOn, auditEntries, actionStatus, reject, approve, spam };
}
