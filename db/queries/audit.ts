import "server-only";
import type { Transaction } from "@/db";
import { auditLog } from "@/db/schema";

export interface AuditActor {
  id: string;
  email?: string | null;
  name?: string | null;
}

export interface AuditEntry {
  actor: AuditActor | null;
  /** Dotted verb, e.g. "campaign.status", "defender.quiet", "defender.consent". */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one privileged change to the audit log. Takes the transaction of the
 * change itself so the record exists if and only if the change committed.
 * The actor's label is copied in because users may later be deleted.
 */
export async function recordAudit(tx: Transaction, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actor?.id ?? null,
    actorLabel: actorLabel(entry.actor),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

function actorLabel(actor: AuditActor | null): string {
  if (!actor) return "system";
  return actor.email ?? actor.name ?? `user:${actor.id}`;
}
