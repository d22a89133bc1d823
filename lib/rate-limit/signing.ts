import "server-only";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { ActionKind } from "@/db/schema";
import { checkLists, type ListVerdict } from "@/db/queries/abuse-lists";
import { spendAndCharge } from "@/db/queries/rate-limit";
import { getSiteSettings, kindIsCollecting } from "@/db/queries/settings";
import { campaignCollects, getCampaignForSigning, type ActionCampaign } from "@/db/queries/signatures";
import { checkCaptcha } from "@/lib/captcha";
import { keyedHash } from "@/lib/crypto";
import { emailDomain } from "@/lib/email/canonical";
import { requestMeta } from "@/lib/request-meta";
import { chargesFor } from "./policy";

export type Gate = { open: true; campaign: ActionCampaign } | { open: false; message: string };

/**
 * Whether a campaign takes a new action of `kind` right now, and if not, why
 * in the supporter's words: the site-wide kill switches first, then the
 * campaign's own pause, then whether it collects this kind at all. Each is
 * at most a few seconds old (getSiteSettings, getCampaignForSigning).
 */
export async function collectionGate(slug: string, kind: ActionKind): Promise<Gate> {
  return collectionGateFor(await getCampaignForSigning(slug), kind);
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
  /** Why a submission was refused, in the supporter's words. */
  message?: string;
  powVerified: boolean;
  ipHash: string | null;
}

export interface RequestListCheck {
  verdict: ListVerdict;
  ipHash: string | null;
}

/**
 * The block and allow lists for this request's address and, when the action
 * carries one, its email: every public action path asks this first.
 */
export async function checkRequestLists(canonicalEmail: string | null): Promise<RequestListCheck> {
  const { ip } = requestMeta(await headers());
  const verdict = await checkLists({ ip, canonicalEmail });
  return { verdict, ipHash: ip ? keyedHash("ip", ip) : null };
}

/** What a blocked supporter is told: plainly refused, nothing stored. */
export async function blockedMessage(): Promise<string> {
  return (await getTranslations("Abuse"))("blocked");
}

/**
 * The abuse checks of a signing form: the block list (refused, nothing
 * written), the proof of work (a missing, wrong or replayed one only means
 * stricter limits), then, in one statement with spending the proof of work,
 * the rate limits over the IP, email and email-domain buckets, not charged for
 * an allow-listed network or address.
 */
export async function screenSubmission(canonicalEmail: string, altchaPayload: string | undefined): Promise<Screening> {
  const { verdict, ipHash } = await checkRequestLists(canonicalEmail);
  if (verdict === "blocked") return { allowed: false, message: await blockedMessage(), powVerified: false, ipHash };
  const [solution, settings] = await Promise.all([checkCaptcha(altchaPayload), getSiteSettings()]);
  const submitter = { ipHash, emailHash: keyedHash("email", canonicalEmail), emailDomain: emailDomain(canonicalEmail) };
  const charged = verdict !== "allowed";
  const always = charged ? chargesFor("sign", { ...submitter, powVerified: true }, settings.rateLimits) : [];
  const withoutProof = charged ? chargesFor("sign", { ...submitter, powVerified: false }, settings.rateLimits) : [];
  const { powVerified, verdict: judged } = await spendAndCharge(solution, always, withoutProof);
  if (judged.allowed) return { allowed: true, powVerified, ipHash };
  const t = await getTranslations("SupporterActions.errors");
  return { allowed: false, message: t("rateLimited"), powVerified, ipHash };
}
