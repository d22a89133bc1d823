import "server-only";
import { and, desc, eq, ilike, isNotNull, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { campaignOrganisers, organiserRequests, sessions, users } from "@/db/schema";
import { correlated } from "@/db/queries/correlated";
import { assertCan, can, type Role, type Viewer } from "@/lib/permissions";
import { refuse } from "@/lib/refusal";
import { recordAudit, type AuditActor } from "./audit";

export const adminUsersPageSize = 25;

export interface AdminUserFilters {
  /** Part of an email address or a name, case-insensitive. */
  q?: string;
  role?: Role;
  suspended?: "yes" | "no";
  /** 1-based. */
  page?: number;
}

export interface AdminUserRow {
  id: string;
  email: string | null;
  name: string | null;
  role: Role;
  createdAt: Date;
  suspendedAt: Date | null;
}

/** `value` as a LIKE pattern matching it literally anywhere: %, _ and \ lose their wildcard meaning. */
export function containsPattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One page of users for the admin list, newest first. `hasNext` comes from
 * reading one row more than the page, so no count over the whole table.
 */
export async function listUsersForAdmin(
  viewer: Viewer,
  filters: AdminUserFilters,
): Promise<{ rows: AdminUserRow[]; page: number; hasNext: boolean }> {
  const page = Math.max(1, Math.floor(filters.page ?? 1));
  if (!can(viewer, "user:read:any")) return { rows: [], page, hasNext: false };
  const conditions: SQL[] = [];
  const q = filters.q?.trim();
  if (q) conditions.push(or(ilike(users.email, containsPattern(q)), ilike(users.name, containsPattern(q)))!);
  if (filters.role) conditions.push(eq(users.role, filters.role));
  if (filters.suspended === "yes") conditions.push(isNotNull(users.suspendedAt));
  if (filters.suspended === "no") conditions.push(isNull(users.suspendedAt));

  const db = await getDb();
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, createdAt: users.createdAt, suspendedAt: users.suspendedAt })
    .from(users)
    .where(and(...conditions))
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(adminUsersPageSize + 1)
    .offset((page - 1) * adminUsersPageSize);
  return { rows: rows.slice(0, adminUsersPageSize), page, hasNext: rows.length > adminUsersPageSize };
}

export interface AdminUserDetail extends AdminUserRow {
  campaignCount: number;
  activeSessions: number;
  pendingRequest: { id: string; organisationName: string; createdAt: Date } | null;
}

/** One user with what an admin needs to decide about them, in one query; Refused(forbidden) for a non-admin, Refused(notFound) for no such user. */
export async function getUserForAdmin(viewer: Viewer, userId: string): Promise<AdminUserDetail> {
  assertCan(viewer, "user:read:any");
  const db = await getDb();
  const pending = db
    .select({ id: organiserRequests.id, organisationName: organiserRequests.organisationName, createdAt: organiserRequests.createdAt })
    .from(organiserRequests)
    .where(and(eq(organiserRequests.userId, userId), eq(organiserRequests.status, "pending")))
    .orderBy(desc(organiserRequests.createdAt))
    .limit(1)
    .as("pending");
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      createdAt: users.createdAt,
      suspendedAt: users.suspendedAt,
      campaignCount: correlated<number>(sql`(select count(*)::int from ${campaignOrganisers} where ${campaignOrganisers.userId} = ${users.id})`),
      activeSessions: correlated<number>(sql`(select count(*)::int from ${sessions} where ${sessions.userId} = ${users.id} and ${sessions.expires} > now())`),
      requestId: pending.id,
      requestOrganisation: pending.organisationName,
      requestCreatedAt: pending.createdAt,
    })
    .from(users)
    .leftJoin(pending, sql`true`)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) refuse("notFound");
  const { requestId, requestOrganisation, requestCreatedAt, ...user } = row;
  return {
    ...user,
    pendingRequest: requestId ? { id: requestId, organisationName: requestOrganisation!, createdAt: requestCreatedAt! } : null,
  };
}

export type UserChangeOutcome =
  | { ok: true }
  | { ok: false; reason: "self" | "lastAdmin" | "unchanged" };

/**
 * Sets a user's role. Their sessions end in the same transaction, so the new
 * rights (or the lost ones) apply on their next request. An admin cannot
 * demote themselves, and the last active admin cannot be demoted.
 */
export async function changeUserRole(viewer: Viewer & AuditActor, userId: string, role: Role): Promise<UserChangeOutcome> {
  assertCan(viewer, "user:edit:any");
  if (userId === viewer.id) return { ok: false, reason: "self" };
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockAdminRoster(tx);
    const target = await lockUser(tx, userId);
    if (!target) refuse("notFound");
    if (target.role === role) return { ok: false, reason: "unchanged" };
    if (target.role === "admin" && !target.suspendedAt && (await otherActiveAdmins(tx, userId)) === 0) {
      return { ok: false, reason: "lastAdmin" };
    }
    await tx.update(users).set({ role }).where(eq(users.id, userId));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await recordAudit(tx, { actor: viewer, action: "user.role", entityType: "user", entityId: userId, before: { role: target.role }, after: { role } });
    return { ok: true };
  });
}

/**
 * Suspends a user: they are signed out at once (their sessions are deleted in
 * the same transaction) and cannot sign in again until unsuspended.
 */
export async function suspendUser(viewer: Viewer & AuditActor, userId: string): Promise<UserChangeOutcome> {
  assertCan(viewer, "user:edit:any");
  if (userId === viewer.id) return { ok: false, reason: "self" };
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockAdminRoster(tx);
    const target = await lockUser(tx, userId);
    if (!target) refuse("notFound");
    if (target.suspendedAt) return { ok: false, reason: "unchanged" };
    if (target.role === "admin" && (await otherActiveAdmins(tx, userId)) === 0) return { ok: false, reason: "lastAdmin" };
    const [updated] = await tx
      .update(users)
      .set({ suspendedAt: sql`now()` })
      .where(eq(users.id, userId))
      .returning({ suspendedAt: users.suspendedAt });
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await recordAudit(tx, {
      actor: viewer,
      action: "user.suspend",
      entityType: "user",
      entityId: userId,
      before: { suspendedAt: null },
      after: { suspendedAt: updated!.suspendedAt!.toISOString() },
    });
    return { ok: true };
  });
}

/** Lifts a suspension; the user signs in again by themselves. */
export async function unsuspendUser(viewer: Viewer & AuditActor, userId: string): Promise<UserChangeOutcome> {
  assertCan(viewer, "user:edit:any");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const target = await lockUser(tx, userId);
    if (!target) refuse("notFound");
    if (!target.suspendedAt) return { ok: false, reason: "unchanged" };
    await tx.update(users).set({ suspendedAt: null }).where(eq(users.id, userId));
    await recordAudit(tx, {
      actor: viewer,
      action: "user.unsuspend",
      entityType: "user",
      entityId: userId,
      before: { suspendedAt: target.suspendedAt.toISOString() },
      after: { suspendedAt: null },
    });
    return { ok: true };
  });
}

/**
 * Serialises every change that could remove an admin, so two admins demoting
 * or suspending each other at the same moment cannot leave none: the second
 * one then finds the first already gone and is refused as the last admin.
 */
async function lockAdminRoster(tx: Transaction): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('admin-roster'))`);
}

async function lockUser(tx: Transaction, userId: string) {
  const [row] = await tx
    .select({ role: users.role, suspendedAt: users.suspendedAt })
    .from(users)
    .where(eq(users.id, userId))
    .for("update")
    .limit(1);
  return row ?? null;
}

async function otherActiveAdmins(tx: Transaction, exceptUserId: string): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.suspendedAt), ne(users.id, exceptUserId)));
  return row?.count ?? 0;
}
