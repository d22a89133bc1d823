import "server-only";
import { and, desc, eq, gte, ilike, like, lt, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { auditLog } from "@/db/schema";
import { can, type Viewer } from "@/lib/permissions";
import { containsPattern } from "./admin-users";
import { rowsOf } from "./rows";

export const auditPageSize = 50;

export interface AuditFilters {
  /** Part of the actor's label (their email), or their exact user id. */
  actor?: string;
  entityType?: string;
  entityId?: string;
  /** An action ("user.role") or a dotted prefix of actions ("campaign.export" finds "campaign.export.csv"). */
  action?: string;
  /** Inclusive lower bound. */
  from?: Date;
  /** Exclusive upper bound. */
  to?: Date;
  /** Keyset cursor: only entries older than this id. */
  before?: number;
}

export interface AuditEntryRow {
  id: number;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  createdAt: Date;
}

/**
 * Audit entries newest first, one page at a time. Pages are cut on the id
 * (keyset), never with OFFSET, so the hundredth page costs what the first does.
 */
export async function listAuditEntries(
  viewer: Viewer,
  filters: AuditFilters,
  pageSize = auditPageSize,
): Promise<{ entries: AuditEntryRow[]; nextBefore: number | null }> {
  if (!can(viewer, "audit:read:any")) return { entries: [], nextBefore: null };
  const db = await getDb();
  const rows = await db
    .select({
      id: auditLog.id,
      actorId: auditLog.actorId,
      actorLabel: auditLog.actorLabel,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .where(and(...auditConditions(filters)))
    .orderBy(desc(auditLog.id))
    .limit(pageSize + 1);
  const entries = rows.slice(0, pageSize);
  return { entries, nextBefore: rows.length > pageSize ? entries[entries.length - 1]!.id : null };
}

function auditConditions(filters: AuditFilters): SQL[] {
  const conditions: SQL[] = [];
  const actor = filters.actor?.trim();
  if (actor) conditions.push(or(eq(auditLog.actorId, actor), ilike(auditLog.actorLabel, containsPattern(actor)))!);
  if (filters.entityType) conditions.push(eq(auditLog.entityType, filters.entityType));
  if (filters.entityId) conditions.push(eq(auditLog.entityId, filters.entityId));
  const action = filters.action?.trim();
  if (action) {
    const prefix = `${action.replace(/[\\%_]/g, (c) => `\\${c}`)}.%`;
    conditions.push(or(eq(auditLog.action, action), like(auditLog.action, prefix))!);
  }
  if (filters.from) conditions.push(gte(auditLog.createdAt, filters.from));
  if (filters.to) conditions.push(lt(auditLog.createdAt, filters.to));
  if (filters.before !== undefined) conditions.push(lt(auditLog.id, filters.before));
  return conditions;
}

/**
 * The entity types present in the log, for the filter. A loose index scan
 * over audit_log_entity_idx: one index probe per distinct type, not a pass
 * over every entry.
 */
export async function listAuditEntityTypes(viewer: Viewer): Promise<string[]> {
  if (!can(viewer, "audit:read:any")) return [];
  const db = await getDb();
  const rows = await db.execute(sql`
    with recursive types(type) as (
      (select entity_type from audit_log order by entity_type limit 1)
      union all
      select (select entity_type from audit_log where entity_type > types.type order by entity_type limit 1)
      from types where types.type is not null
    )
    select type from types where type is not null
  `);
  return rowsOf<{ type: string }>(rows).map((row) => row.type);
}

/** The newest entries, for the admin overview. */
export async function listLatestAuditEntries(viewer: Viewer, limit: number): Promise<AuditEntryRow[]> {
  return (await listAuditEntries(viewer, {}, limit)).entries;
}

/** postgres.js returns the rows as the result; PGlite wraps them in `.rows`. */
