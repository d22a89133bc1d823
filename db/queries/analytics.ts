import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { findCampaignFor, type CampaignRef } from "@/db/queries/access";
import { actionCounters, actions } from "@/db/schema";
import { actionKinds, type ActionKind } from "@/db/schema/enums";
import type { Viewer } from "@/lib/permissions";

export interface DailyCount {
  /** YYYY-MM-DD (UTC) */
  day: string;
  confirmed: number;
  selfReported: number;
}

export interface CountryCount {
  /** ISO code, or null when the supporter gave none. */
  country: string | null;
  confirmed: number;
  selfReported: number;
}

export interface KindCount {
  kind: ActionKind;
  confirmed: number;
  selfReported: number;
  pending: number;
}

export interface CampaignAnalytics {
  campaign: CampaignRef;
  /** Every day from the first action (at most `dayWindow` days back) to today, gaps filled with zeros. */
  perDay: DailyCount[];
  perCountry: CountryCount[];
  perKind: KindCount[];
  totals: { confirmed: number; selfReported: number; pending: number };
  /** confirmed / (confirmed + pending) over actions confirmed by email; null when none awaited confirmation. */
  confirmationRate: number | null;
}

/** How far back the daily chart reaches. */
export const dayWindow = 90;

/**
 * Analytics of one campaign the viewer may read, or null (the page answers 404).
 * The totals and the counts per kind and per country are read from the batched
 * counters (ADR 0007), the same rows the public campaign page and the dashboard
 * show, so the three never disagree; what the counters do not hold (actions per
 * day, actions awaiting confirmation, the confirmation rate) is grouped in SQL
 * over the campaign's rows, each query filtering on campaign_id and status
 * (actions_campaign_status_kind_id_idx). Self-reported actions ("I posted it",
 * "I made the call") are confirmed rows counted apart, as "reported".
 */
export async function getCampaignAnalytics(viewer: Viewer, campaignId: string, today = new Date()): Promise<CampaignAnalytics> {
  // Refused(notFound) for a campaign the viewer may not read.
  const campaign = await findCampaignFor(viewer, campaignId, "read");
  const db = await getDb();
  const confirmed = and(eq(actions.campaignId, campaign.id), eq(actions.status, "confirmed"));
  const counted = sql<number>`(count(*) filter (where not ${actions.selfReported}))::int`;
  const selfReported = sql<number>`(count(*) filter (where ${actions.selfReported}))::int`;
  const day = sql<string>`to_char((${actions.createdAt} at time zone 'UTC')::date, 'YYYY-MM-DD')`;
  // Actions that wait for an emailed confirmation link; self-reports and email-less kinds never do.
  const confirmsByEmail = sql`${actions.emailHash} is not null and not ${actions.selfReported}`;
  const since = new Date(today.getTime() - (dayWindow - 1) * 86_400_000);

  const [days, counters, kinds] = await Promise.all([
    db
      .select({ day, confirmed: counted, selfReported })
      .from(actions)
      .where(and(confirmed, sql`${actions.createdAt} >= ${startOfUtcDay(since).toISOString()}`))
      .groupBy(day)
      .orderBy(day),
    db
      .select({ kind: actionCounters.kind, country: actionCounters.country, confirmed: actionCounters.confirmed, selfReported: actionCounters.selfReported })
      .from(actionCounters)
      .where(eq(actionCounters.campaignId, campaign.id)),
    db
      .select({
        kind: actions.kind,
        confirmed: sql<number>`(count(*) filter (where ${actions.status} = 'confirmed' and not ${actions.selfReported}))::int`,
        selfReported: sql<number>`(count(*) filter (where ${actions.status} = 'confirmed' and ${actions.selfReported}))::int`,
        pending: sql<number>`(count(*) filter (where ${actions.status} = 'pending'))::int`,
        confirmedByEmail: sql<number>`(count(*) filter (where ${actions.status} = 'confirmed' and ${confirmsByEmail}))::int`,
        pendingByEmail: sql<number>`(count(*) filter (where ${actions.status} = 'pending' and ${confirmsByEmail}))::int`,
      })
      .from(actions)
      .where(and(eq(actions.campaignId, campaign.id), inArray(actions.status, ["confirmed", "pending"])))
      .groupBy(actions.kind)
      .orderBy(actions.kind),
  ]);

  const perKind = new Map<ActionKind, KindCount>();
  const perCountry = new Map<string | null, CountryCount>();
  for (const row of counters) {
    const kind = perKind.get(row.kind) ?? { kind: row.kind, confirmed: 0, selfReported: 0, pending: 0 };
    kind.confirmed += row.confirmed;
    kind.selfReported += row.selfReported;
    perKind.set(row.kind, kind);
    const code = row.country.trim() === "--" || row.country.trim() === "" ? null : row.country.trim();
    const country = perCountry.get(code) ?? { country: code, confirmed: 0, selfReported: 0 };
    country.confirmed += row.confirmed;
    country.selfReported += row.selfReported;
    perCountry.set(code, country);
  }
  for (const row of kinds) {
    const kind = perKind.get(row.kind) ?? { kind: row.kind, confirmed: 0, selfReported: 0, pending: 0 };
    kind.pending = row.pending;
    perKind.set(row.kind, kind);
  }
  const kindList = [...perKind.values()]
    .filter((k) => k.confirmed + k.selfReported + k.pending > 0)
    .sort((a, b) => actionKinds.indexOf(a.kind) - actionKinds.indexOf(b.kind));
  const countryList = [...perCountry.values()]
    .filter((c) => c.confirmed + c.selfReported > 0)
    .sort(
      (a, b) =>
        b.confirmed - a.confirmed ||
        b.selfReported - a.selfReported ||
        (a.country === null ? 1 : b.country === null ? -1 : a.country.localeCompare(b.country)),
    );

  return {
    campaign,
    perDay: fillDays(days, since, today),
    perCountry: countryList,
    perKind: kindList,
    totals: {
      confirmed: sum(kindList.map((k) => k.confirmed)),
      selfReported: sum(kindList.map((k) => k.selfReported)),
      pending: sum(kindList.map((k) => k.pending)),
    },
    confirmationRate: rate(kinds),
  };
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * One entry per day from the first day with actions (but not before `since`; two
 * weeks back when there are none) to `today`, zeros where nothing happened.
 */
export function fillDays(rows: readonly DailyCount[], since: Date, today: Date): DailyCount[] {
  const byDay = new Map(rows.map((row) => [row.day, row]));
  const first = rows[0]?.day;
  const quietStart = new Date(today.getTime() - 13 * 86_400_000);
  const start = startOfUtcDay(!first ? quietStart : first > isoDay(since) ? new Date(`${first}T00:00:00Z`) : since);
  const out: DailyCount[] = [];
  for (let day = start; day <= today; day = new Date(day.getTime() + 86_400_000)) {
    const key = isoDay(day);
    out.push(byDay.get(key) ?? { day: key, confirmed: 0, selfReported: 0 });
  }
  return out;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function rate(kinds: readonly { confirmedByEmail: number; pendingByEmail: number }[]): number | null {
  const confirmed = sum(kinds.map((k) => k.confirmedByEmail));
  const awaited = confirmed + sum(kinds.map((k) => k.pendingByEmail));
  return awaited === 0 ? null : confirmed / awaited;
}
