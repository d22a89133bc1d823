import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { campaignAccess } from "@/db/queries/access";
import { recordAudit } from "@/db/queries/audit";
import { shortLived } from "@/db/queries/short-lived";
import { campaignIsPublic } from "@/db/queries/visibility";
import { campaigns } from "@/db/schema";
import type { ActionKind } from "@/db/schema/enums";
import { isUuid } from "@/lib/ids";
import type { Viewer } from "@/lib/permissions";
import { refuse } from "@/lib/refusal";
import type { OrganiserActor } from "@/db/queries/organise-campaigns";

/**
 * The sites allowed to frame a campaign's embeddable actions (ADR 0030):
 * what the organiser's Embed tab reads and saves, and what proxy.ts puts in
 * the embed pages' frame-ancestors.
 */

export interface EmbedSettings {
  id: string;
  slug: string;
  status: (typeof campaigns.$inferSelect)["status"];
  actionKinds: ActionKind[];
  embedOrigins: string[];
}

/** The Embed tab's data; Refused(notFound) unless the viewer may edit the campaign. */
export async function getEmbedSettings(viewer: Viewer, campaignId: string): Promise<EmbedSettings> {
  if (!isUuid(campaignId)) refuse("notFound");
  const db = await getDb();
  const [row] = await db
    .select({ id: campaigns.id, slug: campaigns.slug, status: campaigns.status, actionKinds: campaigns.actionKinds, embedOrigins: campaigns.embedOrigins })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), campaignAccess(viewer, "edit")))
    .limit(1);
  return row ?? refuse("notFound");
}

/**
 * Replaces the list (already validated and normalised by lib/embed-origins.ts)
 * and records the change in the audit log, in one transaction.
 * Refused(notFound) unless the viewer may edit the campaign.
 */
export async function saveEmbedOrigins(viewer: OrganiserActor, campaignId: string, origins: readonly string[]): Promise<{ slug: string }> {
  if (!isUuid(campaignId)) refuse("notFound");
  const db = await getDb();
  const saved = await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ slug: campaigns.slug, embedOrigins: campaigns.embedOrigins })
      .from(campaigns)
      .where(and(eq(campaigns.id, campaignId), campaignAccess(viewer, "edit")))
      .for("update");
    if (!before) return null;
    await tx.update(campaigns).set({ embedOrigins: [...origins], updatedAt: new Date() }).where(eq(campaigns.id, campaignId));
    await recordAudit(tx, {
      actor: viewer,
      action: "campaign.embed_origins",
      entityType: "campaign",
      entityId: campaignId,
      before: { embedOrigins: before.embedOrigins },
      after: { embedOrigins: [...origins] },
    });
    return { slug: before.slug };
  });
  if (!saved) refuse("notFound");
  frameableLookups.clear();
  return saved;
}

export interface FrameableCampaign {
  /** The stored origins (proxy.ts validates them again before they reach the header). */
  origins: string[];
  actionKinds: ActionKind[];
}

/**
 * What may frame a campaign's embeds: its origins when it is public (no quiet
 * defender), published and collecting; null otherwise (paused, closed, won,
 * draft, unknown slug), so nobody may frame it. Read by proxy.ts on every
 * embed request, remembered 2 s per process (saving clears this process's
 * copy; other web nodes see the change within the window).
 */
export function frameableCampaign(slug: string): Promise<FrameableCampaign | null> {
  return frameableLookups.get(slug, () => loadFrameableCampaign(slug));
}

// On globalThis: proxy.ts and the organiser's action are bundled apart, so saving must clear the proxy's copy.
const memo = globalThis as unknown as { __inkwellFrameable?: ReturnType<typeof shortLived<FrameableCampaign | null>> };
const frameableLookups = (memo.__inkwellFrameable ??= shortLived<FrameableCampaign | null>(2_000));

async function loadFrameableCampaign(slug: string): Promise<FrameableCampaign | null> {
  const db = await getDb();
  const [row] = await db
    .select({ origins: campaigns.embedOrigins, actionKinds: campaigns.actionKinds })
    .from(campaigns)
    .where(and(eq(campaigns.slug, slug), eq(campaigns.status, "published"), eq(campaigns.collectionPaused, false), campaignIsPublic()))
    .limit(1);
  return row ?? null;
}
