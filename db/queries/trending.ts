import "server-only";
import { inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { campaigns } from "@/db/schema";
import { can, type Viewer } from "@/lib/permissions";
import { rowsOf } from "./rows";

/** The usual rate is the average hour of this many hours before the last one (7 days). */
export const usualWindowHours = 168;
/** Rows whose last hour is this many times their usual rate are highlighted. */
export const surgeRatio = 5;
const rowsPerDimension = 20;

export interface TrendingRow {
  /** The hashed IP, the email domain or the campaign id. */
  key: string;
  /** For campaigns: the title. */
  label: string | null;
  /** For campaigns: the slug, to prefill the invalidation form. */
  slug: string | null;
  lastHour: number;
  /** Actions per hour over the 7 days before the last hour. */
  usualPerHour: number;
  /** lastHour over the usual rate, taken as at least 1 an hour so a handful of new actions is no surge. */
  ratio: number;
}

export interface TrendingReport {
  byIp: TrendingRow[];
  byDomain: TrendingRow[];
  byCampaign: TrendingRow[];
}

interface RawRow {
  key: string;
  last_hour: number | string;
  usual: number | string;
}

/**
 * Actions in the last hour per value of `column` against its usual hourly
 * rate, highest ratio first. Reads only the last 169 hours; for the IP and
 * domain columns the condition matches the partial indexes on
 * (column, created_at), which cover the whole query.
 */
async function trendingBy(column: SQL, notNull: boolean): Promise<RawRow[]> {
  const db = await getDb();
  const result = await db.execute(sql`
    select key, last_hour, usual from (
      select ${column} as key,
             count(*) filter (where created_at >= now() - interval '1 hour') as last_hour,
             (count(*) filter (where created_at < now() - interval '1 hour'))::float8 / ${usualWindowHours} as usual
        from actions
       where ${notNull ? sql`${column} is not null and` : sql``}
             created_at >= now() - ${usualWindowHours + 1} * interval '1 hour'
       group by ${column}
    ) counted
    where last_hour > 0
    order by last_hour / greatest(usual, 1) desc, last_hour desc
    limit ${rowsPerDimension}`);
  return rowsOf<RawRow>(result);
}

function toRow(raw: RawRow, campaign?: { title: string; slug: string }): TrendingRow {
  const lastHour = Number(raw.last_hour);
  const usualPerHour = Number(raw.usual);
  return {
    key: String(raw.key),
    label: campaign?.title ?? null,
    slug: campaign?.slug ?? null,
    lastHour,
    usualPerHour,
    ratio: lastHour / Math.max(usualPerHour, 1),
  };
}

/**
 * The trending report for the abuse admin: per hashed IP, per email domain
 * and per campaign. IP hashes are salted per day, so an address's usual rate
 * only covers the current day; domains and campaigns have the whole week.
 * Null when the viewer may not see it.
 */
export async function getTrendingReport(viewer: Viewer): Promise<TrendingReport | null> {
  if (!can(viewer, "abuse:manage:any")) return null;
  const [byIp, byDomain, byCampaign] = await Promise.all([
    trendingBy(sql.raw("ip_hash"), true),
    trendingBy(sql.raw("email_domain"), true),
    trendingBy(sql.raw("campaign_id"), false),
  ]);
  const db = await getDb();
  const titles = byCampaign.length
    ? await db
        .select({ id: campaigns.id, title: campaigns.title, slug: campaigns.slug })
        .from(campaigns)
        .where(inArray(campaigns.id, byCampaign.map((row) => String(row.key))))
    : [];
  const campaignById = new Map(titles.map((row) => [row.id, row]));
  return {
    byIp: byIp.map((row) => toRow(row)),
    byDomain: byDomain.map((row) => toRow(row)),
    byCampaign: byCampaign.map((row) => toRow(row, campaignById.get(String(row.key)))),
  };
}
