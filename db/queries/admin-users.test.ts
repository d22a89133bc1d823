/** User management for admins, against a real Postgres. */
import { randomBytes, randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import type { Role } from "@/lib/permissions";
import { createTestDb, type TestDatabase } from "@/test/db";
import { getActiveViewer } from "./users";
import { changeUserRole, containsPattern, getUserForAdmin, listUsersForAdmin, suspendUser, unsuspendUser } from "./admin-users";

let t: TestDatabase;
const created: string[] = [];
/** Shared by the users of this file, so searches can be narrowed to them. */
const marker = `adm${randomBytes(4).toString("hex")}`;

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  if (created.length) await t.db.delete(schema.users).where(inArray(schema.users.id, created));
  await t.close();
  await closeDb();
});

async function user(role: Role, extra: { name?: string; emailLocal?: string } = {}) {
  const id = randomUUID();
  const email = `${extra.emailLocal ?? "user"}-${marker}-${id.slice(0, 8)}@example.org`;
  const name = extra.name ?? `Person ${id.slice(0, 6)}`;
  await t.db.insert(schema.users).values({ id, email, name, role });
  created.push(id);
  return { id, email, name, role };
}

async function signIn(userId: string) {
  await t.db.insert(schema.sessions).values({ sessionToken: randomBytes(16).toString("hex"), userId, expires: new Date(Date.now() + 86_400_000) });
}

async function sessionsOf(userId: string) {
  return t.db.select().from(schema.sessions).where(eq(schema.sessions.userId, userId));
}

async function auditOf(userId: string) {
  return t.db
    .select()
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.entityType, "user"), eq(schema.auditLog.entityId, userId)));
}

describe("containsPattern", () => {
  it("escapes LIKE wildcards and the escape character", () => {
    expect(containsPattern("50%_off\\")).toBe("%50\\%\\_off\\\\%");
  });
});

describe("listUsersForAdmin", () => {
  it("finds users by part of their email or name, case-insensitively, with role and suspension filters", async () => {
    const admin = await user("admin");
    const organiser = await user("organiser", { name: `Amal ${marker} Clooney` });
    const supporter = await user("supporter", { emailLocal: "Percent_Sign" });
    await t.db.update(schema.users).set({ suspendedAt: new Date() }).where(eq(schema.users.id, supporter.id));

    const all = await listUsersForAdmin(admin, { q: marker.toUpperCase() });
    expect(all.rows.map((r) => r.id)).toEqual(expect.arrayContaining([admin.id, organiser.id, supporter.id]));

    const byName = await listUsersForAdmin(admin, { q: `amal ${marker}` });
    expect(byName.rows.map((r) => r.id)).toEqual([organiser.id]);

    const organisers = await listUsersForAdmin(admin, { q: marker, role: "organiser" });
    expect(organisers.rows.map((r) => r.id)).toEqual([organiser.id]);

    const suspended = await listUsersForAdmin(admin, { q: marker, suspended: "yes" });
    expect(suspended.rows.map((r) => r.id)).toEqual([supporter.id]);
    const active = await listUsersForAdmin(admin, { q: marker, suspended: "no" });
    expect(active.rows.map((r) => r.id)).not.toContain(supporter.id);
  });

  it("treats % and _ in the search literally", async () => {
    const admin = await user("admin");
    const literal = await user("supporter", { emailLocal: "under_score" });
    await user("supporter", { emailLocal: "underXscore" });
    const found = await listUsersForAdmin(admin, { q: `under_score-${marker}` });
    expect(found.rows.map((r) => r.id)).toEqual([literal.id]);
    expect((await listUsersForAdmin(admin, { q: `%${marker}%` })).rows).toEqual([]);
  });

  it("pages with a next-page flag and shows nothing to non-admins", async () => {
    const admin = await user("admin");
    const first = await listUsersForAdmin(admin, { q: marker, page: 1 });
    expect(first.rows.length).toBeGreaterThan(0);
    expect((await listUsersForAdmin(admin, { q: marker, page: 1000 })).rows).toEqual([]);
    const organiser = await user("organiser");
    expect((await listUsersForAdmin(organiser, { q: marker })).rows).toEqual([]);
  });
});

describe("getUserForAdmin", () => {
  it("returns role, suspension, campaigns count and the pending organiser request", async () => {
    const admin = await user("admin");
    const supporter = await user("supporter");
    const [request] = await t.db
      .insert(schema.organiserRequests)
      .values({ userId: supporter.id, organisationName: "Front Line Friends", reason: "We write letters every week." })
      .returning({ id: schema.organiserRequests.id });
    await signIn(supporter.id);

    const detail = await getUserForAdmin(admin, supporter.id);
    expect(detail).toMatchObject({
      id: supporter.id,
      role: "supporter",
      suspendedAt: null,
      campaignCount: 0,
      activeSessions: 1,
      pendingRequest: { id: request!.id, organisationName: "Front Line Friends" },
    });
    await expect(getUserForAdmin(admin, randomUUID())).rejects.toMatchObject({ reason: "notFound" });
    await expect(getUserForAdmin(supporter, supporter.id)).rejects.toMatchObject({ reason: "forbidden" });
  });
});

describe("changeUserRole", () => {
  it("changes the role, ends the user's sessions and writes one audit entry", async () => {
    const admin = await user("admin");
    const target = await user("supporter");
    await signIn(target.id);

    expect(await changeUserRole(admin, target.id, "organiser")).toEqual({ ok: true });

    const [row] = await t.db.select({ role: schema.users.role }).from(schema.users).where(eq(schema.users.id, target.id));
    expect(row!.role).toBe("organiser");
    expect(await sessionsOf(target.id)).toEqual([]);
    const audit = await auditOf(target.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "user.role", actorId: admin.id, actorLabel: admin.email, before: { role: "supporter" }, after: { role: "organiser" } });
  });

  it("refuses an admin changing their own role, an unchanged role, an unknown user and a non-admin caller", async () => {
    const admin = await user("admin");
    const organiser = await user("organiser");
    expect(await changeUserRole(admin, admin.id, "supporter")).toEqual({ ok: false, reason: "self" });
    expect(await changeUserRole(admin, organiser.id, "organiser")).toEqual({ ok: false, reason: "unchanged" });
    await expect(changeUserRole(admin, randomUUID(), "organiser")).rejects.toMatchObject({ reason: "notFound" });
    const other = await user("supporter");
    await expect(changeUserRole(organiser, other.id, "admin")).rejects.toMatchObject({ reason: "forbidden" });
    expect(await auditOf(admin.id)).toEqual([]);
    expect(await auditOf(organiser.id)).toEqual([]);
    expect(await auditOf(other.id)).toEqual([]);
  });

  it("lets one admin demote another while other admins remain", async () => {
    const [first, second] = [await user("admin"), await user("admin")];
    expect(await changeUserRole(first, second.id, "organiser")).toEqual({ ok: true });
    expect(await auditOf(second.id)).toHaveLength(1);
  });
});

describe("suspendUser / unsuspendUser", () => {
  it("suspends at once (sessions deleted, viewer refused) and unsuspends, one audit entry each", async () => {
    const admin = await user("admin");
    const target = await user("organiser");
    await signIn(target.id);
    await signIn(target.id);
    expect(await getActiveViewer(target.id)).not.toBeNull();

    expect(await suspendUser(admin, target.id)).toEqual({ ok: true });
    expect(await sessionsOf(target.id)).toEqual([]);
    expect(await getActiveViewer(target.id)).toBeNull();
    expect(await suspendUser(admin, target.id)).toEqual({ ok: false, reason: "unchanged" });

    expect(await unsuspendUser(admin, target.id)).toEqual({ ok: true });
    expect(await getActiveViewer(target.id)).toMatchObject({ id: target.id, role: "organiser" });
    expect(await unsuspendUser(admin, target.id)).toEqual({ ok: false, reason: "unchanged" });

    const audit = await auditOf(target.id);
    expect(audit.map((a) => a.action).sort()).toEqual(["user.suspend", "user.unsuspend"]);
    const suspend = audit.find((a) => a.action === "user.suspend")!;
    expect(suspend.before).toEqual({ suspendedAt: null });
    expect((suspend.after as { suspendedAt: string }).suspendedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("refuses suspending yourself and non-admin callers", async () => {
    const admin = await user("admin");
    const organiser = await user("organiser");
    expect(await suspendUser(admin, admin.id)).toEqual({ ok: false, reason: "self" });
    await expect(suspendUser(organiser, admin.id)).rejects.toMatchObject({ reason: "forbidden" });
    await expect(unsuspendUser(organiser, admin.id)).rejects.toMatchObject({ reason: "forbidden" });
    expect(await getActiveViewer(admin.id)).not.toBeNull();
    expect(await auditOf(admin.id)).toEqual([]);
  });
});
