import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { campaignTargets, targets, type ActionKind, type Target } from "@/db/schema";
import { applyChannelHealth, channelOfKind, type HealthResolved } from "@/lib/targets/health";
import { resolveTargets, type TargetRule } from "@/lib/targets/resolve";
import { channelProblems } from "./channel-health";
import { shortLived } from "./short-lived";

/** A target as a supporter's letter addresses it. */
export type SupporterTarget = Pick<
  Target,
  "id" | "kind" | "honorific" | "name" | "title" | "representedState" | "hostCountry" | "addressLines" | "city" | "postcode" | "language" | "isExample"
>;

const targetColumns = {
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
  language: targets.language,
  isExample: targets.isExample,
};

/**
 * Who a supporter living in `country` addresses for `kind` on a campaign, and
 * why (see lib/targets/resolve.ts). Two queries: the campaign's rules with
 * their fixed/fallback targets, and the responsible states' embassies in that
 * one country. The campaign must already be known to be public. A target
 * whose channel for `kind` is failing gives way to its state's fallback
 * target, or carries the problem (lib/targets/health.ts, ADR 0028).
 */
export async function resolveSupporterTargets(
  campaignId: string,
  kind: ActionKind,
  country: string | null,
): Promise<HealthResolved<SupporterTarget>[]> {
  const db = await getDb();
  const rows = await db
    .select({
      rule: campaignTargets.rule,
      responsibleState: campaignTargets.responsibleState,
      actionKinds: campaignTargets.actionKinds,
      targetId: targets.id,
      target: targetColumns,
    })
    .from(campaignTargets)
    .leftJoin(targets, eq(targets.id, campaignTargets.targetId))
    .where(eq(campaignTargets.campaignId, campaignId))
    .orderBy(asc(campaignTargets.position));
  const rules: TargetRule<SupporterTarget>[] = rows.map((row) => ({
    rule: row.rule,
    responsibleState: row.responsibleState,
    actionKinds: row.actionKinds,
    target: row.targetId ? row.target : null,
  }));
  const states = [...new Set(rules.filter((r) => r.rule === "embassy").map((r) => r.responsibleState))].filter(
    (state): state is string => state !== null,
  );
  const embassies =
    country && states.length > 0
      ? await db
          .select(targetColumns)
          .from(targets)
          .where(and(eq(targets.kind, "embassy"), eq(targets.hostCountry, country), inArray(targets.representedState, states)))
          .orderBy(asc(targets.name))
      : [];
  const resolved = resolveTargets({ rules, embassies, supporterCountry: country, kind });
  const channel = channelOfKind[kind];
  if (!channel || resolved.length === 0) return resolved;
  const candidates = [...new Set([...resolved.map((r) => r.target.id), ...rules.flatMap((r) => (r.target ? [r.target.id] : []))])];
  const problems = await channelProblems(candidates, channel);
  return applyChannelHealth(resolved, rules, kind, (id) => problems.get(id) ?? null);
}

const targetsForSigning = shortLived<HealthResolved<SupporterTarget>[]>(1_000);

/**
 * resolveSupporterTargets for the signing actions, remembered for a second per
 * process and (campaign, kind, country): an organiser's change to the targets
 * applies to new signatures within a second.
 */
export function resolveSupporterTargetsForSigning(
  campaignId: string,
  kind: ActionKind,
  country: string | null,
): Promise<HealthResolved<SupporterTarget>[]> {
  return targetsForSigning.get(`${campaignId}|${kind}|${country ?? ""}`, () => resolveSupporterTargets(campaignId, kind, country));
}
