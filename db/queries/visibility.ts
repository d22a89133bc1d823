import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { campaignDefenders, campaigns, defenders } from "@/db/schema";

/** Campaign statuses anyone may see. Drafts and campaigns in review never leave the organiser pages. */
export const publicCampaignStatuses = ["published", "paused", "closed", "won"] as const;
/** Public campaigns that still ask for action. */
export const openCampaignStatuses = ["published", "paused"] as const;

export type PublicCampaignStatus = (typeof publicCampaignStatuses)[number];

/**
 * A campaign is public when its status is public and none of its defenders
 * has gone quiet (paused): pausing a defender hides every campaign about them.
 */
export function campaignIsPublic(): SQL {
  return and(
    inArray(campaigns.status, [...publicCampaignStatuses]),
    sql`not exists (
      select 1 from ${campaignDefenders}
      join ${defenders} on ${defenders.id} = ${campaignDefenders.defenderId}
      where ${campaignDefenders.campaignId} = ${campaigns.id} and ${defenders.paused}
    )`,
  )!;
}

/** A defender is public unless paused. */
export function defenderIsPublic(): SQL {
  return eq(defenders.paused, false);
}
