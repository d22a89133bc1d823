import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { actionKinds, siteSettings, type ActionKind } from "@/db/schema";
import { assertCan, type Viewer } from "@/lib/permissions";
import { mergeRateLimitSettings, type RateLimitSettings } from "@/lib/rate-limit/policy";
import { recordAudit, type AuditActor } from "./audit";

/** Keys of site_settings rows read here; values are jsonb. */
export const settingKeys = {
  /** true: no supporter action is accepted anywhere (site-wide kill switch). */
  collectionPaused: "collection.paused",
  /** ActionKind[]: these kinds are not accepted anywhere. */
  pausedKinds: "collection.paused_kinds",
  /** Partial RateLimitSettings. */
  rateLimits: "rate_limits.signing",
  /** true: the mail sender holds every queued mail (site-wide mail kill switch). */
  mailPaused: "mail.paused",
  /** number: hours after which an unmoderated item counts as overdue. */
  moderationOverdueHours: "moderation.overdue_hours",
} as const;

export interface SiteSettings {
  collectionPaused: boolean;
  pausedKinds: ActionKind[];
  rateLimits: RateLimitSettings;
  mailPaused: boolean;
  moderationOverdueHours: number;
}

export const defaultModerationOverdueHours = 24;

/** Under 5 s, so a kill switch thrown anywhere is in force everywhere within 5 s, the read included. */
const cacheMs = 4_000;
const holder = globalThis as unknown as { __inkwellSettings?: { at: number; value: Promise<SiteSettings> } };

/** The settings as stored right now, bypassing the cache: for the admin pages that change them. */
export async function loadSiteSettings(): Promise<SiteSettings> {
  const db = await getDb();
  const rows = await db
    .select({ key: siteSettings.key, value: siteSettings.value })
    .from(siteSettings)
    .where(inArray(siteSettings.key, Object.values(settingKeys)));
  return siteSettingsFrom(new Map(rows.map((row) => [row.key, row.value as unknown])));
}

/** Settings from stored values by key; a missing or malformed value falls back to its default. */
export function siteSettingsFrom(byKey: ReadonlyMap<string, unknown>): SiteSettings {
  const paused = z.boolean().safeParse(byKey.get(settingKeys.collectionPaused));
  const kinds = z.array(z.enum(actionKinds)).safeParse(byKey.get(settingKeys.pausedKinds));
  const mailPaused = z.boolean().safeParse(byKey.get(settingKeys.mailPaused));
  const overdue = z.number().int().min(1).max(24 * 30).safeParse(byKey.get(settingKeys.moderationOverdueHours));
  return {
    collectionPaused: paused.success ? paused.data : false,
    pausedKinds: kinds.success ? kinds.data : [],
    rateLimits: mergeRateLimitSettings(byKey.get(settingKeys.rateLimits)),
    mailPaused: mailPaused.success ? mailPaused.data : false,
    moderationOverdueHours: overdue.success ? overdue.data : defaultModerationOverdueHours,
  };
}

/**
 * Kill switches and rate limits, with defaults in code. Cached in the process
 * for a few seconds: a switch thrown by an admin takes effect that soon
 * everywhere, without a query per submission.
 */
export function getSiteSettings(): Promise<SiteSettings> {
  const entry = holder.__inkwellSettings;
  if (entry && Date.now() - entry.at < cacheMs) return entry.value;
  const value = loadSiteSettings();
  holder.__inkwellSettings = { at: Date.now(), value };
  value.catch(() => {
    if (holder.__inkwellSettings?.value === value) holder.__inkwellSettings = undefined;
  });
  return value;
}

/** Forgets the cached settings (after an admin changes them in this process, and in tests). */
export function forgetSiteSettings(): void {
  holder.__inkwellSettings = undefined;
}

/** Whether supporters may act on campaigns of this kind right now, site-wide. */
export function kindIsCollecting(settings: SiteSettings, kind: ActionKind): boolean {
  return !settings.collectionPaused && !settings.pausedKinds.includes(kind);
}

export type SettingKey = (typeof settingKeys)[keyof typeof settingKeys];

/**
 * Stores one setting and its audit record (before and after) in one
 * transaction, then forgets this process's cached settings; other processes
 * see the change when their cache ends (5 s). Returns false, writing nothing,
 * when the value is what is stored; Refused("forbidden") when the viewer may
 * not change settings.
 * Callers validate the value for its key.
 */
export async function updateSiteSetting(viewer: Viewer & AuditActor, key: SettingKey, value: unknown): Promise<boolean> {
  assertCan(viewer, "settings:edit:any");
  const db = await getDb();
  const changed = await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ value: siteSettings.value })
      .from(siteSettings)
      .where(eq(siteSettings.key, key))
      .for("update");
    if (existing && JSON.stringify(existing.value) === JSON.stringify(value)) return false;
    await tx
      .insert(siteSettings)
      .values({ key, value, updatedBy: viewer.id })
      .onConflictDoUpdate({ target: siteSettings.key, set: { value, updatedBy: viewer.id, updatedAt: sql`now()` } });
    await recordAudit(tx, {
      actor: viewer,
      action: "settings.update",
      entityType: "site_setting",
      entityId: key,
      before: existing ? { value: existing.value } : null,
      after: { value },
    });
    return true;
  });
  forgetSiteSettings();
  return changed;
}
