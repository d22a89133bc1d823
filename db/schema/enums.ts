import { pgEnum } from "drizzle-orm/pg-core";

export const userRoles = ["supporter", "organiser", "admin"] as const;
export const userRole = pgEnum("user_role", userRoles);

export const defenderStatuses = [
  "detained",
  "disappeared",
  "on_trial",
  "harassed",
  "in_exile",
  "released",
  "killed",
] as const;
export const defenderStatus = pgEnum("defender_status", defenderStatuses);

export const consentStatuses = ["unknown", "given", "given_by_family", "withdrawn"] as const;
export const consentStatus = pgEnum("consent_status", consentStatuses);

export const defenderEventKinds = [
  "arrest",
  "charge",
  "trial",
  "sentence",
  "transfer",
  "release",
  "award",
  "statement",
  "disappearance",
  "death",
  "other",
] as const;
export const defenderEventKind = pgEnum("defender_event_kind", defenderEventKinds);

export const targetKinds = ["embassy", "ministry", "un_mission", "official", "organisation"] as const;
export const targetKind = pgEnum("target_kind", targetKinds);
export type TargetKind = (typeof targetKinds)[number];

export const campaignStatuses = ["draft", "in_review", "published", "paused", "closed", "won"] as const;
export const campaignStatus = pgEnum("campaign_status", campaignStatuses);
/** Campaign statuses anyone may see. Drafts and campaigns in review never leave the organiser pages. */
export const publicCampaignStatuses = ["published", "paused", "closed", "won"] as const satisfies readonly (typeof campaignStatuses)[number][];
export type PublicCampaignStatus = (typeof publicCampaignStatuses)[number];
/** Public campaigns that still ask for action ("open" in the public filter). */
export const openCampaignStatuses = ["published", "paused"] as const satisfies readonly PublicCampaignStatus[];
export function isPublicCampaignStatus(status: string): boolean {
  return (publicCampaignStatuses as readonly string[]).includes(status);
}

/** The things a supporter can do; a campaign enables a subset of them. */
export const actionKinds = [
  "letter",
  "tweet",
  "email",
  "call",
  "solidarity",
  "org_signon",
  "petition",
] as const;
export const actionKind = pgEnum("action_kind", actionKinds);
export type ActionKind = (typeof actionKinds)[number];

export const actionStatuses = ["pending", "confirmed", "rejected", "spam", "invalidated"] as const;
export const actionStatus = pgEnum("action_status", actionStatuses);

export const templateKinds = [
  "letter",
  "email",
  "tweet",
  "call_script",
  "solidarity_prompt",
  "petition",
] as const;
export const templateKind = pgEnum("template_kind", templateKinds);
export type TemplateKind = (typeof templateKinds)[number];

/**
 * How a campaign picks who to address:
 * - embassy: the embassy of `responsibleState` in the supporter's country of residence;
 * - fallback: used for `responsibleState` when no embassy is known in the supporter's country;
 * - fixed: always addressed, whatever the supporter's country (an official, a UN mission).
 */
export const campaignTargetRules = ["embassy", "fallback", "fixed"] as const;
export const campaignTargetRule = pgEnum("campaign_target_rule", campaignTargetRules);
export type CampaignTargetRule = (typeof campaignTargetRules)[number];

export const campaignOrganiserRoles = ["owner", "editor"] as const;
export const campaignOrganiserRole = pgEnum("campaign_organiser_role", campaignOrganiserRoles);

export const campaignUpdateKinds = [
  "update",
  "hearing",
  "sentenced",
  "transferred",
  "released",
  "acquitted",
  "disappeared",
  "outcome",
] as const;
export const campaignUpdateKind = pgEnum("campaign_update_kind", campaignUpdateKinds);

export const moderationSubjects = [
  "action",
  "campaign",
  "defender",
  "organiser_request",
] as const;
export const moderationSubject = pgEnum("moderation_subject", moderationSubjects);

export const moderationVerdicts = ["approve", "reject", "spam"] as const;
export const moderationVerdict = pgEnum("moderation_verdict", moderationVerdicts);

export const requestStatuses = ["pending", "granted", "refused"] as const;
export const requestStatus = pgEnum("request_status", requestStatuses);

export const listEntryKinds = ["email", "email_domain", "ip_range"] as const;
export const listEntryKind = pgEnum("list_entry_kind", listEntryKinds);

export const listTypes = ["block", "allow"] as const;
export const listType = pgEnum("list_type", listTypes);

export const mailStatuses = ["queued", "sending", "sent", "failed"] as const;
export const mailStatus = pgEnum("mail_status", mailStatuses);

/** The ways a target can be reached, each with its own health (lib/targets/health.ts). */
export const targetChannels = ["email", "phone", "post", "x", "bluesky"] as const;
export const targetChannel = pgEnum("target_channel", targetChannels);
export type TargetChannel = (typeof targetChannels)[number];

/** What happened to a target's channel: an organiser's mark, a refused delivery, or a supporter's report. */
export const channelEventKinds = ["marked_failing", "marked_working", "hard_bounce", "supporter_report"] as const;
export const channelEventKind = pgEnum("channel_event_kind", channelEventKinds);
export type ChannelEventKind = (typeof channelEventKinds)[number];
