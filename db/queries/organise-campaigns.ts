import "server-only";
import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { campaignAccess, defenderAccess } from "@/db/queries/access";
import { recordAudit } from "@/db/queries/audit";
import { campaignConsentGate, clearConsentOverride, lockCampaignConsent, type ConsentGap } from "@/db/queries/consent-gate";
import { screenCampaign } from "@/db/queries/prescreen";
import {
  actionCounters,
  campaignDefenders,
  campaignOrganisers,
  campaignStatusChanges,
  campaigns,
  campaignTargets,
  defenders,
  targets,
} from "@/db/schema";
import type { ActionKind, CampaignTargetRule } from "@/db/schema/enums";
import { correlated } from "@/db/queries/correlated";
import { allowedTransitions, movePermission, statusMove, type CampaignStatus } from "@/lib/campaign-status";
import { isUuid } from "@/lib/ids";
import { assertCan, can, type Viewer } from "@/lib/permissions";
import { refuse } from "@/lib/refusal";

export { allowedTransitions, type CampaignStatus };
export type { CampaignTargetRule };

export interface OrganiserActor extends Viewer {
  email?: string | null;
  name?: string | null;
}

/**
 * The dashboard: campaigns the viewer may read, with their live counts (from the
 * counter table, never count(*)): confirmed and reported by supporters apart, as
 * the public campaign page and the analytics show them.
 */
export async function listCampaignsForOrganiser(viewer: Viewer) {
  const db = await getDb();
  const totals = db
    .select({
      campaignId: actionCounters.campaignId,
      confirmed: sql<number>`sum(${actionCounters.confirmed})`.mapWith(Number).as("confirmed"),
      reported: sql<number>`sum(${actionCounters.selfReported})`.mapWith(Number).as("reported"),
    })
    .from(actionCounters)
    .groupBy(actionCounters.campaignId)
    .as("totals");
  return db
    .select({
      id: campaigns.id,
      slug: campaigns.slug,
      title: campaigns.title,
      status: campaigns.status,
      goal: campaigns.goal,
      updatedAt: campaigns.updatedAt,
      confirmed: sql<number>`coalesce(${totals.confirmed}, 0)`.mapWith(Number),
      reported: sql<number>`coalesce(${totals.reported}, 0)`.mapWith(Number),
    })
    .from(campaigns)
    .leftJoin(totals, eq(totals.campaignId, campaigns.id))
    .where(campaignAccess(viewer, "read"))
    .orderBy(desc(campaigns.updatedAt));
}

export interface CampaignFields {
  title: string;
  slug: string;
  summary: string;
  ask: string;
  storyMarkdown: string;
  goal: number | null;
  deadline: Date | null;
  hashtags: string[];
  highRisk: boolean;
  actionKinds: ActionKind[];
  defenderIds: string[];
}

/** Why a campaign's defenders were refused: unknown (or quiet and not the viewer's), someone else's, or gone quiet. */
export type DefenderRefusal = "unknownDefender" | "defenderNotYours" | "defenderQuiet";

export type CreateCampaignResult = { ok: true; id: string } | { ok: false; reason: "slugTaken" | DefenderRefusal };

/** A new draft, owned by its creator, with its first status change and audit entry, in one transaction. */
export async function createCampaign(viewer: OrganiserActor, fields: CampaignFields): Promise<CreateCampaignResult> {
  assertCan(viewer, "campaign:create:any");
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (await slugTaken(tx, fields.slug)) return { ok: false, reason: "slugTaken" } as const;
    const refused = await refuseDefenders(tx, viewer, fields.defenderIds, []);
    if (refused) return { ok: false, reason: refused } as const;
    const { defenderIds, ...columns } = fields;
    const [created] = await tx
      .insert(campaigns)
      .values({ ...columns, status: "draft", createdBy: viewer.id })
      .returning({ id: campaigns.id });
    const id = created!.id;
    await tx.insert(campaignOrganisers).values({ campaignId: id, userId: viewer.id, role: "owner" });
    await replaceDefenders(tx, id, defenderIds);
    await tx.insert(campaignStatusChanges).values({ campaignId: id, fromStatus: null, toStatus: "draft", changedBy: viewer.id });
    await recordAudit(tx, { actor: viewer, action: "campaign.create", entityType: "campaign", entityId: id, after: fields });
    return { ok: true, id } as const;
  });
}

/** Everything the edit form shows; Refused(notFound) when the viewer may not edit it (the page answers 404). */
export async function getCampaignForEdit(viewer: Viewer, id: string) {
  if (!isUuid(id)) refuse("notFound");
  const db = await getDb();
  const [campaign] = await db
    .select({
      id: campaigns.id,
      slug: campaigns.slug,
      title: campaigns.title,
      summary: campaigns.summary,
      ask: campaigns.ask,
      storyMarkdown: campaigns.storyMarkdown,
      status: campaigns.status,
      goal: campaigns.goal,
      deadline: campaigns.deadline,
      hashtags: campaigns.hashtags,
      highRisk: campaigns.highRisk,
      actionKinds: campaigns.actionKinds,
      defenderIds: correlated<string[]>(sql`coalesce((select array_agg(${campaignDefenders.defenderId}::text order by ${campaignDefenders.position}) from ${campaignDefenders} where ${campaignDefenders.campaignId} = ${campaigns.id}), '{}')`),
    })
    .from(campaigns)
    .where(and(eq(campaigns.id, id), campaignAccess(viewer, "edit")))
    .limit(1);
  return campaign ?? refuse("notFound");
}

/** Lifecycle history shown on the edit page. */
export async function listStatusChanges(viewer: Viewer, campaignId: string) {
  if (!isUuid(campaignId)) return [];
  const db = await getDb();
  return db
    .select({
      fromStatus: campaignStatusChanges.fromStatus,
      toStatus: campaignStatusChanges.toStatus,
      changedAt: campaignStatusChanges.changedAt,
      changedBy: correlated<string | null>(sql`(select coalesce(u.name, u.email) from users u where u.id = ${campaignStatusChanges.changedBy})`),
    })
    .from(campaignStatusChanges)
    .innerJoin(campaigns, eq(campaigns.id, campaignStatusChanges.campaignId))
    .where(and(eq(campaignStatusChanges.campaignId, campaignId), campaignAccess(viewer, "read")))
    .orderBy(desc(campaignStatusChanges.changedAt));
}

/**
 * Defenders the viewer may put on a campaign: the profiles they look after
 * (every profile for admins) that have not gone quiet, plus those already
 * attached (so the form can show them).
 */
export async function listDefenderChoices(viewer: Viewer, attached: readonly string[] = []) {
  const db = await getDb();
  const attachedIds = attached.filter(isUuid);
  const nameable = and(eq(defenders.paused, false), defenderAccess(viewer, "edit"));
  return db
    .select({ id: defenders.id, name: defenders.name, country: defenders.country })
    .from(defenders)
    .where(attachedIds.length ? or(nameable, inArray(defenders.id, attachedIds)) : nameable)
    .orderBy(asc(defenders.name));
}

/**
 * Which edits to a published campaign send it back to review (ADR 0008):
 * what the campaign says and who it names or addresses. Goal, deadline and
 * hashtags are housekeeping and stay live.
 */
export const fieldsNeedingReview = ["title", "slug", "summary", "ask", "storyMarkdown", "highRisk", "actionKinds", "defenderIds"] as const;

export function reviewRelevantChanges(before: CampaignFields, after: CampaignFields): string[] {
  return fieldsNeedingReview.filter((field) => !sameValue(before[field], after[field]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

export type UpdateCampaignResult =
  | { ok: true; slug: string; previousSlug: string; public: boolean; sentBackToReview: boolean }
  | { ok: false; reason: "slugTaken" | DefenderRefusal };

/** Statuses whose campaign the public can see (unless a defender went quiet). */
export function isPublicStatus(status: CampaignStatus): boolean {
  return status === "published" || status === "paused" || status === "closed" || status === "won";
}

/**
 * Saves every field; a public campaign whose content changed goes back to review, recorded like any transition.
 * Refused("notFound") when the campaign is not one the viewer may edit.
 */
export async function updateCampaign(viewer: OrganiserActor, id: string, fields: CampaignFields): Promise<UpdateCampaignResult> {
  if (!isUuid(id)) refuse("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = (await lockCampaignForEdit(tx, viewer, id)) ?? refuse("notFound");
    if (fields.slug !== before.slug && (await slugTaken(tx, fields.slug))) return { ok: false, reason: "slugTaken" } as const;
    const refused = await refuseDefenders(tx, viewer, fields.defenderIds, before.fields.defenderIds);
    if (refused) return { ok: false, reason: refused } as const;

    const live = isPublicStatus(before.status);
    const sentBackToReview = live && reviewRelevantChanges(before.fields, fields).length > 0;
    const { defenderIds, ...columns } = fields;
    await tx
      .update(campaigns)
      .set({ ...columns, updatedAt: new Date(), ...(sentBackToReview ? { status: "in_review" as const } : {}) })
      .where(eq(campaigns.id, id));
    await replaceDefenders(tx, id, defenderIds);
    // A consent override covers the defenders the admin saw (ADR 0015).
    if (!sameValue([...before.fields.defenderIds].sort(), [...defenderIds].sort())) await clearConsentOverride(tx, viewer, id, "defenders changed");
    if (sentBackToReview) {
      await tx.insert(campaignStatusChanges).values({ campaignId: id, fromStatus: before.status, toStatus: "in_review", changedBy: viewer.id });
      await screenCampaign(tx, id);
    }
    await recordAudit(tx, {
      actor: viewer,
      action: sentBackToReview ? "campaign.edit.review" : "campaign.edit",
      entityType: "campaign",
      entityId: id,
      before: before.fields,
      after: fields,
    });
    return { ok: true, slug: fields.slug, previousSlug: before.slug, public: live, sentBackToReview } as const;
  });
}

async function lockCampaignForEdit(tx: Transaction, viewer: Viewer, id: string) {
  const [row] = await tx
    .select({
      slug: campaigns.slug,
      title: campaigns.title,
      summary: campaigns.summary,
      ask: campaigns.ask,
      storyMarkdown: campaigns.storyMarkdown,
      goal: campaigns.goal,
      deadline: campaigns.deadline,
      hashtags: campaigns.hashtags,
      highRisk: campaigns.highRisk,
      actionKinds: campaigns.actionKinds,
      status: campaigns.status,
    })
    .from(campaigns)
    .where(and(eq(campaigns.id, id), campaignAccess(viewer, "edit")))
    .for("update");
  if (!row) return null;
  const attached = await tx
    .select({ id: campaignDefenders.defenderId })
    .from(campaignDefenders)
    .where(eq(campaignDefenders.campaignId, id))
    .orderBy(asc(campaignDefenders.position));
  const { status, ...rest } = row;
  return { status, slug: row.slug, fields: { ...rest, defenderIds: attached.map((d) => d.id) } satisfies CampaignFields };
}

export type StatusChangeResult =
  | { ok: true; slug: string; from: CampaignStatus; to: CampaignStatus }
  | { ok: false; reason: "consentMissing"; missing: ConsentGap[] };

/**
 * Moves a campaign along its lifecycle (lib/campaign-status.ts), recording who
 * and when in campaign_status_changes and the audit log. Refused("notFound")
 * when the viewer may not read the campaign, Refused("notAllowed") when the
 * move is not in the lifecycle or not theirs to make.
 */
export async function changeCampaignStatus(viewer: OrganiserActor, id: string, to: CampaignStatus): Promise<StatusChangeResult> {
  if (!isUuid(id)) refuse("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const result = await applyCampaignStatusChange(tx, viewer, id, to);
    if (!result.ok) return result;
    await recordAudit(tx, {
      actor: viewer,
      action: "campaign.status",
      entityType: "campaign",
      entityId: id,
      before: { status: result.from },
      after: { status: to },
    });
    return result;
  });
}

/**
 * The transition itself inside the caller's transaction, without an audit
 * entry: for callers that record the change under their own name (a
 * moderation decision publishing or returning a campaign writes one
 * "moderation.decide" entry, not two).
 */
export async function applyCampaignStatusChange(
  tx: Transaction,
  viewer: Viewer,
  id: string,
  to: CampaignStatus,
  options: { moderationDecision?: boolean } = {},
): Promise<StatusChangeResult> {
  if (!isUuid(id)) refuse("notFound");
  // Defenders before the campaign row: the order recordConsent locks them in.
  if (to === "published") await lockCampaignConsent(tx, id);
  const [row] = await tx
    .select({ status: campaigns.status, slug: campaigns.slug, publishedAt: campaigns.publishedAt })
    .from(campaigns)
    .where(and(eq(campaigns.id, id), campaignAccess(viewer, "read")))
    .for("update");
  if (!row) refuse("notFound");
  // Gated on the real move: the permission from -> to needs, then the same permission's scope on this row.
  const move = statusMove(row.status, to, options) ?? refuse("notAllowed", `${row.status} -> ${to}`);
  if (!can(viewer, movePermission(move))) refuse("notAllowed", `${row.status} -> ${to} needs ${movePermission(move)}`);
  const [permitted] = await tx
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.id, id), campaignAccess(viewer, move)));
  if (!permitted) refuse("notAllowed", `${row.status} -> ${to} on a campaign not the viewer's`);
  if (to === "published") {
    const gate = await campaignConsentGate(tx, id);
    if (!gate.ok) return { ok: false, reason: "consentMissing", missing: gate.gaps } as const;
  }

  const now = new Date();
  await tx
    .update(campaigns)
    .set({
      status: to,
      updatedAt: now,
      ...(to === "published" && !row.publishedAt ? { publishedAt: now } : {}),
      ...(to === "closed" || to === "won" ? { closedAt: now } : {}),
    })
    .where(eq(campaigns.id, id));
  await tx.insert(campaignStatusChanges).values({ campaignId: id, fromStatus: row.status, toStatus: to, changedBy: viewer.id, changedAt: now });
  if (to === "in_review") await screenCampaign(tx, id);
  return { ok: true, slug: row.slug, from: row.status, to } as const;
}

/** A campaign's target rows (campaign_targets left-joined to targets) as the edit page lists them; the admin review adds contact details. */
export const campaignTargetColumns = {
  id: campaignTargets.id,
  rule: campaignTargets.rule,
  responsibleState: campaignTargets.responsibleState,
  actionKinds: campaignTargets.actionKinds,
  targetName: targets.name,
};

/** Targets attached to a campaign, with their rule, for the edit page. */
export async function listCampaignTargets(viewer: Viewer, campaignId: string) {
  if (!isUuid(campaignId)) return [];
  const db = await getDb();
  return db
    .select(campaignTargetColumns)
    .from(campaignTargets)
    .innerJoin(campaigns, eq(campaigns.id, campaignTargets.campaignId))
    .leftJoin(targets, eq(targets.id, campaignTargets.targetId))
    .where(and(eq(campaignTargets.campaignId, campaignId), campaignAccess(viewer, "edit")))
    .orderBy(asc(campaignTargets.position));
}

export async function listTargetChoices() {
  const db = await getDb();
  return db
    .select({ id: targets.id, name: targets.name, hostCountry: targets.hostCountry })
    .from(targets)
    .orderBy(asc(targets.name))
    .limit(500);
}

export interface CampaignTargetInput {
  rule: CampaignTargetRule;
  responsibleState: string | null;
  targetId: string | null;
  actionKinds: ActionKind[];
}

export type TargetChanged = { ok: true; slug: string; sentBackToReview: boolean };
export type TargetChangeResult = TargetChanged | { ok: false; reason: "unknownTarget" };

/** Attaches a target by the responsible-state rule; on a live campaign that is a change of who is addressed, so it goes back to review. */
export async function attachCampaignTarget(viewer: OrganiserActor, campaignId: string, input: CampaignTargetInput): Promise<TargetChangeResult> {
  if (!isUuid(campaignId)) refuse("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const campaign = await lockForTargetChange(tx, viewer, campaignId);
    if (input.targetId) {
      const [target] = await tx.select({ id: targets.id }).from(targets).where(eq(targets.id, input.targetId));
      if (!target) return { ok: false, reason: "unknownTarget" } as const;
    }
    const [created] = await tx
      .insert(campaignTargets)
      .values({
        campaignId,
        ...input,
        targetId: input.rule === "embassy" ? null : input.targetId,
        responsibleState: input.rule === "fixed" ? null : input.responsibleState,
        position: sql`(select coalesce(max(position), -1) + 1 from campaign_targets where campaign_id = ${campaignId})`,
      })
      .returning({ id: campaignTargets.id });
    const sentBackToReview = await sendBackToReviewIfLive(tx, viewer, campaignId, campaign.status);
    await recordAudit(tx, { actor: viewer, action: "campaign.target.attach", entityType: "campaign", entityId: campaignId, after: { ...input, id: created!.id } });
    return { ok: true, slug: campaign.slug, sentBackToReview } as const;
  });
}

export async function detachCampaignTarget(viewer: OrganiserActor, campaignId: string, campaignTargetId: string): Promise<TargetChanged> {
  if (!isUuid(campaignId) || !isUuid(campaignTargetId)) refuse("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const campaign = await lockForTargetChange(tx, viewer, campaignId);
    const removed = await tx
      .delete(campaignTargets)
      .where(and(eq(campaignTargets.id, campaignTargetId), eq(campaignTargets.campaignId, campaignId)))
      .returning({ rule: campaignTargets.rule, targetId: campaignTargets.targetId, responsibleState: campaignTargets.responsibleState });
    if (!removed.length) refuse("notFound");
    const sentBackToReview = await sendBackToReviewIfLive(tx, viewer, campaignId, campaign.status);
    await recordAudit(tx, { actor: viewer, action: "campaign.target.detach", entityType: "campaign", entityId: campaignId, before: removed[0] });
    return { ok: true, slug: campaign.slug, sentBackToReview } as const;
  });
}

/** The campaign row, locked, or Refused("notFound") when the viewer may not edit it. */
async function lockForTargetChange(tx: Transaction, viewer: Viewer, campaignId: string) {
  const [row] = await tx
    .select({ slug: campaigns.slug, status: campaigns.status })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), campaignAccess(viewer, "edit")))
    .for("update");
  return row ?? refuse("notFound");
}

/** A public campaign goes back to review (ADR 0008), recorded like any transition; false when it was not public. */
export async function sendBackToReviewIfLive(tx: Transaction, viewer: Viewer, campaignId: string, status: CampaignStatus): Promise<boolean> {
  if (!isPublicStatus(status)) return false;
  await tx.update(campaigns).set({ status: "in_review", updatedAt: new Date() }).where(eq(campaigns.id, campaignId));
  await tx.insert(campaignStatusChanges).values({ campaignId, fromStatus: status, toStatus: "in_review", changedBy: viewer.id });
  return true;
}

async function slugTaken(tx: Transaction, slug: string): Promise<boolean> {
  const [row] = await tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, slug)).limit(1);
  return Boolean(row);
}

/**
 * Whether the defenders a campaign would name may be named by the viewer.
 * Those already on the campaign stay (removing one is the campaign's
 * business); each newly named one must be a profile the viewer looks after
 * (or any, for admins) and must not have gone quiet. A quiet defender the
 * viewer may not edit reads as unknown, so its existence is not revealed.
 */
async function refuseDefenders(tx: Transaction, viewer: Viewer, ids: string[], alreadyNamed: readonly string[]): Promise<DefenderRefusal | null> {
  if (!ids.every(isUuid)) return "unknownDefender";
  const added = [...new Set(ids)].filter((id) => !alreadyNamed.includes(id));
  if (!added.length) return null;
  const rows = await tx
    .select({ id: defenders.id, paused: defenders.paused, editable: sql<boolean>`${defenderAccess(viewer, "edit")}` })
    .from(defenders)
    .where(inArray(defenders.id, added));
  if (rows.length !== added.length || rows.some((row) => row.paused && !row.editable)) return "unknownDefender";
  if (rows.some((row) => !row.editable)) return "defenderNotYours";
  if (rows.some((row) => row.paused)) return "defenderQuiet";
  return null;
}

async function replaceDefenders(tx: Transaction, campaignId: string, defenderIds: string[]): Promise<void> {
  await tx.delete(campaignDefenders).where(eq(campaignDefenders.campaignId, campaignId));
  const unique = [...new Set(defenderIds)];
  if (unique.length) {
    await tx.insert(campaignDefenders).values(unique.map((defenderId, position) => ({ campaignId, defenderId, position })));
  }
}
