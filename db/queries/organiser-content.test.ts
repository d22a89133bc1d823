/**
 * Target directory and templates against a real Postgres: writes are audited,
 * all-or-nothing, and limited to viewers with the right permission.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { createTestDb, randomEmail, randomSlug, type TestDatabase } from "@/test/db";
import { createTarget, importTargets, listTargets, updateTarget, type TargetWrite } from "./targets-directory";
import { getTemplatesPage, saveTemplate } from "./templates";

let t: TestDatabase;
const viewers = {} as Record<"owner" | "other" | "supporter", { id: string; role: "organiser" | "supporter"; email: string }>;
let campaignId: string;
const marker = `Directory test ${randomUUID().slice(0, 8)}`;

function target(name: string, overrides: Partial<TargetWrite> = {}): TargetWrite {
  return {
    kind: "embassy", honorific: null, name, title: null, representedState: "CN", hostCountry: "CA", addressLines: [], city: null,
    postcode: null, phone: null, email: null, xHandle: null, blueskyHandle: null, website: null, language: "en", isExample: true, ...overrides,
  };
}

beforeAll(async () => {
  t = createTestDb();
  for (const [key, role] of [["owner", "organiser"], ["other", "organiser"], ["supporter", "supporter"]] as const) {
    const email = randomEmail();
    const [row] = await t.db.insert(schema.users).values({ email, role }).returning({ id: schema.users.id });
    viewers[key] = { id: row!.id, role, email };
  }
  const [campaign] = await t.db.insert(schema.campaigns).values({ slug: randomSlug("tpl"), title: "Template test", summary: "Made by a test." }).returning({ id: schema.campaigns.id });
  campaignId = campaign!.id;
  await t.db.insert(schema.campaignOrganisers).values({ campaignId, userId: viewers.owner.id, role: "owner" });
});

afterAll(async () => {
  await t.db.delete(schema.campaigns).where(eq(schema.campaigns.id, campaignId));
  await t.db.delete(schema.targets).where(like(schema.targets.name, `${marker}%`));
  await t.close();
  await closeDb();
});

describe("target directory", () => {
  it("creates and updates a target with an audit entry each, keeping unchanged health checks", async () => {
    const created = await createTarget(viewers.owner, target(`${marker} A`), [{ channel: "email", status: "failing", note: "bounced" }]);
    const [first] = await t.db.select().from(schema.targets).where(eq(schema.targets.id, created.id));
    expect(first!.channelHealth.email).toMatchObject({ ok: false, note: "bounced" });
    await updateTarget(viewers.owner, created.id, target(`${marker} A`, { city: "Ottawa" }), [{ channel: "email", status: "failing", note: "bounced" }]);
    const [second] = await t.db.select().from(schema.targets).where(eq(schema.targets.id, created.id));
    expect(second!.city).toBe("Ottawa");
    expect(second!.channelHealth.email!.checkedAt).toBe(first!.channelHealth.email!.checkedAt);
    const audits = await t.db.select({ action: schema.auditLog.action }).from(schema.auditLog).where(and(eq(schema.auditLog.entityType, "target"), eq(schema.auditLog.entityId, created.id)));
    expect(audits.map((a) => a.action).sort()).toEqual(["target.create", "target.update"]);
  });

  it("imports all rows in one transaction, or none when one fails", async () => {
    const tooLong = target(`${marker} bad`, { representedState: "CNX" });
    await expect(importTargets(viewers.owner, [target(`${marker} B1`), tooLong])).rejects.toThrow();
    expect(await listTargets(viewers.owner, { q: `${marker} B` })).toEqual([]);
    const result = await importTargets(viewers.owner, [target(`${marker} B1`), target(`${marker} B2`)]);
    expect(result.count).toBe(2);
    expect((await listTargets(viewers.owner, { q: `${marker} B` })).map((r) => r.name)).toEqual([`${marker} B1`, `${marker} B2`]);
  });

  it("gives supporters nothing and refuses their writes", async () => {
    expect(await listTargets(viewers.supporter, { q: marker })).toEqual([]);
    await expect(createTarget(viewers.supporter, target(`${marker} S`), [])).rejects.toThrow();
  });
});

describe("templates", () => {
  it("saves one template per slot for the campaign's organiser, replacing it on the second save", async () => {
    const input = { kind: "letter" as const, language: "en", targetId: null, subject: null, body: "Dear {target.name}" };
    expect(await saveTemplate(viewers.owner, campaignId, input)).toMatchObject({ ok: true });
    expect(await saveTemplate(viewers.owner, campaignId, { ...input, body: "Dear {target.honorific} {target.name}" })).toMatchObject({ ok: true });
    const page = await getTemplatesPage(viewers.owner, campaignId);
    expect(page!.templates.map((tpl) => tpl.body)).toEqual(["Dear {target.honorific} {target.name}"]);
  });

  it("refuses another organiser and a supporter as if the campaign did not exist", async () => {
    const input = { kind: "email" as const, language: "en", targetId: null, subject: "Hi", body: "Hello" };
    expect(await saveTemplate(viewers.other, campaignId, input)).toEqual({ ok: false, reason: "not-found" });
    expect(await saveTemplate(viewers.supporter, campaignId, input)).toEqual({ ok: false, reason: "not-found" });
    expect(await getTemplatesPage(viewers.other, campaignId)).toBeNull();
    const rows = await t.db.select({ id: schema.templates.id }).from(schema.templates).where(and(eq(schema.templates.campaignId, campaignId), inArray(schema.templates.kind, ["email"])));
    expect(rows).toEqual([]);
  });

  it("refuses a per-target template for a target the campaign does not address", async () => {
    const [stranger] = await t.db.insert(schema.targets).values({ kind: "official", name: `${marker} stranger` }).returning({ id: schema.targets.id });
    const input = { kind: "tweet" as const, language: "en", targetId: stranger!.id, subject: null, body: "Hi {target.name}" };
    expect(await saveTemplate(viewers.owner, campaignId, input)).toEqual({ ok: false, reason: "target-not-in-campaign" });
  });
});
