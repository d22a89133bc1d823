import "server-only";
import type { ActionCampaign } from "@/db/queries/signatures";
import { recordSupporterAction, type SupporterActionInput } from "@/db/queries/supporter-actions";
import { requestLocale } from "@/i18n/navigation";
import type { ChannelKind } from "@/lib/action-kinds";
import { countSupporterAction } from "@/lib/metrics";
import { collectionGate } from "./gate";
import { cameThroughLine, partnerAttribution } from "./partner";
import { blocked, recorded, refused, type Refusal, type SupporterOutcome } from "./outcome";
import { screenChannelRequest, type ChannelScreening } from "./screening";

/**
 * The supporter pipeline for the kinds recorded at once (tweet, email, call,
 * solidarity, a letter posted by the supporter): gate, screening, then
 * recording, each once. No email, nothing to confirm: counted (or, for
 * moderated text, queued) on arrival.
 */

export type OpenChannel = { ok: true; campaign: ActionCampaign; screening: ChannelScreening } | Refusal;

/** The gate and the lists: whether this request may record a `kind` action on the campaign at all. */
export async function openChannel(kind: ChannelKind, campaignSlug: string): Promise<OpenChannel> {
  const [gate, screening] = await Promise.all([collectionGate(campaignSlug, kind), screenChannelRequest()]);
  if (!gate.open) {
    countSupporterAction(kind, "closed");
    return refused("closed", gate.message);
  }
  if (screening.blocked) {
    countSupporterAction(kind, "blocked");
    return blocked();
  }
  return { ok: true, campaign: gate.campaign, screening };
}

/** What a channel action records, apart from the campaign and kind. */
export type ChannelRecord = Omit<SupporterActionInput, "campaignSlug" | "kind" | "ipHash" | "locale" | "partnerSourceId" | "partnerContactConsent"> & {
  /** Keep no hash of the request's address (tweets: no personal data at all). */
  withoutAddress?: boolean;
  /** The form's partner code and "may contact me" box (fields.ts partnerFields); resolved here against the campaign's active sources. */
  source?: string | null;
  partnerContact?: boolean;
};

/**
 * Records an action through an open channel: rate limits, then the row (lib/action-kinds.ts
 * decides whether its text is moderated), with the request's language (actions.locale).
 */
export async function recordChannel(kind: ChannelKind, open: Extract<OpenChannel, { ok: true }>, record: ChannelRecord): Promise<SupporterOutcome> {
  const { withoutAddress, source, partnerContact, ...input } = record;
  const partner = await partnerAttribution(open.campaign.id, { source, partnerContact });
  const outcome = await recordSupporterAction(
    {
      ...input,
      campaignSlug: open.campaign.slug,
      kind,
      ipHash: withoutAddress ? null : open.screening.ipHash,
      locale: await requestLocale(),
      partnerSourceId: partner.source?.id ?? null,
      partnerContactConsent: partner.consent,
    },
    open.screening.charges,
  );
  const result = await recorded(outcome);
  countSupporterAction(kind, result.ok ? "accepted" : result.reason);
  return result.ok && partner.source ? { ok: true, partnerLine: await cameThroughLine(partner.source) } : result;
}

/** openChannel and recordChannel in one: for the kinds with nothing to work out in between. */
export async function recordChannelAction(kind: ChannelKind, campaignSlug: string, record: ChannelRecord): Promise<SupporterOutcome> {
  const open = await openChannel(kind, campaignSlug);
  return open.ok ? recordChannel(kind, open, record) : open;
}
