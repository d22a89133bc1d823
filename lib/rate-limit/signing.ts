import "server-only";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { ActionKind } from "@/db/schema";
import { consumeRateLimits } from "@/db/queries/rate-limit";
import { getSiteSettings, kindIsCollecting } from "@/db/queries/settings";
import { campaignCollects, getCampaignForAction, type ActionCampaign } from "@/db/queries/signatures";
import { verifyCaptcha } from "@/lib/captcha";
import { keyedHash } from "@/lib/crypto";
import { emailDomain } from "@/lib/email/canonical";
import { requestMeta } from "@/lib/request-meta";
import { chargesFor } from "./policy";

export type Gate = { open: true; campaign: ActionCampaign } | { open: false; message: string };

/**
 * Whether a campaign takes a new action of `kind` right now, and if not, why
 * in the supporter's words: the site-wide kill switches first, then the
 * campaign's own pause, then whether it collects this kind at all.
 */
export async function collectionGate(slug: string, kind: ActionKind): Promise<Gate> {
  return collectionGateFor(await getCampaignForAction(slug), kind);
}

/** collectionGate for a campaign the page has already loaded. */
export async function collectionGateFor(campaign: ActionCampaign | null, kind: ActionKind): Promise<Gate> {
  const [settings, t] = await Promise.all([getSiteSettings(), getTranslations("SupporterActions.errors")]);
  if (!campaign) return { open: false, message: t("notCollecting") };
  if (!kindIsCollecting(settings, kind)) return { open: false, message: t("sitePaused") };
  if (campaign.collectionPaused) return { open: false, message: t("collectionPaused") };
  if (!campaignCollects(campaign, kind)) return { open: false, message: t("notCollecting") };
  return { open: true, campaign };
}

export interface Screening {
  allowed: boolean;
  powVerified: boolean;
  ipHash: string | null;
}

/**
 * The abuse checks of a signing form: the proof of work (a missing, wrong or
 * replayed one only means stricter limits), then one rate-limit statement over
 * the IP, email and email-domain buckets.
 */
export async function screenSubmission(canonicalEmail: string, altchaPayload: string | undefined): Promise<Screening> {
  const meta = requestMeta(await headers());
  const ipHash = meta.ip ? keyedHash("ip", meta.ip) : null;
  const [powVerified, settings] = await Promise.all([verifyCaptcha(altchaPayload), getSiteSettings()]);
  const charges = chargesFor(
    "sign",
    { ipHash, emailHash: keyedHash("email", canonicalEmail), emailDomain: emailDomain(canonicalEmail), powVerified },
    settings.rateLimits,
  );
  const verdict = await consumeRateLimits(charges);
  return { allowed: verdict.allowed, powVerified, ipHash };
}
