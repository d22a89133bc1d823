/**
 * Who may do what: every server action of the build and every organiser and
 * admin route, with the roles that are allowed. matrix.spec.ts fails when the
 * build has an action (or app/ a route) this table does not list, or the table
 * lists one that no longer exists.
 *
 * Actions that an allowed caller would really run are given fixtures of a
 * throwaway world (matrix-world.ts) or input that fails validation after the
 * permission check, so the matrix changes nothing anyone else uses.
 */
import { e2eSql } from "../auth";
import { randomSlug, type FormValue, type MatrixRole, type World } from "./matrix-world";

const everyone: readonly MatrixRole[] = ["anonymous", "supporter", "otherOrganiser", "ownerOrganiser", "admin"];
const signedIn: readonly MatrixRole[] = ["supporter", "otherOrganiser", "ownerOrganiser", "admin"];
const organisers: readonly MatrixRole[] = ["otherOrganiser", "ownerOrganiser", "admin"];
const campaignTeam: readonly MatrixRole[] = ["ownerOrganiser", "admin"];
const admins: readonly MatrixRole[] = ["admin"];

/** Admin tools change site-wide state, so the matrix posts forms that fail validation after the permission check. */
const adminOnly = (form: ActionCase["form"] = () => ({})): ActionCase => ({ allowed: admins, invalidInput: true, form });

export interface ActionCase {
  allowed: readonly MatrixRole[];
  form: (world: World) => Record<string, FormValue>;
  /**
   * Catalogue keys of the answers that mean "not yours" (the query layer's
   * WHERE found nothing the caller may touch). "Actions.forbidden" and a
   * redirect to /signin always count as refusals.
   */
  refusals?: readonly string[];
  /** The allowed callers' call must succeed (ok or a redirect), not just pass the permission check. */
  succeeds?: boolean;
  /**
   * The form is deliberately invalid: allowed callers must get field errors
   * (the permission check passed and nothing ran), everyone else a refusal.
   */
  invalidInput?: boolean;
  /** A plain form action, called with (formData) instead of (previousState, formData). */
  plain?: boolean;
  /** For actions whose answer looks the same either way: decides from the redirect or the database. */
  refusedWhen?: (world: World, redirect: string | null) => Promise<boolean> | boolean;
}

const today = () => new Date().toISOString().slice(0, 10);

/** A 1x1 PNG, the smallest photo preparePhoto accepts. */
const pixel = {
  name: "pixel.png",
  mimeType: "image/png",
  buffer: Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"),
};

const campaignFields = (w: World) => ({
  title: `Authz campaign ${w.campaignSlug}`,
  slug: w.campaignSlug,
  summary: "Edited by the authorization matrix.",
  actionKinds: "letter",
  defenderIds: w.defenderId,
});

const defenderFields = (w: World) => ({
  defenderId: w.defenderId,
  name: "Authz Defender",
  slug: w.defenderSlug,
  country: "CN",
  status: "detained",
  summary: "Edited by the authorization matrix.",
});

export const actionTable: Record<string, ActionCase> = {
  // Supporter actions: open to everyone. Empty forms fail validation, so nothing is recorded.
  "app/[locale]/(public)/campaigns/[slug]/letter/actions.ts#signLetter": { allowed: everyone, form: () => ({}) },
  "app/[locale]/(public)/campaigns/[slug]/sign-on/actions.ts#signOn": { allowed: everyone, form: () => ({}) },
  "app/[locale]/(public)/campaigns/[slug]/petition/actions.ts#signPetition": { allowed: everyone, form: () => ({}) },
  "app/[locale]/(public)/campaigns/[slug]/solidarity/actions.ts#sendSolidarityMessage": { allowed: everyone, form: () => ({}) },
  "app/[locale]/(public)/campaigns/[slug]/tweet/actions.ts#recordTweet": { allowed: everyone, form: () => ({}) },
  "app/[locale]/(public)/campaigns/[slug]/email/_channel/self-report-actions.ts#reportEmailSent": { allowed: everyone, form: () => ({}) },
  "app/[locale]/(public)/campaigns/[slug]/email/_channel/self-report-actions.ts#reportCallMade": { allowed: everyone, form: () => ({}) },
  "app/[locale]/(public)/campaigns/[slug]/email/_channel/self-report-actions.ts#reportLetterSent": { allowed: everyone, form: () => ({}) },
  // "This address bounced": the supporter pipeline's gate and screening; an empty form fails validation.
  "app/[locale]/(public)/campaigns/[slug]/email/_channel/report-actions.ts#reportChannelProblem": { allowed: everyone, form: () => ({}) },
  "app/[locale]/(public)/confirm/[token]/actions.ts#confirmFromLink": { allowed: everyone, form: () => ({}) },
  "app/[locale]/(public)/unsubscribe/[token]/actions.ts#unsubscribeAction": { allowed: everyone, form: () => ({}) },
  "app/[locale]/signin/actions.ts#requestSignInLink": { allowed: everyone, form: () => ({ email: "not an address" }) },
  "app/[locale]/signin/actions.ts#signInWithProvider": { allowed: everyone, form: () => ({ provider: "not-configured" }) },
  "app/[locale]/signin/page.tsx#$$RSC_SERVER_ACTION_0": { allowed: everyone, plain: true, form: () => ({ provider: "not-configured" }) },
  // Signing out ends only the caller's own (throwaway) session.
  "app/[locale]/signin/actions.ts#signOutOfInkwell": { allowed: everyone, form: () => ({}) },
  "components/organise/sign-out-button.tsx#$$RSC_SERVER_ACTION_0": { allowed: everyone, plain: true, form: () => ({}) },

  // A signed-in person's own account. Unconfirmed / too short input: the permission check passes, nothing is written.
  "app/[locale]/account/delete/actions.ts#deleteMyDataAction": { allowed: signedIn, form: () => ({}) },
  "app/[locale]/account/organiser-request/actions.ts#requestOrganiserAccessAction": { allowed: signedIn, form: () => ({ organisationName: "", reason: "" }) },
  // Accepting needs organiser rights and the invited address; the world's invitation is addressed to the caller.
  "app/[locale]/organise/campaigns/[id]/team/actions.ts#acceptInvitationAction": {
    allowed: organisers,
    succeeds: true,
    refusals: ["Organise.invitation.notOrganiser"],
    form: (w) => ({ token: w.invitationToken }),
  },

  // Anything an organiser starts from scratch: every organiser and admin.
  "app/[locale]/organise/campaigns/actions.ts#createCampaignAction": {
    allowed: organisers,
    succeeds: true,
    form: (w) => ({ ...campaignFields(w), slug: randomSlug("authz-new"), intent: "preview" }),
  },
  "app/[locale]/organise/defenders/actions.ts#createDefenderAction": { allowed: organisers, form: () => ({}) },
  // Targets are one shared directory: any organiser may edit any target (target:edit:any).
  "app/[locale]/organise/targets/actions.ts#saveTarget": {
    allowed: organisers,
    succeeds: true,
    form: (w) => ({ id: w.targetId, kind: "embassy", name: "Authz Embassy", representedState: "CN", hostCountry: "GB", isExample: "on" }),
  },
  // Marking a channel stops it being offered: only organisers of a campaign addressing the target, and admins (ADR 0028).
  "app/[locale]/organise/targets/health-actions.ts#markChannelAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["ChannelHealth.panel.notFound"],
    form: (w) => ({ targetId: w.targetId, channel: "bluesky", working: "1", reason: "Checked by the authorization matrix." }),
  },
  "app/[locale]/organise/targets/actions.ts#previewImport": { allowed: organisers, form: () => ({}) },
  "app/[locale]/organise/targets/actions.ts#confirmImport": { allowed: organisers, form: () => ({ draft: "not-a-signed-draft" }) },

  // The owner's campaign: its team and admins only.
  "app/[locale]/organise/campaigns/actions.ts#updateCampaignAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.campaign.notFound"],
    form: (w) => ({ ...campaignFields(w), campaignId: w.campaignId }),
  },
  // Submitting for review is the team's step (campaign:submit:own); admins publish or send back instead.
  "app/[locale]/organise/campaigns/actions.ts#changeStatusAction": {
    allowed: ["ownerOrganiser"],
    succeeds: true,
    refusals: ["Organise.lifecycle.notFound", "Organise.lifecycle.notAllowed"],
    form: (w) => ({ campaignId: w.campaignId, to: "in_review" }),
  },
  "app/[locale]/organise/campaigns/actions.ts#attachTargetAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.targets.notFound"],
    form: (w) => ({ campaignId: w.campaignId, rule: "embassy", responsibleState: "CN", targetKinds: "letter" }),
  },
  "app/[locale]/organise/campaigns/actions.ts#detachTargetAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.targets.notFound"],
    form: (w) => ({ campaignId: w.campaignId, campaignTargetId: w.campaignTargetId }),
  },
  "app/[locale]/organise/campaigns/[id]/team/actions.ts#inviteAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.team.notFound"],
    form: (w) => ({ campaignId: w.campaignId, email: `authz-invitee-${w.campaignSlug}@example.org` }),
  },
  "app/[locale]/organise/campaigns/[id]/team/actions.ts#revokeInvitationAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.team.notFound"],
    form: (w) => ({ campaignId: w.campaignId, invitationId: w.invitationId }),
  },
  "app/[locale]/organise/campaigns/[id]/team/actions.ts#removeOrganiserAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.team.notFound"],
    form: (w) => ({ campaignId: w.campaignId, userId: w.coOrganiserId }),
  },
  "app/[locale]/organise/campaigns/[id]/delivery/actions.ts#recordDeliveryAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Delivery.notFound"],
    form: (w) => ({ campaignId: w.campaignId, targetId: w.targetId, deliveredOn: today(), method: "post", actionCount: "3", response: "" }),
  },
  "app/[locale]/organise/campaigns/[id]/embed/actions.ts#saveEmbedOriginsAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Embed.notFound"],
    form: (w) => ({ campaignId: w.campaignId, origins: "https://partner.example" }),
  },
  // Partner sources (ADR 0029): the campaign's team and admins; a member of a source (every signed-in caller is one, of another source) is not.
  "app/[locale]/organise/campaigns/[id]/partners/actions.ts#createPartnerSourceAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.campaign.notFound"],
    form: (w) => ({ campaignId: w.campaignId, name: "Authz new partner", code: "authz-new", siteUrl: "partner.example" }),
  },
  "app/[locale]/organise/campaigns/[id]/partners/actions.ts#archivePartnerSourceAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Partners.organise.notFound"],
    form: (w) => ({ campaignId: w.campaignId, sourceId: w.partnerSourceId }),
  },
  "app/[locale]/organise/campaigns/[id]/partners/actions.ts#addPartnerMemberAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Partners.organise.notFound"],
    form: (w) => ({ campaignId: w.campaignId, sourceId: w.partnerSourceId, email: w.owner.email }),
  },
  "app/[locale]/organise/campaigns/[id]/partners/actions.ts#removePartnerMemberAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Partners.organise.notFound"],
    form: (w) => ({ campaignId: w.campaignId, sourceId: w.partnerSourceId, userId: w.partnerMemberId }),
  },
  "app/[locale]/organise/campaigns/[id]/delivery/actions.ts#saveResponseFromList": {
    allowed: campaignTeam,
    plain: true,
    form: (w) => ({ campaignId: w.campaignId, deliveryId: w.deliveryId, response: "They answered." }),
    // It always goes back to the delivery tab; the query string says whether it was saved.
    refusedWhen: (_w, redirect) => !redirect?.includes("response=saved"),
  },
  "app/[locale]/organise/campaigns/[id]/templates/actions.ts#saveTemplateAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Templates.errors.notFound"],
    form: (w) => ({ campaignId: w.campaignId, kind: "email", language: "en", targetId: "", subject: "Please act", body: "Dear {target.name}," }),
  },
  "app/[locale]/organise/campaigns/[id]/templates/actions.ts#deleteTemplateAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Templates.errors.notFound"],
    form: (w) => ({ campaignId: w.campaignId, templateId: w.templateId }),
  },
  "app/[locale]/organise/campaigns/[id]/templates/actions.ts#deleteTemplateFromList": {
    allowed: campaignTeam,
    plain: true,
    form: (w) => ({ campaignId: w.campaignId, templateId: w.templateId }),
    // It always goes back to the templates tab: whether the template is gone tells.
    refusedWhen: async (w) => (await e2eSql()`select 1 from templates where id = ${w.templateId}`).length > 0,
  },
  "app/[locale]/organise/campaigns/[id]/updates/actions.ts#postUpdateAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["CampaignUpdates.notFound"],
    form: (w) => ({ campaignId: w.campaignId, kind: "update", title: "Authz update", body: "", occurredOn: today() }),
  },
  // Versions in other languages (the world's campaign, update and defender have French ones): the team and admins.
  "app/[locale]/organise/campaigns/[id]/translations/actions.ts#saveCampaignTranslationAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.campaign.notFound"],
    form: (w) => ({ campaignId: w.campaignId, locale: "es", title: "Campaña de la matriz", summary: "Hecha por la matriz.", ask: "", storyMarkdown: "" }),
  },
  "app/[locale]/organise/campaigns/[id]/translations/actions.ts#deleteCampaignTranslationAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.campaign.notFound"],
    form: (w) => ({ campaignId: w.campaignId, locale: "fr" }),
  },
  "app/[locale]/organise/campaigns/[id]/translations/actions.ts#setCampaignSourceLocaleAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.campaign.notFound"],
    form: (w) => ({ campaignId: w.campaignId, sourceLocale: "es" }),
  },
  "app/[locale]/organise/campaigns/[id]/translations/actions.ts#saveUpdateTranslationAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.campaign.notFound"],
    form: (w) => ({ campaignId: w.campaignId, updateId: w.updateId, locale: "es", title: "Novedad de la matriz", body: "" }),
  },
  "app/[locale]/organise/campaigns/[id]/translations/actions.ts#deleteUpdateTranslationAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.campaign.notFound"],
    form: (w) => ({ campaignId: w.campaignId, updateId: w.updateId, locale: "fr" }),
  },
  "app/[locale]/organise/defenders/[id]/translations/actions.ts#saveDefenderTranslationAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.defender.notFound"],
    form: (w) => ({ defenderId: w.defenderId, locale: "es", summary: "Hecho por la matriz." }),
  },
  "app/[locale]/organise/defenders/[id]/translations/actions.ts#deleteDefenderTranslationAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.defender.notFound"],
    form: (w) => ({ defenderId: w.defenderId, locale: "fr" }),
  },
  "app/[locale]/organise/defenders/[id]/translations/actions.ts#setDefenderSourceLocaleAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.defender.notFound"],
    form: (w) => ({ defenderId: w.defenderId, sourceLocale: "es" }),
  },

  // The owner's defender profile (created by them and in their campaign): its organisers and admins.
  "app/[locale]/organise/defenders/actions.ts#updateDefenderAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.defender.notFound"],
    form: defenderFields,
  },
  "app/[locale]/organise/defenders/actions.ts#recordConsentAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.consent.notFound"],
    form: (w) => ({ defenderId: w.defenderId, consentStatus: "unknown" }),
  },
  "app/[locale]/organise/defenders/actions.ts#setQuietAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.quiet.notFound"],
    form: (w) => ({ defenderId: w.defenderId, quiet: "on" }),
  },
  "app/[locale]/organise/defenders/actions.ts#uploadPhotoAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.photo.notFound"],
    form: (w) => ({ defenderId: w.defenderId, photoAlt: "A test pixel.", photo: pixel }),
  },
  "app/[locale]/organise/defenders/actions.ts#removePhotoAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.photo.notFound"],
    form: (w) => ({ defenderId: w.defenderId }),
  },
  "app/[locale]/organise/defenders/actions.ts#saveEventAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.timeline.notFound"],
    form: (w) => ({ defenderId: w.defenderId, eventId: w.defenderEventId, occurredOn: "2024-01-03", kind: "arrest", text: "Arrested again." }),
  },
  "app/[locale]/organise/defenders/actions.ts#deleteEventAction": {
    allowed: campaignTeam,
    succeeds: true,
    refusals: ["Organise.timeline.notFound"],
    form: (w) => ({ defenderId: w.defenderId, eventId: w.defenderEventId }),
  },
  // The defender's team: an address with no organiser account is a field error for those allowed, "not yours" for the rest.
  "app/[locale]/organise/defenders/actions.ts#addDefenderOrganiserAction": {
    allowed: campaignTeam,
    refusals: ["Organise.defenderTeam.notFound"],
    form: (w) => ({ defenderId: w.defenderId, email: `nobody-${randomSlug("x")}@example.org` }),
  },
  // Removing the owner, the only member, is refused as "last organiser" for those allowed, "not yours" for the rest.
  "app/[locale]/organise/defenders/actions.ts#removeDefenderOrganiserAction": {
    allowed: campaignTeam,
    refusals: ["Organise.defenderTeam.notFound"],
    form: (w) => ({ defenderId: w.defenderId, userId: w.owner.id }),
  },

  // The admin area: role permissions only (moderation:decide, user:edit, abuse:manage, settings:edit).
  "app/[locale]/admin/moderation/actions.ts#decideAction": adminOnly(),
  "app/[locale]/admin/moderation/actions.ts#createReasonAction": adminOnly(),
  "app/[locale]/admin/moderation/targets/actions.ts#decideTargetRevisionAction": adminOnly(() => ({ revisionId: "00000000-0000-4000-8000-000000000000", decision: "maybe" })),
  "app/[locale]/admin/moderation/actions.ts#renameReasonAction": adminOnly(),
  "app/[locale]/admin/moderation/actions.ts#setReasonActiveAction": adminOnly(),
  "app/[locale]/admin/moderation/actions.ts#overdueHoursAction": adminOnly(),
  // The consent override (campaign:publish:any): an empty reason fails validation after the permission check.
  "app/[locale]/admin/moderation/actions.ts#overrideConsentAction": adminOnly(),
  "app/[locale]/admin/users/actions.ts#changeRoleAction": adminOnly(),
  "app/[locale]/admin/users/actions.ts#suspendAction": adminOnly(),
  "app/[locale]/admin/users/actions.ts#unsuspendAction": adminOnly(),
  "app/[locale]/admin/abuse/invalidations/actions.ts#invalidationAction": adminOnly(),
  "app/[locale]/admin/abuse/invalidations/actions.ts#undoInvalidationAction": adminOnly(),
  "app/[locale]/admin/abuse/limits/actions.ts#saveRateLimitsAction": adminOnly(),
  "app/[locale]/admin/abuse/lists/actions.ts#addListEntryAction": adminOnly(),
  "app/[locale]/admin/abuse/lists/actions.ts#removeListEntryAction": adminOnly(),
  "app/[locale]/admin/abuse/switches/actions.ts#setSiteSwitchAction": adminOnly(),
  // An empty form would mean "pause no kind": an unknown kind fails validation instead.
  "app/[locale]/admin/abuse/switches/actions.ts#setPausedKindsAction": adminOnly(() => ({ kinds: "not-a-kind" })),
  "app/[locale]/admin/abuse/switches/actions.ts#setCampaignSwitchAction": adminOnly(),
};

/** What a GET of a route answers a role: the page, a sign-in redirect, a 404, or a 401 (API). */
export type RouteOutcome = "ok" | "signin" | "notFound" | "unauthorized";

export interface RouteCase {
  /** Values for the dynamic segments, from the world. */
  params?: (world: World) => Record<string, string>;
  expect: Record<MatrixRole, RouteOutcome>;
}

const organiserPage: RouteCase["expect"] = { anonymous: "signin", supporter: "notFound", otherOrganiser: "ok", ownerOrganiser: "ok", admin: "ok" };
const ownCampaignPage: RouteCase["expect"] = { anonymous: "signin", supporter: "notFound", otherOrganiser: "notFound", ownerOrganiser: "ok", admin: "ok" };
const ownCampaignExport: RouteCase["expect"] = { anonymous: "unauthorized", supporter: "notFound", otherOrganiser: "notFound", ownerOrganiser: "ok", admin: "ok" };
const adminPage: RouteCase["expect"] = { anonymous: "signin", supporter: "notFound", otherOrganiser: "notFound", ownerOrganiser: "notFound", admin: "ok" };
const campaign = (w: World) => ({ id: w.campaignId });

export const routeTable: Record<string, RouteCase> = {
  "/organise": { expect: organiserPage },
  "/organise/campaigns/new": { expect: organiserPage },
  "/organise/campaigns/[id]": { params: campaign, expect: ownCampaignPage },
  "/organise/campaigns/[id]/analytics": { params: campaign, expect: ownCampaignPage },
  "/organise/campaigns/[id]/delivery": { params: campaign, expect: ownCampaignPage },
  "/organise/campaigns/[id]/embed": { params: campaign, expect: ownCampaignPage },
  "/organise/campaigns/[id]/team": { params: campaign, expect: ownCampaignPage },
  "/organise/campaigns/[id]/partners": { params: campaign, expect: ownCampaignPage },
  "/organise/campaigns/[id]/templates": { params: campaign, expect: ownCampaignPage },
  "/organise/campaigns/[id]/updates": { params: campaign, expect: ownCampaignPage },
  "/organise/campaigns/[id]/translations": { params: campaign, expect: ownCampaignPage },
  "/organise/defenders": { expect: organiserPage },
  "/organise/defenders/new": { expect: organiserPage },
  "/organise/defenders/[id]": { params: (w) => ({ id: w.defenderId }), expect: ownCampaignPage },
  "/organise/defenders/[id]/translations": { params: (w) => ({ id: w.defenderId }), expect: ownCampaignPage },
  // The invitation page only needs a signed-in viewer (the link is the secret); accepting needs organiser rights.
  "/organise/invitations/[token]": {
    params: (w) => ({ token: w.invitationToken }),
    expect: { anonymous: "signin", supporter: "ok", otherOrganiser: "ok", ownerOrganiser: "ok", admin: "ok" },
  },
  "/organise/targets": { expect: organiserPage },
  "/organise/targets/new": { expect: organiserPage },
  "/organise/targets/import": { expect: organiserPage },
  "/organise/targets/[id]": { params: (w) => ({ id: w.targetId }), expect: organiserPage },
  "/api/organise/campaigns/[id]/export.csv": { params: campaign, expect: ownCampaignExport },
  "/api/organise/campaigns/[id]/letters.pdf": { params: campaign, expect: ownCampaignExport },
  "/api/organise/campaigns/[id]/solidarity.pdf": { params: campaign, expect: ownCampaignExport },
  // A partner's page lists only the viewer's own sources; the download is for the source's members only: here none of the
  // callers (a member of another source, the campaign's organisers and admins included) is one.
  "/account/partners": { expect: { anonymous: "signin", supporter: "ok", otherOrganiser: "ok", ownerOrganiser: "ok", admin: "ok" } },
  "/api/partners/[sourceId]/export.csv": {
    params: (w) => ({ sourceId: w.partnerSourceId }),
    expect: { anonymous: "unauthorized", supporter: "notFound", otherOrganiser: "notFound", ownerOrganiser: "notFound", admin: "notFound" },
  },
  // The admin area: admins only; everyone else signed in gets a 404, so it does not even admit it exists.
  "/admin": { expect: adminPage },
  "/admin/abuse": { expect: adminPage },
  "/admin/abuse/invalidations": { expect: adminPage },
  "/admin/abuse/limits": { expect: adminPage },
  "/admin/abuse/lists": { expect: adminPage },
  "/admin/abuse/switches": { expect: adminPage },
  "/admin/abuse/trending": { expect: adminPage },
  "/admin/audit": { expect: adminPage },
  "/admin/moderation": { expect: adminPage },
  "/admin/moderation/reasons": { expect: adminPage },
  "/admin/moderation/targets": { expect: adminPage },
  "/admin/moderation/[type]/[id]": { params: (w) => ({ type: "organiser_request", id: w.organiserRequestId }), expect: adminPage },
  "/admin/users": { expect: adminPage },
  "/admin/users/[id]": { params: (w) => ({ id: w.owner.id }), expect: adminPage },
};

/** The folders whose every route must be in routeTable. */
export const guardedFolders = ["organise", "admin", "api/organise", "api/admin", "account/partners", "api/partners"] as const;
