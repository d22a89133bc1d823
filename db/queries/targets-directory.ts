import "server-only";
import { and, asc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { campaignTargets, campaigns, targetRevisions, targets, users, type ChannelHealth, type Target, type TargetRevisionFields } from "@/db/schema";
import type { TargetKind } from "@/db/schema/enums";
import { isUuid } from "@/lib/ids";
import { assertCan, can, type Viewer } from "@/lib/permissions";
import { refuse } from "@/lib/refusal";
import { campaignAccess } from "./access";
import { recordAudit, type AuditActor } from "./audit";

export interface TargetFilters {
  q?: string;
  representedState?: string;
  hostCountry?: string;
  kind?: TargetKind;
}

export type TargetListItem = Pick<Target, "id" | "kind" | "honorific" | "name" | "title" | "representedState" | "hostCountry" | "city" | "isExample">;

/** Everything an organiser writes into a target (the form and the CSV import). */
export type TargetWrite = Omit<Target, "id" | "channelHealth" | "createdAt" | "updatedAt">;

export interface HealthWrite {
  channel: keyof ChannelHealth;
  status: "ok" | "failing" | null;
  note: string | null;
}

export type TargetForEdit = TargetWrite & { id: string; channelHealth: ChannelHealth; updatedAt: Date };

const listFields = {
  id: targets.id,
  kind: targets.kind,
  honorific: targets.honorific,
  name: targets.name,
  title: targets.title,
  representedState: targets.representedState,
  hostCountry: targets.hostCountry,
  city: targets.city,
  isExample: targets.isExample,
};

const pageSize = 100;

function filterCondition(filters: TargetFilters): SQL | undefined {
  const q = filters.q?.trim();
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return and(
    pattern ? or(ilike(targets.name, pattern), ilike(targets.title, pattern), ilike(targets.city, pattern)) : undefined,
    filters.representedState ? eq(targets.representedState, filters.representedState) : undefined,
    filters.hostCountry ? eq(targets.hostCountry, filters.hostCountry) : undefined,
    filters.kind ? eq(targets.kind, filters.kind) : undefined,
  );
}

/** The directory, filtered; the first 100 by name. Empty for viewers without target:read. */
export async function listTargets(viewer: Viewer, filters: TargetFilters): Promise<TargetListItem[]> {
  if (!can(viewer, "target:read:any")) return [];
  const db = await getDb();
  return db.select(listFields).from(targets).where(filterCondition(filters)).orderBy(asc(targets.name), asc(targets.id)).limit(pageSize);
}

/** For the campaign editor's target picker (same filters, fewer fields). */
export async function listTargetsForPicker(
  viewer: Viewer,
  filters: TargetFilters,
): Promise<Pick<TargetListItem, "id" | "kind" | "name" | "representedState" | "hostCountry" | "isExample">[]> {
  if (!can(viewer, "target:read:any")) return [];
  const db = await getDb();
  return db
    .select({
      id: targets.id,
      kind: targets.kind,
      name: targets.name,
      representedState: targets.representedState,
      hostCountry: targets.hostCountry,
      isExample: targets.isExample,
    })
    .from(targets)
    .where(filterCondition(filters))
    .orderBy(asc(targets.name), asc(targets.id))
    .limit(pageSize);
}

/** The ISO codes in use, for the directory's filter selects. */
export async function listTargetCountries(viewer: Viewer): Promise<{ representedStates: string[]; hostCountries: string[] }> {
  if (!can(viewer, "target:read:any")) return { representedStates: [], hostCountries: [] };
  const db = await getDb();
  const [states, hosts] = await Promise.all([
    db.selectDistinct({ code: targets.representedState }).from(targets).where(sql`${targets.representedState} is not null`),
    db.selectDistinct({ code: targets.hostCountry }).from(targets).where(sql`${targets.hostCountry} is not null`),
  ]);
  return { representedStates: states.map((r) => r.code!), hostCountries: hosts.map((r) => r.code!) };
}

/** A target's edit form: Refused(forbidden) without target:edit:any, Refused(notFound) for no such target (the page answers 404). */
export async function getTargetForEdit(viewer: Viewer, id: string): Promise<TargetForEdit> {
  assertCan(viewer, "target:edit:any");
  if (!isUuid(id)) refuse("notFound");
  const db = await getDb();
  const [row] = await db.select(editFields).from(targets).where(eq(targets.id, id)).limit(1);
  return row ?? refuse("notFound");
}

/** A target's fields for rendering a template preview. */
export async function getTargetForPreview(
  viewer: Viewer,
  id: string,
): Promise<Pick<TargetWrite, "honorific" | "name" | "title" | "language"> | null> {
  if (!can(viewer, "target:read:any") || !isUuid(id)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ honorific: targets.honorific, name: targets.name, title: targets.title, language: targets.language })
    .from(targets)
    .where(eq(targets.id, id))
    .limit(1);
  return row ?? null;
}

const editFields = {
  id: targets.id,
  kind: targets.kind,
  honorific: targets.honorific,
  name: targets.name,
  title: targets.title,
  representedState: targets.representedState,
  hostCountry: targets.hostCountry,
  addressLines: targets.addressLines,
  city: targets.city,
  postcode: targets.postcode,
  phone: targets.phone,
  email: targets.email,
  xHandle: targets.xHandle,
  blueskyHandle: targets.blueskyHandle,
  website: targets.website,
  language: targets.language,
  isExample: targets.isExample,
  channelHealth: targets.channelHealth,
  updatedAt: targets.updatedAt,
};

export type ViewerWithLabel = Viewer & AuditActor;

export async function createTarget(viewer: ViewerWithLabel, fields: TargetWrite, health: HealthWrite[]): Promise<{ id: string; campaignSlugs: string[] }> {
  assertCan(viewer, "target:edit:any");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(targets)
      .values({ ...fields, channelHealth: mergeHealth({}, health, new Date()) })
      .returning({ id: targets.id });
    await recordAudit(tx, { actor: viewer, action: "target.create", entityType: "target", entityId: row!.id, after: fields });
    return { id: row!.id, campaignSlugs: await campaignSlugsShowing(tx, [row!.id], [fields.representedState]) };
  });
}

export type UpdateTargetResult = { campaignSlugs: string[]; heldForReview: boolean };

/**
 * Saves the edit; null when the target does not exist. A target is one
 * shared directory row: when campaigns the editor does not organise address
 * it, a change to what supporters see (contact details, name, address) is
 * held as a target revision until an admin approves it, so nobody can change
 * another organiser's live campaign by editing its target. Admins' edits and
 * edits of targets only the editor's own campaigns use go live at once.
 * Channel health marks stay live: they only ever stop a channel being offered.
 */
export async function updateTarget(
  viewer: ViewerWithLabel,
  id: string,
  fields: TargetWrite,
  health: HealthWrite[],
): Promise<UpdateTargetResult> {
  assertCan(viewer, "target:edit:any");
  if (!isUuid(id)) refuse("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select(editFields).from(targets).where(eq(targets.id, id)).for("update").limit(1);
    if (!before) refuse("notFound");
    const now = new Date();
    const { updatedAt: _ignored, channelHealth, ...beforeFields } = before;
    const changes = changedFields(beforeFields, fields);
    const nextHealth = mergeHealth(channelHealth, health, now);
    const held = Object.keys(changes).length > 0 && !can(viewer, "moderation:decide:any") && (await usedByOthers(tx, viewer, before));
    const showing = () => campaignSlugsShowing(tx, [id], [before.representedState, fields.representedState]);
    if (held) {
      await tx.update(targets).set({ channelHealth: nextHealth, updatedAt: now }).where(eq(targets.id, id));
      const [revision] = await tx
        .insert(targetRevisions)
        .values({ targetId: id, changes, proposedBy: viewer.id })
        .returning({ id: targetRevisions.id });
      await recordAudit(tx, {
        actor: viewer,
        action: "target.revision.propose",
        entityType: "target",
        entityId: id,
        before: pickFields(beforeFields, Object.keys(changes) as (keyof TargetWrite)[]),
        after: { revisionId: revision!.id, ...changes },
      });
      return { campaignSlugs: JSON.stringify(nextHealth) === JSON.stringify(channelHealth) ? [] : await showing(), heldForReview: true };
    }
    await tx
      .update(targets)
      .set({ ...fields, channelHealth: nextHealth, updatedAt: now })
      .where(eq(targets.id, id));
    await recordAudit(tx, { actor: viewer, action: "target.update", entityType: "target", entityId: id, before: beforeFields, after: fields });
    return { campaignSlugs: await showing(), heldForReview: false };
  });
}

/** Fields whose new value differs from the stored one. */
function changedFields(before: TargetWrite, after: TargetWrite): TargetRevisionFields {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof TargetWrite)[]) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) changes[key] = after[key];
  }
  return changes as TargetRevisionFields;
}

function pickFields(row: TargetWrite, keys: (keyof TargetWrite)[]): Partial<TargetWrite> {
  return Object.fromEntries(keys.map((key) => [key, row[key]]));
}

/** Whether a campaign the viewer does not organise addresses this target (directly, or as an embassy of its state). */
async function usedByOthers(tx: Transaction, viewer: Viewer, target: { id: string; kind: TargetKind; representedState: string | null }): Promise<boolean> {
  const [row] = await tx
    .select({ id: campaigns.id })
    .from(campaignTargets)
    .innerJoin(campaigns, eq(campaigns.id, campaignTargets.campaignId))
    .where(
      and(
        or(
          eq(campaignTargets.targetId, target.id),
          target.kind === "embassy" && target.representedState
            ? and(eq(campaignTargets.rule, "embassy"), eq(campaignTargets.responsibleState, target.representedState))
            : undefined,
        ),
        sql`not ${campaignAccess(viewer, "edit")}`,
      ),
    )
    .limit(1);
  return Boolean(row);
}

export interface PendingTargetRevision {
  id: string;
  targetId: string;
  targetName: string;
  changes: TargetRevisionFields;
  current: TargetRevisionFields;
  proposedBy: string | null;
  createdAt: Date;
}

/**
 * Changes waiting for review: all of them for admins (the review page), or
 * those of one target for any organiser who may edit targets (its edit page).
 */
export async function listPendingTargetRevisions(viewer: Viewer, targetId?: string): Promise<PendingTargetRevision[]> {
  if (targetId === undefined ? !can(viewer, "moderation:decide:any") : !can(viewer, "target:edit:any") || !isUuid(targetId)) return [];
  const db = await getDb();
  const rows = await db
    .select({
      id: targetRevisions.id,
      targetId: targetRevisions.targetId,
      targetName: targets.name,
      changes: targetRevisions.changes,
      target: editFields,
      proposedBy: sql<string | null>`coalesce(${users.name}, ${users.email})`,
      createdAt: targetRevisions.createdAt,
    })
    .from(targetRevisions)
    .innerJoin(targets, eq(targets.id, targetRevisions.targetId))
    .leftJoin(users, eq(users.id, targetRevisions.proposedBy))
    .where(and(eq(targetRevisions.status, "pending"), targetId ? eq(targetRevisions.targetId, targetId) : undefined))
    .orderBy(asc(targetRevisions.createdAt))
    .limit(200);
  return rows.map(({ target, ...row }) => ({
    ...row,
    current: pickFields(target, Object.keys(row.changes) as (keyof TargetWrite)[]) as TargetRevisionFields,
  }));
}

export type TargetRevisionDecision = { ok: true; campaignSlugs: string[] };

/** An admin approves (the changes go live) or refuses a pending revision; audited, one transaction. */
export async function decideTargetRevision(
  viewer: ViewerWithLabel,
  revisionId: string,
  decision: "granted" | "refused",
  reason: string | null,
): Promise<TargetRevisionDecision> {
  // Not a moderator reads as no such revision, like an unknown or decided one.
  if (!can(viewer, "moderation:decide:any") || !isUuid(revisionId)) refuse("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [revision] = await tx
      .select({ id: targetRevisions.id, targetId: targetRevisions.targetId, changes: targetRevisions.changes })
      .from(targetRevisions)
      .where(and(eq(targetRevisions.id, revisionId), eq(targetRevisions.status, "pending")))
      .for("update");
    if (!revision) refuse("notFound");
    const [before] = await tx.select(editFields).from(targets).where(eq(targets.id, revision.targetId)).for("update");
    if (!before) refuse("notFound");
    const now = new Date();
    await tx
      .update(targetRevisions)
      .set({ status: decision, decidedBy: viewer.id, decidedAt: now, decisionReason: reason })
      .where(eq(targetRevisions.id, revisionId));
    if (decision === "granted") {
      await tx.update(targets).set({ ...revision.changes, updatedAt: now }).where(eq(targets.id, revision.targetId));
    }
    await recordAudit(tx, {
      actor: viewer,
      action: decision === "granted" ? "target.revision.approve" : "target.revision.refuse",
      entityType: "target",
      entityId: revision.targetId,
      before: pickFields(before, Object.keys(revision.changes) as (keyof TargetWrite)[]),
      after: { revisionId, reason, ...(decision === "granted" ? revision.changes : {}) },
    });
    const states = [before.representedState, revision.changes.representedState ?? null];
    return { ok: true, campaignSlugs: decision === "granted" ? await campaignSlugsShowing(tx, [revision.targetId], states) : [] } as const;
  });
}

/** All rows or none, in one transaction; the rows were validated by the caller. */
export async function importTargets(viewer: ViewerWithLabel, rows: TargetWrite[]): Promise<{ count: number; campaignSlugs: string[] }> {
  assertCan(viewer, "target:edit:any");
  if (rows.length === 0) return { count: 0, campaignSlugs: [] };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const inserted = await tx.insert(targets).values(rows).returning({ id: targets.id });
    const ids = inserted.map((r) => r.id);
    await recordAudit(tx, { actor: viewer, action: "target.import", entityType: "target", entityId: "import", after: { count: ids.length, ids } });
    return { count: ids.length, campaignSlugs: await campaignSlugsShowing(tx, ids, rows.map((r) => r.representedState)) };
  });
}

/** Keeps a channel's checkedAt when neither its status nor note changed. */
export function mergeHealth(current: ChannelHealth, changes: HealthWrite[], now: Date): ChannelHealth {
  const next: ChannelHealth = {};
  for (const change of changes) {
    if (!change.status) continue;
    const existing = current[change.channel];
    const unchanged = existing && existing.ok === (change.status === "ok") && (existing.note ?? null) === change.note;
    next[change.channel] = unchanged
      ? existing
      : { ok: change.status === "ok", checkedAt: now.toISOString(), ...(change.note ? { note: change.note } : {}) };
  }
  return next;
}

/** Campaigns whose public pages show one of these targets, directly or as an embassy of a state. */
async function campaignSlugsShowing(tx: Transaction, targetIds: string[], states: (string | null)[]): Promise<string[]> {
  const knownStates = [...new Set(states.filter((s): s is string => Boolean(s)))];
  const rows = await tx
    .selectDistinct({ slug: campaigns.slug })
    .from(campaignTargets)
    .innerJoin(campaigns, eq(campaigns.id, campaignTargets.campaignId))
    .where(
      or(
        inArray(campaignTargets.targetId, targetIds),
        knownStates.length
          ? and(eq(campaignTargets.rule, "embassy"), inArray(campaignTargets.responsibleState, knownStates))
          : undefined,
      ),
    );
  return rows.map((r) => r.slug);
}

