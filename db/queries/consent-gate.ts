import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { campaignAccess } from "@/db/queries/access";
import { recordAudit, type AuditActor } from "@/db/queries/audit";
import { correlated } from "@/db/queries/correlated";
import { campaignDefenders, campaigns, campaignStatusChanges, defenders } from "@/db/schema";
import type { consentStatuses } from "@/db/schema/enums";
import { isUuid } from "@/lib/ids";
import { assertCan, type Viewer } from "@/lib/permissions";
import { refuse } from "@/lib/refusal";

/**
 * Consent is a gate (ADR 0015): a campaign is published, and stays published,
 * only while every defender it names has consent recorded as given (by the
 * defender or their family), or while an admin's reasoned override stands.
 * Withdrawal (or consent falling back from given) pauses the defender's
 * published campaigns at once and cancels any older override.
 */
export type ConsentStatus = (typeof consentStatuses)[number];

export const consentingStatuses: readonly ConsentStatus[] = ["given", "given_by_family"];

export function isConsenting(status: ConsentStatus): boolean {
  return consentingStatuses.includes(status);
}

/** A defender on the campaign without recorded consent. */
export interface ConsentGap {
  defenderId: string;
  name: string;
  consentStatus: ConsentStatus;
}

export interface ConsentOverride {
  by: string | null;
  at: string;
  reason: string;
}

export type ConsentGate = { ok: true; gaps: ConsentGap[]; override: boolean } | { ok: false; gaps: ConsentGap[] };

/**
 * The campaign's defenders lacking consent. With `lock`, their rows are held
 * FOR SHARE until the caller's transaction ends, so a withdrawal recorded at
 * the same moment waits for the publication (and then pauses it) instead of
 * slipping past it. Callers lock defenders before the campaign row, the same
 * order as recordConsent, so the two never deadlock.
 */
async function consentGaps(tx: Transaction, campaignId: string, lock: boolean): Promise<ConsentGap[]> {
  const query = tx
    .select({ defenderId: defenders.id, name: defenders.name, consentStatus: defenders.consentStatus })
    .from(campaignDefenders)
    .innerJoin(defenders, eq(defenders.id, campaignDefenders.defenderId))
    .where(eq(campaignDefenders.campaignId, campaignId))
    .orderBy(asc(defenders.id));
  const rows = lock ? await query.for("share", { of: defenders }) : await query;
  return rows.filter((row) => !isConsenting(row.consentStatus));
}

/** Holds the consent of the campaign's defenders for the rest of the transaction (see consentGaps). */
export async function lockCampaignConsent(tx: Transaction, campaignId: string): Promise<void> {
  await consentGaps(tx, campaignId, true);
}

/** Whether the campaign may be published now: every defender consents, or an override stands. */
export async function campaignConsentGate(tx: Transaction, campaignId: string): Promise<ConsentGate> {
  const gaps = await consentGaps(tx, campaignId, true);
  if (!gaps.length) return { ok: true, gaps, override: false };
  const [row] = await tx.select({ at: campaigns.consentOverrideAt }).from(campaigns).where(eq(campaigns.id, campaignId));
  return row?.at ? { ok: true, gaps, override: true } : { ok: false, gaps };
}

export interface CampaignConsent {
  gaps: ConsentGap[];
  override: ConsentOverride | null;
  /** The gate's answer: publishing (or resuming) would be allowed. */
  publishable: boolean;
}

/** The consent picture of a campaign the viewer may read, for the organiser page and the admin review; null when not theirs. */
export async function getCampaignConsent(viewer: Viewer, campaignId: string): Promise<CampaignConsent | null> {
  if (!isUuid(campaignId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      by: correlated<string | null>(sql`(select coalesce(u.name, u.email) from users u where u.id = ${campaigns.consentOverrideBy})`),
      at: campaigns.consentOverrideAt,
      reason: campaigns.consentOverrideReason,
    })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), campaignAccess(viewer, "read")));
  if (!row) return null;
  const gaps = await db.transaction((tx) => consentGaps(tx, campaignId, false));
  const override = row.at ? { by: row.by, at: row.at.toISOString(), reason: row.reason ?? "" } : null;
  return { gaps, override, publishable: gaps.length === 0 || override !== null };
}

export type OverrideResult =
  | { ok: true; slug: string }
  | { ok: false; reason: "reasonRequired" | "notNeeded" };

/**
 * An admin lets a campaign be published although a defender's consent is not
 * recorded as given: who, when and why go on the campaign and into the audit
 * log, in one transaction. Only admins (campaign:publish:any); a reason is
 * required. The override does not publish anything by itself: the
 * moderation decision (or resuming a paused campaign) still does, and a later
 * withdrawal of consent cancels it.
 * Refused(forbidden) for anyone else, Refused(notFound) for no such campaign.
 */
export async function overrideCampaignConsent(viewer: Viewer & AuditActor, campaignId: string, reason: string): Promise<OverrideResult> {
  assertCan(viewer, "campaign:publish:any");
  const text = reason.trim();
  if (!text) return { ok: false, reason: "reasonRequired" };
  if (!isUuid(campaignId)) refuse("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const gaps = await consentGaps(tx, campaignId, true);
    const [before] = await tx
      .select({
        slug: campaigns.slug,
        by: campaigns.consentOverrideBy,
        at: campaigns.consentOverrideAt,
        reason: campaigns.consentOverrideReason,
      })
      .from(campaigns)
      .where(and(eq(campaigns.id, campaignId), campaignAccess(viewer, "publish")))
      .for("update");
    if (!before) refuse("notFound");
    if (!gaps.length) return { ok: false, reason: "notNeeded" } as const;
    const now = new Date();
    await tx
      .update(campaigns)
      .set({ consentOverrideBy: viewer.id, consentOverrideAt: now, consentOverrideReason: text, updatedAt: now })
      .where(eq(campaigns.id, campaignId));
    await recordAudit(tx, {
      actor: viewer,
      action: "campaign.consent.override",
      entityType: "campaign",
      entityId: campaignId,
      before: before.at ? { by: before.by, at: before.at.toISOString(), reason: before.reason } : null,
      after: { reason: text, defenders: gaps.map((gap) => ({ id: gap.defenderId, name: gap.name, consentStatus: gap.consentStatus })) },
    });
    return { ok: true, slug: before.slug } as const;
  });
}

/**
 * An override covers the defenders the admin saw: when the campaign's
 * defenders change, it lapses (audited with the edit's transaction).
 */
export async function clearConsentOverride(tx: Transaction, actor: AuditActor | null, campaignId: string, why: string): Promise<void> {
  const cleared = await tx
    .update(campaigns)
    .set({ consentOverrideBy: null, consentOverrideAt: null, consentOverrideReason: null })
    .where(and(eq(campaigns.id, campaignId), sql`${campaigns.consentOverrideAt} is not null`))
    .returning({ id: campaigns.id });
  if (cleared.length) {
    await recordAudit(tx, { actor, action: "campaign.consent.override.lapse", entityType: "campaign", entityId: campaignId, after: { why } });
  }
}

/**
 * After a defender's consent record changed (inside recordConsent's
 * transaction, with the defender row locked): when consent was withdrawn, or
 * fell from given to anything else, every campaign naming the defender loses
 * its override, and the published ones are paused at once (a status change
 * row and an audit entry each). Returns the slugs of public campaigns whose
 * pages must refresh.
 */
export async function applyConsentChange(
  tx: Transaction,
  actor: Viewer & AuditActor,
  defenderId: string,
  before: ConsentStatus,
  after: ConsentStatus,
): Promise<string[]> {
  const lost = !isConsenting(after) && (after === "withdrawn" || isConsenting(before));
  if (!lost) return [];
  const about = await tx
    .select({ id: campaigns.id, slug: campaigns.slug, status: campaigns.status, overrideAt: campaigns.consentOverrideAt })
    .from(campaigns)
    .innerJoin(campaignDefenders, eq(campaignDefenders.campaignId, campaigns.id))
    .where(eq(campaignDefenders.defenderId, defenderId))
    .orderBy(asc(campaigns.id))
    .for("update", { of: campaigns });
  const refresh: string[] = [];
  const now = new Date();
  for (const campaign of about) {
    const pause = campaign.status === "published";
    if (!pause && !campaign.overrideAt) continue;
    await tx
      .update(campaigns)
      .set({
        consentOverrideBy: null,
        consentOverrideAt: null,
        consentOverrideReason: null,
        updatedAt: now,
        ...(pause ? { status: "paused" as const } : {}),
      })
      .where(eq(campaigns.id, campaign.id));
    if (pause) {
      await tx
        .insert(campaignStatusChanges)
        .values({ campaignId: campaign.id, fromStatus: "published", toStatus: "paused", changedBy: actor.id, changedAt: now });
      refresh.push(campaign.slug);
    }
    await recordAudit(tx, {
      actor,
      action: pause ? "campaign.consent.pause" : "campaign.consent.override.lapse",
      entityType: "campaign",
      entityId: campaign.id,
      before: { status: campaign.status, consentOverride: campaign.overrideAt !== null },
      after: { status: pause ? "paused" : campaign.status, consentOverride: false, defenderId, consentStatus: after },
    });
  }
  return refresh;
}
