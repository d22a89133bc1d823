import "server-only";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { checkLists, type ListVerdict } from "@/db/queries/abuse-lists";
import { spendAndCharge } from "@/db/queries/rate-limit";
import { getSiteSettings } from "@/db/queries/settings";
import { checkCaptcha } from "@/lib/captcha";
import { keyedHash } from "@/lib/crypto";
import { emailDomain } from "@/lib/email/canonical";
import { requestMeta } from "@/lib/request-meta";
import type { SignatureKind } from "@/lib/action-kinds";
import { chargesFor, type Charge } from "@/lib/rate-limit/policy";

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

/** The signature a screened submission would store, so a repeat of one already stored is recognised. */
export interface ScreenedSignature {
  campaignId: string;
  kind: SignatureKind;
}

/**
 * Screening, the second step of the supporter pipeline (after the gate): the
 * block and allow lists, the proof-of-work captcha and the rate limits
 * (lib/rate-limit/policy.ts). Signatures (kinds confirmed by email) are
 * screened per address and email (screenSubmission); the actions recorded at
 * once per address (screenChannelRequest).
 */

/**
 * The abuse checks of a signing form, after its validation and honeypot
 * (neither of which charges anything): the block list (refused, nothing
 * written), the proof of work (a missing, wrong or replayed one only means
 * stricter limits), then, in one statement with spending the proof of work,
 * the rate limits (lib/rate-limit/policy.ts), not charged for an allow-listed
 * network or address. The requester's own network buckets are always charged;
 * the email's only when the network was within its limits; the email domain's
 * (only without proof of work) only when everything else allowed the submission
 * and, given `signature`, it is not a repeat of a stored signature. So refused
 * and duplicate posts never spend a stranger's budget, and a domain limit never
 * stops a signer with a proof of work.
 */
export async function screenSubmission(
  canonicalEmail: string,
  altchaPayload: string | undefined,
  signature?: ScreenedSignature,
): Promise<Screening> {
  const { verdict, ipHash } = await checkRequestLists(canonicalEmail);
  if (verdict === "blocked") return { allowed: false, message: await blockedMessage(), powVerified: false, ipHash };
  const [solution, settings] = await Promise.all([checkCaptcha(altchaPayload), getSiteSettings()]);
  const emailHash = keyedHash("email", canonicalEmail);
  const submitter = { ipHash, emailHash, emailDomain: emailDomain(canonicalEmail) };
  const charges = verdict === "allowed" ? [] : chargesFor("sign", submitter, settings.rateLimits);
  const newSigner = signature ? { ...signature, emailHash } : undefined;
  const { powVerified, verdict: judged } = await spendAndCharge(solution, charges, { newSigner });
  if (judged.allowed) return { allowed: true, powVerified, ipHash };
  const t = await getTranslations("SupporterActions.errors");
  return { allowed: false, message: t("rateLimited"), powVerified, ipHash };
}

/** A channel action's screening: blocked (refuse, write nothing) or the rate-limit buckets recording charges. */
export interface ChannelScreening {
  /** The address or network is on the block list: refuse, write nothing. */
  blocked: boolean;
  ipHash: string | null;
  /** Rate-limit buckets for this submission: per hashed IP, shared by every channel and campaign; none when allow-listed. */
  charges: Charge[];
}

/** The lists for this request's address, and the per-address buckets recording a channel action charges. */
export async function screenChannelRequest(): Promise<ChannelScreening> {
  const [settings, lists] = await Promise.all([getSiteSettings(), checkRequestLists(null)]);
  const { ipHash } = lists;
  const limited = ipHash !== null && lists.verdict === "none";
  return {
    blocked: lists.verdict === "blocked",
    ipHash,
    charges: limited ? [{ key: `channel:ip:${ipHash}`, ...settings.rateLimits.perIp }] : [],
  };
}
