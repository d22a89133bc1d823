import "server-only";
import { and, asc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { campaignTargets, campaigns, targets, type ChannelHealth } from "@/db/schema";
import type { targetKinds } from "@/db/schema/enums";
import { can, type Viewer } from "@/lib/permissions";
import { recordAudit, type AuditActor } from "./audit";

export type TargetKind = (typeof targetKinds)[number];

export interface TargetFilters {
  q?: string;
  representedState?: string;
  hostCountry?: string;
  kind?: TargetKind;
}

export interface TargetListItem {
  id: string;
  kind: TargetKind;
  honorific: string | null;
  name: string;
  title: string | null;
  representedState: string | null;
  hostCountry: string | null;
  city: string | null;
  isExample: boolean;
}

/** Everything an organiser writes into a target (the form and the CSV import). */
export interface TargetWrite {
  kind: TargetKind;
  honorific: string | null;
  name: string;
  title: string | null;
  representedState: string | null;
  hostCountry: string | null;
  addressLines: string[];
  city: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  xHandle: string | null;
  blueskyHandle: string | null;
  website: string | null;
  language: string;
  isExample: boolean;
}

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

export async function getTargetForEdit(viewer: Viewer, id: string): Promise<TargetForEdit | null> {
  if (!can(viewer, "target:edit:any") || !isUuid(id)) return null;
  const db = await getDb();
  const [row] = await db.select(editFields).from(targets).where(eq(targets.id, id)).limit(1);
  return row ?? null;
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
  assertCanEdit(viewer);
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

/** Saves the edit; null when the target does not exist. Returns the campaigns whose public pages show it. */
export async function updateTarget(
  viewer: ViewerWithLabel,
  id: string,
  fields: TargetWrite,
  health: HealthWrite[],
): Promise<{ campaignSlugs: string[] } | null> {
  assertCanEdit(viewer);
  if (!isUuid(id)) return null;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select(editFields).from(targets).where(eq(targets.id, id)).for("update").limit(1);
    if (!before) return null;
    const now = new Date();
    await tx
      .update(targets)
      .set({ ...fields, channelHealth: mergeHealth(before.channelHealth, health, now), updatedAt: now })
      .where(eq(targets.id, id));
    const { updatedAt: _ignored, ...beforeFields } = before;
    await recordAudit(tx, { actor: viewer, action: "target.update", entityType: "target", entityId: id, before: beforeFields, after: fields });
    return { campaignSlugs: await campaignSlugsShowing(tx, [id], [before.representedState, fields.representedState]) };
  });
}

/** All rows or none, in one transaction; the rows were validated by the caller. */
export async function importTargets(viewer: ViewerWithLabel, rows: TargetWrite[]): Promise<{ count: number; campaignSlugs: string[] }> {
  assertCanEdit(viewer);
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

function assertCanEdit(viewer: Viewer) {
  if (!can(viewer, "target:edit:any")) throw new Error("target:edit:any required");
}

function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
