import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { actions, campaignDefenders, campaigns, defenders, moderationDecisions } from "@/db/schema";
import { publicCampaignStatuses } from "@/db/schema/enums";

export { openCampaignStatuses, publicCampaignStatuses, type PublicCampaignStatus } from "@/db/schema/enums";

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

/**
 * A defender is public unless paused, or unless a moderator's latest verdict
 * on the profile is reject or spam (profiles are moderated after publication).
 */
export function defenderIsPublic(): SQL {
  return and(
    eq(defenders.paused, false),
    sql`coalesce((
      select ${moderationDecisions.verdict} from ${moderationDecisions}
      where ${moderationDecisions.subjectType} = 'defender' and ${moderationDecisions.subjectId} = ${defenders.id}::text
      order by ${moderationDecisions.decidedAt} desc
      limit 1
    ), 'approve') = 'approve'`,
  )!;
}

/**
 * Something the public wrote (a solidarity message, an organisation sign-on)
 * is shown only when a moderator's latest verdict on it is "approve".
 */
export function actionIsApproved(): SQL {
  return sql`(
    select ${moderationDecisions.verdict} from ${moderationDecisions}
    where ${moderationDecisions.subjectType} = 'action' and ${moderationDecisions.subjectId} = ${actions.id}::text
    order by ${moderationDecisions.decidedAt} desc
    limit 1
  ) = 'approve'`;
}
