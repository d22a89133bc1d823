/**
 * The campaign lifecycle, beside the permission map it is gated on (pure: the
 * query layer enforces it inside its transaction, the edit page shows the
 * buttons from it, tests enumerate it).
 *
 * Each move needs one permission. Submitting is the campaign team's step;
 * sending back and pausing, closing, marking won or resuming are edits;
 * in_review -> published is an admin's call and happens only through the
 * moderation decision (ADR 0015: one door, one record). The ":own" or ":any"
 * scope the viewer holds for it decides, in the query's WHERE, whose campaigns.
 */
import type { campaignStatuses } from "@/db/schema/enums";
import { can, type PermissionCheck, type Viewer } from "@/lib/permissions";

export type CampaignStatus = (typeof campaignStatuses)[number];
export type StatusMove = "submit" | "publish" | "edit";

export const campaignTransitions: Readonly<Record<CampaignStatus, Partial<Record<CampaignStatus, StatusMove>>>> = {
  draft: { in_review: "submit" },
  in_review: { published: "publish", draft: "edit" },
  published: { paused: "edit", closed: "edit", won: "edit" },
  paused: { published: "edit", closed: "edit", won: "edit" },
  closed: {},
  won: {},
};

/** A campaign in review is published by the moderation decision only. */
export function onlyByModeration(from: CampaignStatus, to: CampaignStatus): boolean {
  return from === "in_review" && to === "published";
}

/**
 * What moving from -> to needs: "campaign:<move>" (scope decided by the
 * caller), or null when the lifecycle has no such move through this door.
 */
export function statusMove(from: CampaignStatus, to: CampaignStatus, options: { moderationDecision?: boolean } = {}): StatusMove | null {
  const move = campaignTransitions[from][to];
  if (!move) return null;
  if (onlyByModeration(from, to) && !options.moderationDecision) return null;
  return move;
}

/** The permission (at least ":own") the viewer's role must grant for the move. */
export function movePermission(move: StatusMove): PermissionCheck {
  return `campaign:${move}:own`;
}

/**
 * The status action's own gate (app/[locale]/organise/campaigns/actions.ts). Which
 * move a request makes is known only once the query has locked the row and
 * read its status, so the builder cannot check the move's permission up
 * front; it checks the one permission every role that may make any move
 * holds (reading its own campaigns: a supporter is answered Actions.forbidden
 * at once). The query then asks this rule for the real move, checks the role
 * grants `movePermission(move)` and that the row is in that permission's
 * scope, and refuses otherwise (notAllowed; notFound for a campaign the
 * viewer may not even read). lib/campaign-status.test.ts keeps the gate no
 * wider than needed and no narrower than any move.
 */
export const statusActionGate: PermissionCheck = "campaign:read:own";

/** The statuses `viewer` may move a campaign in `status` to from the lifecycle buttons (their own campaigns). */
export function allowedTransitions(viewer: Pick<Viewer, "role">, status: CampaignStatus): CampaignStatus[] {
  return (Object.keys(campaignTransitions[status]) as CampaignStatus[]).filter((to) => {
    const move = statusMove(status, to);
    return move !== null && can(viewer, movePermission(move));
  });
}
