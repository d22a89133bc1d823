import "server-only";
import { asc, eq, ilike, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { campaigns, type ActionKind } from "@/db/schema";
import { assertCan, type Viewer } from "@/lib/permissions";
import { refuse } from "@/lib/refusal";
import { recordAudit, type AuditActor } from "./audit";
import { releaseHeldMail } from "./mail";
import { loadSiteSettings, settingKeys, updateSiteSetting } from "./settings";

export interface SiteSwitches {
  collectionPaused: boolean;
  pausedKinds: ActionKind[];
  mailPaused: boolean;
}

export interface CampaignSwitchRow {
  id: string;
  slug: string;
  title: string;
  status: string;
  collectionPaused: boolean;
  mailPaused: boolean;
}

export interface KillSwitchesPage {
  site: SiteSwitches;
  campaigns: CampaignSwitchRow[];
  /** More campaigns matched than are listed. */
  truncated: boolean;
}

const pageSize = 50;

/**
 * The site-wide switches as stored now (not the 5 s cache) and the campaigns
 * matching `search` (title or slug), switched-off ones first. Refused
 * ("forbidden") for viewers who may not manage abuse.
 */
export async function getKillSwitchesPage(viewer: Viewer, search: string): Promise<KillSwitchesPage> {
  assertCan(viewer, "abuse:manage:any");
  const db = await getDb();
  const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const [settings, rows] = await Promise.all([
    loadSiteSettings(),
    db
      .select({
        id: campaigns.id,
        slug: campaigns.slug,
        title: campaigns.title,
        status: campaigns.status,
        collectionPaused: campaigns.collectionPaused,
        mailPaused: campaigns.mailPaused,
      })
      .from(campaigns)
      .where(search ? or(ilike(campaigns.title, pattern), ilike(campaigns.slug, pattern)) : undefined)
      .orderBy(sql`(${campaigns.collectionPaused} or ${campaigns.mailPaused}) desc`, asc(campaigns.title))
      .limit(pageSize + 1),
  ]);
  return {
    site: { collectionPaused: settings.collectionPaused, pausedKinds: settings.pausedKinds, mailPaused: settings.mailPaused },
    campaigns: rows.slice(0, pageSize),
    truncated: rows.length > pageSize,
  };
}

export type SiteSwitch = "collection" | "mail";

/**
 * Throws a site-wide switch (with one audit entry). Turning mail back on
 * makes the mail it held due at once. Returns whether anything changed.
 */
export async function setSiteSwitch(viewer: Viewer & AuditActor, which: SiteSwitch, on: boolean): Promise<boolean> {
  assertCan(viewer, "abuse:manage:any");
  const key = which === "collection" ? settingKeys.collectionPaused : settingKeys.mailPaused;
  const changed = await updateSiteSetting(viewer, key, on);
  if (changed && which === "mail" && !on) await releaseHeldMail(await getDb(), null);
  return changed;
}

/** Pauses collection of these kinds everywhere (the others collect again), with one audit entry. */
export async function setPausedKinds(viewer: Viewer & AuditActor, kinds: ActionKind[]): Promise<boolean> {
  assertCan(viewer, "abuse:manage:any");
  return updateSiteSetting(viewer, settingKeys.pausedKinds, [...new Set(kinds)].sort());
}

export type CampaignSwitch = "collection" | "mail";

/**
 * Throws one campaign's switch, with one audit entry, in one transaction;
 * turning its mail back on makes its held mail due at once. Returns the
 * campaign's slug (to revalidate its page) and whether it changed. Refused
 * ("notFound") for an unknown campaign, ("forbidden") for a viewer who may not.
 */
export async function setCampaignSwitch(
  viewer: Viewer & AuditActor,
  campaignId: string,
  which: CampaignSwitch,
  on: boolean,
): Promise<{ slug: string; changed: boolean }> {
  assertCan(viewer, "abuse:manage:any");
  const column = which === "collection" ? campaigns.collectionPaused : campaigns.mailPaused;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ slug: campaigns.slug, value: column })
      .from(campaigns)
      .where(eq(campaigns.id, campaignId))
      .for("update");
    if (!current) refuse("notFound");
    if (current.value === on) return { slug: current.slug, changed: false };
    await tx
      .update(campaigns)
      .set(which === "collection" ? { collectionPaused: on } : { mailPaused: on })
      .where(eq(campaigns.id, campaignId));
    await recordAudit(tx, {
      actor: viewer,
      action: which === "collection" ? "campaign.collection_paused" : "campaign.mail_paused",
      entityType: "campaign",
      entityId: campaignId,
      before: { [which === "collection" ? "collectionPaused" : "mailPaused"]: current.value },
      after: { [which === "collection" ? "collectionPaused" : "mailPaused"]: on },
    });
    if (which === "mail" && !on) await releaseHeldMail(tx, campaignId);
    return { slug: current.slug, changed: true };
  });
}
