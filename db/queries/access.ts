import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { campaignOrganisers, campaigns, defenderOrganisers, defenders } from "@/db/schema";
import { scopeOf, type Viewer } from "@/lib/permissions";
import { refuse } from "@/lib/refusal";

/**
 * The WHERE condition that limits campaigns to those `viewer` may act on for
 * "campaign:<action>": every campaign for ":any", the ones they organise for
 * ":own", none otherwise. Every organiser query about campaigns uses it.
 */
export function campaignAccess(viewer: Viewer, action: "read" | "edit" | "submit" | "export" | "publish"): SQL {
  const scope = scopeOf(viewer, `campaign:${action}`);
  if (scope === "any") return sql`true`;
  if (scope === "own") {
    return sql`exists (select 1 from ${campaignOrganisers} where ${campaignOrganisers.campaignId} = ${campaigns.id} and ${campaignOrganisers.userId} = ${viewer.id})`;
  }
  return sql`false`;
}

/**
 * The same for defender profiles: ":own" means the viewer is one of the
 * defender's own organisers (a row in defender_organisers: the creator and
 * whoever they or an admin added). Organising a campaign that names the
 * defender grants nothing: otherwise naming someone else's defender in a
 * draft would be a way into their profile, consent record and "go quiet".
 */
export function defenderAccess(viewer: Viewer, action: "edit"): SQL {
  const scope = scopeOf(viewer, `defender:${action}`);
  if (scope === "any") return sql`true`;
  if (scope === "own") {
    return sql`exists (select 1 from ${defenderOrganisers} where ${defenderOrganisers.defenderId} = ${defenders.id} and ${defenderOrganisers.userId} = ${viewer.id})`;
  }
  return sql`false`;
}

export interface CampaignRef {
  id: string;
  slug: string;
  title: string;
  status: (typeof campaigns.$inferSelect)["status"];
}

/** The campaign if `viewer` may act on it for `action`, else Refused(notFound) (pages answer 404, never a hint). */
export async function findCampaignFor(viewer: Viewer, id: string, action: Parameters<typeof campaignAccess>[1]): Promise<CampaignRef> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) refuse("notFound");
  const db = await getDb();
  const [row] = await db
    .select({ id: campaigns.id, slug: campaigns.slug, title: campaigns.title, status: campaigns.status })
    .from(campaigns)
    .where(and(eq(campaigns.id, id), campaignAccess(viewer, action)))
    .limit(1);
  return row ?? refuse("notFound");
}
