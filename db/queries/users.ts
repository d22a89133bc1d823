import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { auditLog, sessions, users } from "@/db/schema";
import type { Role, Viewer } from "@/lib/permissions";

/** The signed-in viewer behind a session's user id, or null when unknown or suspended. */
export async function getActiveViewer(userId: string): Promise<(Viewer & { email: string | null; name: string | null }) | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, role: users.role, email: users.email, name: users.name, suspendedAt: users.suspendedAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || row.suspendedAt) return null;
  return { id: row.id, role: row.role, email: row.email, name: row.name };
}

/** Whether a sign-in link may be sent: unknown addresses may (they become supporters), suspended ones not. */
export async function isSuspendedEmail(email: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ suspendedAt: users.suspendedAt }).from(users).where(eq(users.email, email)).limit(1);
  return Boolean(row?.suspendedAt);
}

/** The language the person last used (users.locale, set at sign-in), or null when never recorded. */
export async function getUserLocale(userId: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.locale ?? null;
}

/** Remembers the language someone just signed in with (the caller passes one of i18n/config's locales). */
export async function rememberUserLocale(userId: string, locale: string): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ locale }).where(and(eq(users.id, userId), sql`${users.locale} is distinct from ${locale}`));
}

/**
 * Operator command (`npm run user:role`): sets a role by email, creating the
 * account when it does not exist yet, and records it in the audit log. Not
 * reachable from any request; admins use the admin screens.
 */
export async function setRoleAsOperator(email: string, role: Role, operator: string): Promise<{ created: boolean; previous: Role | null }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const normalised = email.trim().toLowerCase();
    const [existing] = await tx.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, normalised)).limit(1);
    let userId: string;
    if (existing) {
      await tx.update(users).set({ role }).where(eq(users.id, existing.id));
      userId = existing.id;
    } else {
      const [created] = await tx.insert(users).values({ email: normalised, role }).returning({ id: users.id });
      userId = created!.id;
    }
    if (existing && existing.role !== role) {
      // A changed role takes effect at once: the user signs in again with the new rights.
      await tx.delete(sessions).where(eq(sessions.userId, userId));
    }
    await tx.insert(auditLog).values({
      actorId: null,
      actorLabel: `operator:${operator}`,
      action: "user.role",
      entityType: "user",
      entityId: userId,
      before: existing ? { role: existing.role } : null,
      after: { role },
    });
    return { created: !existing, previous: existing?.role ?? null };
  });
}
