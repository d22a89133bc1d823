/** The audit log viewer's queries, and the database refusing to rewrite the log. */
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { createTestDb, pgError, type TestDatabase } from "@/test/db";
import { listAuditEntityTypes, listAuditEntries } from "./admin-audit";

let t: TestDatabase;
const admin = { id: randomUUID(), role: "admin" as const };
const organiser = { id: randomUUID(), role: "organiser" as const };
/** Entries of this file carry this entity id, so parallel files never see them. */
const entityId = `audit-test-${randomBytes(6).toString("hex")}`;
const actorId = randomUUID();
const actorLabel = `Auditor-${randomBytes(4).toString("hex")}@Example.org`;
let ids: number[] = [];

beforeAll(async () => {
  t = createTestDb();
  const rows = [
    { action: "campaign.create", entityType: "campaign", at: "2026-01-10T10:00:00Z", actor: true },
    { action: "campaign.export.csv", entityType: "campaign", at: "2026-01-11T10:00:00Z", actor: true },
    { action: "campaign.exported_elsewhere", entityType: "campaign", at: "2026-01-12T10:00:00Z", actor: false },
    { action: "user.role", entityType: "user", at: "2026-01-13T23:59:00Z", actor: false },
    { action: "user.suspend", entityType: "user", at: "2026-01-14T00:00:00Z", actor: true },
  ];
  for (const row of rows) {
    const [inserted] = await t.db
      .insert(schema.auditLog)
      .values({
        actorId: row.actor ? actorId : null,
        actorLabel: row.actor ? actorLabel : "operator:root",
        action: row.action,
        entityType: row.entityType,
        entityId,
        before: { n: 1 },
        after: { n: 2 },
        createdAt: new Date(row.at),
      })
      .returning({ id: schema.auditLog.id });
    ids.push(inserted!.id);
  }
  ids = ids.reverse();
});

afterAll(async () => {
  await t.close();
  await closeDb();
});

const actions = (entries: { action: string }[]) => entries.map((e) => e.action);

describe("listAuditEntries", () => {
  it("lists newest first (by id) and filters by entity", async () => {
    const { entries } = await listAuditEntries(admin, { entityId });
    expect(entries.map((e) => e.id)).toEqual(ids);
    const users = await listAuditEntries(admin, { entityId, entityType: "user" });
    expect(actions(users.entries)).toEqual(["user.suspend", "user.role"]);
  });

  it("filters by part of the actor label case-insensitively, or by the exact actor id", async () => {
    const byLabel = await listAuditEntries(admin, { entityId, actor: actorLabel.slice(0, 12).toLowerCase() });
    expect(actions(byLabel.entries)).toEqual(["user.suspend", "campaign.export.csv", "campaign.create"]);
    const byId = await listAuditEntries(admin, { entityId, actor: actorId });
    expect(byId.entries).toHaveLength(3);
    const wildcard = await listAuditEntries(admin, { entityId, actor: "%" });
    expect(wildcard.entries).toEqual([]);
  });

  it("filters by exact action or dotted prefix", async () => {
    expect(actions((await listAuditEntries(admin, { entityId, action: "campaign.export" })).entries)).toEqual(["campaign.export.csv"]);
    expect(actions((await listAuditEntries(admin, { entityId, action: "user.role" })).entries)).toEqual(["user.role"]);
    expect(actions((await listAuditEntries(admin, { entityId, action: "user" })).entries)).toEqual(["user.suspend", "user.role"]);
  });

  it("filters by time, from inclusive and to exclusive", async () => {
    const { entries } = await listAuditEntries(admin, { entityId, from: new Date("2026-01-11T10:00:00Z"), to: new Date("2026-01-14T00:00:00Z") });
    expect(actions(entries)).toEqual(["user.role", "campaign.exported_elsewhere", "campaign.export.csv"]);
  });

  it("pages by keyset on the id, without gaps or repeats", async () => {
    const seen: number[] = [];
    let before: number | undefined;
    for (let page = 0; page < 5; page++) {
      const result = await listAuditEntries(admin, { entityId, before }, 2);
      seen.push(...result.entries.map((e) => e.id));
      if (!result.nextBefore) break;
      before = result.nextBefore;
    }
    expect(seen).toEqual(ids);
  });

  it("shows nothing to someone who may not read the log", async () => {
    expect(await listAuditEntries(organiser, { entityId })).toEqual({ entries: [], nextBefore: null });
    expect(await listAuditEntityTypes(organiser)).toEqual([]);
  });
});

describe("listAuditEntityTypes", () => {
  it("lists each entity type once, sorted", async () => {
    const types = await listAuditEntityTypes(admin);
    expect(types).toEqual(expect.arrayContaining(["campaign", "user"]));
    expect(types).toEqual([...new Set(types)].sort());
  });
});

describe("audit_log is append-only in the database", () => {
  async function refusal(statement: Promise<unknown>) {
    try {
      await statement;
    } catch (error) {
      return pgError(error)?.code;
    }
    return "succeeded";
  }

  it("refuses UPDATE, DELETE and TRUNCATE", async () => {
    const id = ids[0]!;
    expect(await refusal(t.sql`update audit_log set action = 'tampered' where id = ${id}`)).toBe("42501");
    expect(await refusal(t.sql`delete from audit_log where id = ${id}`)).toBe("42501");
    expect(await refusal(t.sql`truncate audit_log`)).toBe("42501");
    const [row] = await t.sql<{ action: string }[]>`select action from audit_log where id = ${id}`;
    expect(row!.action).toBe("user.suspend");
  });
});
