import "server-only";
import { getTranslations } from "next-intl/server";
import type { ActionKind } from "@/db/schema";
import { getSiteSettings, kindIsCollecting } from "@/db/queries/settings";
import { getCampaignForSigning, isCollecting, type ActionCampaign } from "@/db/queries/signatures";

/** Why the gate is shut: the site-wide switches, the campaign's own pause, or the campaign does not collect the kind (closed, won, not enabled). */
export type GateReason = "sitePaused" | "collectionPaused" | "notCollecting";

export type Gate = { open: true; campaign: ActionCampaign } | { open: false; reason: GateReason; message: string };

/**
 * Whether a campaign takes a new action of `kind` right now (isCollecting,
 * the one rule every page and action of every kind follows), and if not, why
 * in the supporter's words. Each input is at most a few seconds old
 * (getSiteSettings, getCampaignForSigning).
 */
export async function collectionGate(slug: string, kind: ActionKind): Promise<Gate> {
  return collectionGateFor(await getCampaignForSigning(slug), kind);
}

/** collectionGate for a campaign the page has already loaded. */
export async function collectionGateFor(campaign: ActionCampaign | null, kind: ActionKind): Promise<Gate> {
  const settings = await getSiteSettings();
  if (campaign && isCollecting(settings, campaign, kind)) return { open: true, campaign };
  const reason: GateReason = !kindIsCollecting(settings, kind)
    ? "sitePaused"
    : campaign?.collectionPaused
      ? "collectionPaused"
      : "notCollecting";
  return { open: false, reason, message: await gateMessage(reason) };
}

/**
 * The one answer to a submission the gate shuts out, for every form of every
 * kind (signature and channel forms alike), including a campaign that closed
 * between the gate and the write (outcome.ts: "notCollecting").
 */
export async function gateMessage(reason: GateReason): Promise<string> {
  return (await getTranslations("SupporterActions.errors"))(reason);
}
