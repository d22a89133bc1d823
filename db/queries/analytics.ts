import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { findCampaignFor, type CampaignRef } from "@/db/queries/access";
import { actions } from "@/db/schema";
import type { ActionKind } from "@/db/schema/enums";
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
 * Every figure is grouped in SQL over the campaign's rows; each query filters on
 * campaign_id and status, so it is served by actions_campaign_status_kind_id_idx.
 * Self-reported actions ("I posted it") are confirmed rows counted apart.
 */
export async function getCampaignAnalytics(viewer: Viewer, campaignId: string, today = new Date()): Promise<CampaignAnalytics | null> {
  const campaign = await findCampaignFor(viewer, campaignId, "read");
  if (!campaign) return null;
  const db = await getDb();
  const confirmed = and(eq(actions.campaignId, campaign.id), eq(actions.status, "confirmed"));
  const counted = sql<number>`(count(*) filter (where not ${actions.selfReported}))::int`;
  const selfReported = sql<number>`(count(*) filter (where ${actions.selfReported}))::int`;
  const day = sql<string>`to_char((${actions.createdAt} at time zone 'UTC')::date, 'YYYY-MM-DD')`;
  // Actions that wait for an emailed confirmation link; self-reports and email-less kinds never do.
  const confirmsByEmail = sql`${actions.emailHash} is not null and not ${actions.selfReported}`;
  const since = new Date(today.getTime() - (dayWindow - 1) * 86_400_000);

  const [days, countries, kinds] = await Promise.all([
    db
      .select({ day, confirmed: counted, selfReported })
      .from(actions)
      .where(and(confirmed, sql`${actions.createdAt} >= ${startOfUtcDay(since).toISOString()}`))
      .groupBy(day)
      .orderBy(day),
    db
      .select({ country: sql<string | null>`nullif(trim(${actions.country}), '')`, confirmed: counted, selfReported })
      .from(actions)
      .where(confirmed)
      .groupBy(sql`1`)
      .orderBy(sql`2 desc, 3 desc, 1`),
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

  return {
    campaign,
    perDay: fillDays(days, since, today),
    perCountry: countries,
    perKind: kinds.map(({ kind, confirmed, selfReported, pending }) => ({ kind, confirmed, selfReported, pending })),
    totals: {
      confirmed: sum(countries.map((c) => c.confirmed)),
      selfReported: sum(countries.map((c) => c.selfReported)),
      pending: sum(kinds.map((k) => k.pending)),
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
