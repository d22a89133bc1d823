import type { ActionKind, CampaignTargetRule, TargetKind } from "@/db/schema/enums";

export interface TargetRef {
  id: string;
  kind: TargetKind;
  representedState: string | null;
  hostCountry: string | null;
  isExample: boolean;
}

export interface TargetRule<T extends TargetRef = TargetRef> {
  rule: CampaignTargetRule;
  responsibleState: string | null;
  target: T | null;
  /** Empty: every kind the campaign enables. */
  actionKinds: ActionKind[];
}

export type ResolutionReason =
  /** The responsible state's embassy in the supporter's country. */
  | "embassy_in_supporter_country"
  /** No embassy known there (or the supporter lives in the responsible state): its ministry or mission. */
  | "fallback_no_embassy"
  /** Addressed whatever the supporter's country. */
  | "fixed"
  /** Stands in for a target whose channel is failing (lib/targets/health.ts). */
  | "fallback_channel_failing";

export interface ResolvedTarget<T extends TargetRef = TargetRef> {
  target: T;
  reason: ResolutionReason;
  responsibleState: string | null;
  /** Example data is shown, but its email and phone are never used to send anything. */
  contactable: boolean;
}

export interface ResolutionInput<T extends TargetRef> {
  rules: TargetRule<T>[];
  /** Embassies of the campaign's responsible states, wherever they are. */
  embassies: T[];
  supporterCountry: string | null;
  kind: ActionKind;
}

function appliesTo(rule: TargetRule, kind: ActionKind): boolean {
  return rule.actionKinds.length === 0 || rule.actionKinds.includes(kind);
}

function resolved<T extends TargetRef>(target: T, reason: ResolutionReason, state: string | null): ResolvedTarget<T> {
  return { target, reason, responsibleState: state, contactable: !target.isExample };
}

/**
 * Who a supporter in `supporterCountry` addresses for one action kind: the
 * responsible state's embassy in their country when one is known, that
 * state's fallback (ministry, UN mission) otherwise, plus every fixed target.
 * Never guesses the country: with none given, fallbacks are used.
 */
export function resolveTargets<T extends TargetRef>(input: ResolutionInput<T>): ResolvedTarget<T>[] {
  const { kind } = input;
  const country = input.supporterCountry?.toUpperCase() ?? null;
  const rules = input.rules.filter((r) => appliesTo(r, kind));
  const result: ResolvedTarget<T>[] = [];
  const seen = new Set<string>();
  const add = (entry: ResolvedTarget<T>) => {
    if (seen.has(entry.target.id)) return;
    seen.add(entry.target.id);
    result.push(entry);
  };

  for (const rule of rules.filter((r) => r.rule === "embassy")) {
    const state = rule.responsibleState?.toUpperCase() ?? null;
    const embassy =
      country && state && country !== state
        ? input.embassies.find((e) => e.representedState === state && e.hostCountry === country)
        : undefined;
    if (embassy) {
      add(resolved(embassy, "embassy_in_supporter_country", state));
      continue;
    }
    for (const fallback of rules.filter((r) => r.rule === "fallback" && r.responsibleState?.toUpperCase() === state)) {
      if (fallback.target) add(resolved(fallback.target, "fallback_no_embassy", state));
    }
  }
  for (const rule of rules.filter((r) => r.rule === "fixed")) {
    if (rule.target) add(resolved(rule.target, "fixed", rule.responsibleState));
  }
  return result;
}

/**
 * The supporter's likely country from Accept-Language ("en-CA,fr;q=0.8" -> "CA"),
 * highest quality first. Never from IP geolocation.
 */
export function countryFromAcceptLanguage(header: string | null | undefined): string | null {
  if (!header) return null;
  const candidates = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag, quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((c) => c.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of candidates) {
    const region = tag
      .split("-")
      .slice(1)
      .find((sub) => /^[A-Za-z]{2}$/.test(sub));
    if (region) return region.toUpperCase();
  }
  return null;
}
