import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { organiserRequests } from "@/db/schema";
import type { Viewer } from "@/lib/permissions";
import { recordAudit, type AuditActor } from "./audit";

export interface MyOrganiserRequest {
  organisationName: string;
  status: "pending" | "granted" | "refused";
  createdAt: string;
}

/** The viewer's latest request for organiser access, if any. For the viewer only. */
export async function getMyOrganiserRequest(viewer: Viewer): Promise<MyOrganiserRequest | null> {
  const db = await getDb();
  const [row] = await db
    .select({ organisationName: organiserRequests.organisationName, status: organiserRequests.status, createdAt: organiserRequests.createdAt })
    .from(organiserRequests)
    .where(eq(organiserRequests.userId, viewer.id))
    .orderBy(desc(organiserRequests.createdAt))
    .limit(1);
  return row ? { ...row, createdAt: row.createdAt.toISOString() } : null;
}

/**
 * Files a request for organiser access for admins to decide. One open request
 * per person: asking again while one is pending changes nothing.
 */
export async function requestOrganiserAccess(
  viewer: Viewer & AuditActor,
  input: { organisationName: string; reason: string },
): Promise<"created" | "already_pending"> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Serialises two submissions of the same person (a double click).
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`organiser-request:${viewer.id}`}))`);
    const [pending] = await tx
      .select({ id: organiserRequests.id })
      .from(organiserRequests)
      .where(and(eq(organiserRequests.userId, viewer.id), eq(organiserRequests.status, "pending")))
      .limit(1);
    if (pending) return "already_pending";
    const [created] = await tx
      .insert(organiserRequests)
      .values({ userId: viewer.id, organisationName: input.organisationName, reason: input.reason })
      .returning({ id: organiserRequests.id });
    await recordAudit(tx, {
      actor: viewer,
      action: "organiser_request.create",
      entityType: "organiser_request",
      entityId: created!.id,
      after: { organisationName: input.organisationName },
    });
    return "created";
  });
}
