import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, gte, inArray, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { campaignTargets, campaigns, targetChannelEvents, targets } from "@/db/schema";
import type { TargetChannel } from "@/db/schema/enums";
import { isUuid } from "@/lib/ids";
import { assertCan, can, type Viewer } from "@/lib/permissions";
import type { Charge } from "@/lib/rate-limit/policy";
import { refuse } from "@/lib/refusal";
import { deriveChannelHealth, supporterReportWindowMs, type ChannelEvent, type ChannelHealthState, type ChannelProblem } from "@/lib/targets/health";
import { campaignAccess } from "./access";
import { recordAudit, type AuditActor } from "./audit";
import { consumeRateLimits } from "./rate-limit";
import { campaignIsPublic } from "./visibility";

/** A campaign link that addresses the target `t` (directly, or as an embassy of the link's state). */
function linksTarget(target: SQL | typeof targets.id = targets.id): SQL {
  return or(
    eq(campaignTargets.targetId, target),
    and(eq(campaignTargets.rule, "embassy"), eq(targets.kind, "embassy"), eq(targets.representedState, campaignTargets.responsibleState)),
  )!;
}

/**
 * Whether the viewer may mark this target's channels: they organise a
 * campaign that addresses it (campaign:edit:own through campaign_organisers),
 * or they may edit every campaign (admins). Any organiser may edit the shared
 * directory, but only those relying on a target may stop it being offered.
 */
function mayMark(viewer: Viewer): SQL {
  return sql`exists (select 1 from ${campaignTargets} inner join ${campaigns} on ${campaigns.id} = ${campaignTargets.campaignId}
    where ${linksTarget()} and ${campaignAccess(viewer, "edit")})`;
}

async function eventsOf(targetIds: string[], channels?: TargetChannel[]) {
  if (targetIds.length === 0) return [];
  const db = await getDb();
  return db
    .select({
      targetId: targetChannelEvents.targetId,
      channel: targetChannelEvents.channel,
      kind: targetChannelEvents.kind,
      reason: targetChannelEvents.reason,
      reporterHash: targetChannelEvents.reporterHash,
      createdAt: targetChannelEvents.createdAt,
    })
    .from(targetChannelEvents)
    .where(and(inArray(targetChannelEvents.targetId, targetIds), channels ? inArray(targetChannelEvents.channel, channels) : undefined))
    .orderBy(asc(targetChannelEvents.createdAt), asc(targetChannelEvents.id));
}

/** Each target's channels' health, keyed "<targetId>|<channel>", for channels with any event. */
export async function channelHealthOf(targetIds: string[], channels?: TargetChannel[], now = new Date()): Promise<Map<string, ChannelHealthState>> {
  const grouped = new Map<string, ChannelEvent[]>();
  for (const row of await eventsOf(targetIds, channels)) {
    const key = `${row.targetId}|${row.channel}`;
    grouped.set(key, [...(grouped.get(key) ?? []), row]);
  }
  return new Map([...grouped].map(([key, events]) => [key, deriveChannelHealth(events, now)]));
}

/** The failing channel's problem for each target among `targetIds` (for the supporter pages). */
export async function channelProblems(targetIds: string[], channel: TargetChannel): Promise<Map<string, ChannelProblem>> {
  const problems = new Map<string, ChannelProblem>();
  for (const [key, health] of await channelHealthOf(targetIds, [channel])) {
    if (health.status === "failing") problems.set(key.split("|")[0]!, { channel, since: health.since!, cause: health.cause!, reason: health.reason });
  }
  return problems;
}

/** A target's channels' health for its directory page; null when the viewer may not read targets. */
export async function getTargetHealth(viewer: Viewer, targetId: string): Promise<{ health: Map<string, ChannelHealthState>; mayMark: boolean }> {
  assertCan(viewer, "target:read:any");
  if (!isUuid(targetId)) refuse("notFound");
  const db = await getDb();
  const [row] = await db
    .select({ mayMark: sql<boolean>`${mayMark(viewer)}` })
    .from(targets)
    .where(eq(targets.id, targetId))
    .limit(1);
  if (!row) refuse("notFound");
  return { health: await channelHealthOf([targetId]), mayMark: row.mayMark };
}

export type ViewerWithLabel = Viewer & AuditActor;

/**
 * An organiser marks a channel failing or working again, with a reason:
 * one event and one audit entry, in one transaction. Refused(notFound) when
 * the target is unknown or the viewer relies on no campaign addressing it.
 * Returns the slugs of campaigns whose pages show it.
 */
export async function markTargetChannel(
  viewer: ViewerWithLabel,
  input: { targetId: string; channel: TargetChannel; working: boolean; reason: string },
): Promise<{ campaignSlugs: string[] }> {
  assertCan(viewer, "target:edit:any");
  if (!isUuid(input.targetId)) refuse("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: targets.id })
      .from(targets)
      .where(and(eq(targets.id, input.targetId), mayMark(viewer)))
      .for("update", { of: targets })
      .limit(1);
    if (!target) refuse("notFound");
    const kind = input.working ? "marked_working" : "marked_failing";
    await tx.insert(targetChannelEvents).values({ targetId: target.id, channel: input.channel, kind, reason: input.reason, userId: viewer.id });
    await recordAudit(tx, {
      actor: viewer,
      action: input.working ? "target.channel.working" : "target.channel.failing",
      entityType: "target",
      entityId: target.id,
      after: { channel: input.channel, reason: input.reason },
    });
    return { campaignSlugs: await slugsAddressing(tx, target.id) };
  });
}

async function slugsAddressing(tx: Transaction, targetId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ slug: campaigns.slug })
    .from(campaignTargets)
    .innerJoin(campaigns, eq(campaigns.id, campaignTargets.campaignId))
    .innerJoin(targets, linksTarget())
    .where(eq(targets.id, targetId));
  return rows.map((r) => r.slug);
}

/** A reporter's key for one target's channel: unlinkable to anything else stored. */
export function reporterHash(requestKey: string, targetId: string, channel: TargetChannel): string {
  return createHash("sha256").update(`channel-report|${requestKey}|${targetId}|${channel}`).digest("hex");
}

export type ReportOutcome = "recorded" | "repeat" | "rate_limited" | "unknown_target";

/**
 * A supporter's "this address bounced / this account no longer exists":
 * rate-limited with the supporter pipeline's charges, only for a target the
 * public campaign addresses, once per reporter and channel within the window
 * (a repeat is answered like the first, and stores nothing).
 */
export async function recordChannelReport(
  input: { campaignSlug: string; targetId: string; channel: TargetChannel; requestKey: string | null },
  charges: readonly Charge[],
): Promise<ReportOutcome> {
  if (!isUuid(input.targetId)) return "unknown_target";
  const verdict = await consumeRateLimits(charges);
  if (!verdict.allowed) return "rate_limited";
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: targets.id })
      .from(targets)
      .innerJoin(campaignTargets, linksTarget())
      .innerJoin(campaigns, eq(campaigns.id, campaignTargets.campaignId))
      .where(and(eq(targets.id, input.targetId), eq(campaigns.slug, input.campaignSlug), campaignIsPublic()))
      .limit(1);
    if (!target) return "unknown_target";
    const hash = input.requestKey ? reporterHash(input.requestKey, target.id, input.channel) : null;
    if (hash) {
      // Serialises reports of the same reporter, so two quick clicks store one row.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${hash}))`);
      const [seen] = await tx
        .select({ id: targetChannelEvents.id })
        .from(targetChannelEvents)
        .where(
          and(
            eq(targetChannelEvents.reporterHash, hash),
            eq(targetChannelEvents.kind, "supporter_report"),
            gte(targetChannelEvents.createdAt, new Date(Date.now() - supporterReportWindowMs)),
          ),
        )
        .limit(1);
      if (seen) return "repeat";
    }
    await tx.insert(targetChannelEvents).values({ targetId: target.id, channel: input.channel, kind: "supporter_report", reporterHash: hash });
    return "recorded";
  });
}

/**
 * The outbox's SMTP server refused `address` for good (5xx to RCPT TO): a
 * hard bounce for every target with that email address. Inkwell sends
 * nothing to targets itself, so this only fires when a target's address is
 * also someone's mail address here; returns how many targets it touched.
 */
export async function recordRecipientRefused(address: string, message: string): Promise<number> {
  const db = await getDb();
  const rows = await db
    .select({ id: targets.id })
    .from(targets)
    .where(sql`lower(${targets.email}) = lower(${address.trim()})`);
  if (rows.length === 0) return 0;
  await db.insert(targetChannelEvents).values(rows.map((row) => ({ targetId: row.id, channel: "email" as const, kind: "hard_bounce" as const, reason: message.slice(0, 300) })));
  return rows.length;
}

export interface CampaignChannelWarning {
  targetId: string;
  targetName: string;
  channel: TargetChannel;
  since: Date;
}

/** The failing channels of the targets a campaign addresses (its embassies included), for its organisers' pages. */
export async function listCampaignChannelWarnings(viewer: Viewer, campaignId: string): Promise<CampaignChannelWarning[]> {
  if (!isUuid(campaignId)) return [];
  const db = await getDb();
  const rows = await db
    .selectDistinct({ id: targets.id, name: targets.name })
    .from(campaignTargets)
    .innerJoin(campaigns, eq(campaigns.id, campaignTargets.campaignId))
    .innerJoin(targets, linksTarget())
    .where(and(eq(campaigns.id, campaignId), campaignAccess(viewer, "read")));
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const warnings: CampaignChannelWarning[] = [];
  for (const [key, health] of await channelHealthOf([...names.keys()])) {
    const [targetId, channel] = key.split("|") as [string, TargetChannel];
    if (health.status === "failing") warnings.push({ targetId, targetName: names.get(targetId)!, channel, since: health.since! });
  }
  return warnings;
}

/** The failing channels of these targets (for the directory's list); empty without target:read. */
export async function listFailingChannels(viewer: Viewer, targetIds: string[]): Promise<Map<string, TargetChannel[]>> {
  const failing = new Map<string, TargetChannel[]>();
  if (!can(viewer, "target:read:any")) return failing;
  for (const [key, health] of await channelHealthOf(targetIds.filter(isUuid))) {
    const [targetId, channel] = key.split("|") as [string, TargetChannel];
    if (health.status === "failing") failing.set(targetId, [...(failing.get(targetId) ?? []), channel]);
  }
  return failing;
}
