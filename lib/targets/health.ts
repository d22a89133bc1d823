import type { ActionKind, ChannelEventKind, TargetChannel } from "@/db/schema/enums";
import type { ResolvedTarget, TargetRef, TargetRule } from "./resolve";

/**
 * Distinct supporters whose "this address bounced" reports make a channel
 * failing on their own. One report can be a typo or a prank; three people on
 * different networks within two weeks rarely are, and an organiser can always
 * mark the channel working again (ADR 0028).
 */
export const supporterReportThreshold = 3;
/** Reports older than this no longer count: an address that bounced last year may work again. */
export const supporterReportWindowMs = 14 * 24 * 60 * 60 * 1000;

export interface ChannelEvent {
  kind: ChannelEventKind;
  reason: string | null;
  reporterHash: string | null;
  createdAt: Date;
}

export type FailureCause = "organiser" | "bounce" | "reports";

export interface ChannelHealthState {
  status: "failing" | "working" | "unknown";
  /** When it started failing (the first event that made it fail since the last "working again"). */
  since: Date | null;
  cause: FailureCause | null;
  /** The organiser's reason when they marked it failing (shown to supporters). */
  reason: string | null;
  lastEvent: ChannelEvent | null;
  /** Distinct supporters reporting it within the window, since the last "working again". */
  reports: number;
}

/**
 * A channel's health from its events: failing when an organiser marked it
 * failing, on a hard bounce, or when `threshold` distinct supporters reported
 * it within the window, counting only events after the latest "working again".
 */
export function deriveChannelHealth(
  events: readonly ChannelEvent[],
  now: Date,
  threshold = supporterReportThreshold,
  windowMs = supporterReportWindowMs,
): ChannelHealthState {
  const sorted = [...events].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const lastEvent = sorted.at(-1) ?? null;
  const clearedAt = sorted.findLastIndex((e) => e.kind === "marked_working");
  const open = sorted.slice(clearedAt + 1);
  const triggers: { at: Date; cause: FailureCause; reason: string | null }[] = [];
  const mark = open.findLast((e) => e.kind === "marked_failing");
  if (mark) triggers.push({ at: open.find((e) => e.kind === "marked_failing")!.createdAt, cause: "organiser", reason: mark.reason });
  const bounce = open.find((e) => e.kind === "hard_bounce");
  if (bounce) triggers.push({ at: bounce.createdAt, cause: "bounce", reason: null });
  const reporters = new Set<string>();
  let reachedAt: Date | null = null;
  for (const e of open) {
    if (e.kind !== "supporter_report" || !e.reporterHash || now.getTime() - e.createdAt.getTime() > windowMs) continue;
    reporters.add(e.reporterHash);
    if (reporters.size === threshold) reachedAt = e.createdAt;
  }
  if (reachedAt) triggers.push({ at: reachedAt, cause: "reports", reason: null });
  if (triggers.length === 0) {
    return { status: clearedAt >= 0 ? "working" : "unknown", since: null, cause: null, reason: null, lastEvent, reports: reporters.size };
  }
  // The organiser's word comes first (their reason is the one supporters read), then a bounce, then reports.
  const first = triggers.reduce((a, b) => (b.at < a.at ? b : a));
  const main = triggers[0]!;
  return { status: "failing", since: first.at, cause: main.cause, reason: main.reason, lastEvent, reports: reporters.size };
}

/** The one channel each kind of action uses to reach a target; none for kinds that address no one directly. */
export const channelOfKind: Partial<Record<ActionKind, TargetChannel>> = { email: "email", tweet: "x", call: "phone", letter: "post" };

/** Why a target's channel is not offered. */
export interface ChannelProblem {
  channel: TargetChannel;
  since: Date;
  cause: FailureCause;
  reason: string | null;
}

export type HealthResolved<T extends TargetRef> = ResolvedTarget<T> & {
  /** This target stands in for one whose channel is failing. */
  replaces?: { target: T; problem: ChannelProblem };
  /** This target's channel is failing and nothing stands in: shown with the reason, not offered. */
  problem?: ChannelProblem;
};

/**
 * Applies channel health to resolved targets: a target whose channel for
 * `kind` is failing is replaced by its state's fallback target (the
 * campaign's "fallback" rule: the ministry or mission) when that one's own
 * channel is not failing and it is not already offered; otherwise it stays,
 * carrying the problem, so the page says why and offers nothing to it.
 */
export function applyChannelHealth<T extends TargetRef>(
  resolved: readonly ResolvedTarget<T>[],
  rules: readonly TargetRule<T>[],
  kind: ActionKind,
  problemOf: (targetId: string) => ChannelProblem | null,
): HealthResolved<T>[] {
  if (!channelOfKind[kind]) return [...resolved];
  const offered = new Set(resolved.map((entry) => entry.target.id));
  return resolved.map((entry): HealthResolved<T> => {
    const problem = problemOf(entry.target.id);
    if (!problem) return entry;
    const state = (entry.responsibleState ?? entry.target.representedState)?.toUpperCase() ?? null;
    const fallback = rules.find(
      (rule) =>
        rule.rule === "fallback" &&
        rule.target &&
        rule.responsibleState?.toUpperCase() === state &&
        !offered.has(rule.target.id) &&
        !problemOf(rule.target.id),
    )?.target;
    if (!fallback) return { ...entry, problem };
    offered.add(fallback.id);
    return {
      target: fallback,
      reason: "fallback_channel_failing",
      responsibleState: state,
      contactable: !fallback.isExample,
      replaces: { target: entry.target, problem },
    };
  });
}
