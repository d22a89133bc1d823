import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { campaigns, defenders } from "@/db/schema";
import { cacheSeconds, cacheTags } from "@/lib/cache-tags";
import { cached } from "./cached";
import { campaignIsPublic, defenderIsPublic } from "./visibility";

export interface SitemapPage {
  path: string;
  /** ISO instant of the last change. */
  updatedAt: string;
}

async function loadSitemapPages(): Promise<SitemapPage[]> {
  const db = await getDb();
  const [campaignRows, defenderRows] = await Promise.all([
    db.select({ slug: campaigns.slug, updatedAt: campaigns.updatedAt }).from(campaigns).where(campaignIsPublic()).orderBy(asc(campaigns.slug)),
    db
      .select({ slug: defenders.slug, updatedAt: defenders.updatedAt })
      .from(defenders)
      .where(and(defenderIsPublic(), eq(defenders.paused, false)))
      .orderBy(asc(defenders.slug)),
  ]);
  return [
    ...campaignRows.map((row) => ({ path: `/campaigns/${row.slug}`, updatedAt: row.updatedAt.toISOString() })),
    ...defenderRows.map((row) => ({ path: `/defenders/${row.slug}`, updatedAt: row.updatedAt.toISOString() })),
  ];
}

/** Every public campaign and defender page (never a draft, a paused defender's or a rejected profile). */
export function listSitemapPages(): Promise<SitemapPage[]> {
  return cached(loadSitemapPages, { key: "sitemap-pages", tags: [cacheTags.campaigns, cacheTags.defenders], revalidate: cacheSeconds.content });
}
