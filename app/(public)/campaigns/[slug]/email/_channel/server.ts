import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { knownCountry } from "@/lib/countries";
import { getSiteSettings, kindIsCollecting } from "@/db/queries/settings";
import type { ChannelKind, RecordOutcome } from "@/db/queries/supporter-actions";
import type { ActionState } from "@/server/action";
import type { Charge } from "@/lib/rate-limit/policy";
import { blockedMessage, checkRequestLists } from "@/lib/rate-limit/signing";
import { requestMeta } from "@/lib/request-meta";
import type { TemplateValues } from "@/lib/templates/render";

/** Shared by the tweet, email, call, solidarity and post-it pages and their actions. */

/** A fresh key for a form's hidden idempotency field: one per rendered form. */
export function newIdempotencyKey(): string {
  return randomUUID();
}

/**
 * The supporter's country for choosing targets: the one they picked (?country=),
 * else a guess from Accept-Language. Never from IP geolocation.
 */
export async function supporterCountry(picked: string | string[] | undefined): Promise<string | null> {
  const fromQuery = knownCountry(typeof picked === "string" ? picked : undefined);
  if (fromQuery) return fromQuery;
  return knownCountry(requestMeta(await headers()).country);
}

export interface ChannelRequest {
  /** The site-wide kill switch for this kind is off. */
  collecting: boolean;
  /** The address or network is on the block list: refuse, write nothing. */
  blocked: boolean;
  ipHash: string | null;
  /** Rate-limit buckets for this submission: per hashed IP, shared by every channel and campaign; none when allow-listed. */
  charges: Charge[];
}

export async function channelRequest(kind: ChannelKind): Promise<ChannelRequest> {
  const [settings, lists] = await Promise.all([getSiteSettings(), checkRequestLists(null)]);
  const { ipHash } = lists;
  const limited = ipHash !== null && lists.verdict === "none";
  return {
    collecting: kindIsCollecting(settings, kind),
    blocked: lists.verdict === "blocked",
    ipHash,
    charges: limited ? [{ key: `channel:ip:${ipHash}`, ...settings.rateLimits.perIp }] : [],
  };
}

/** What the form shows after a recording attempt; a repeat reads exactly like a first submission. */
export async function outcomeState(outcome: RecordOutcome | "paused" | "blocked", success: string): Promise<ActionState> {
  const t = await getTranslations("Channels");
  switch (outcome) {
    case "blocked":
      return { ok: false, message: await blockedMessage() };
    case "paused":
      return { ok: false, message: (await getTranslations("SupporterActions.errors"))("sitePaused") };
    case "recorded":
    case "repeat":
      return { ok: true, message: success };
    case "rate_limited":
      return { ok: false, message: t("rateLimited") };
    case "unknown_target":
      return { ok: false, message: t("unknownTarget") };
    case "closed":
      return { ok: false, message: t("closed") };
  }
}

/** Longest outcome note a caller may leave ("They said they would pass it on"). */
export const callNoteMaxLength = 280;

/** Form fields every recorded action carries. */
export const idempotencyKeyField = z.uuid("Validation.invalid");

/** An optional ISO country from a select; empty means not given. */
export const optionalCountryField = z
  .string()
  .default("")
  .transform((value) => value.trim())
  .transform((value) => (value === "" ? null : value))
  .refine((value) => value === null || knownCountry(value) !== null, "Validation.invalid")
  .transform((value) => (value === null ? null : knownCountry(value)));

export const optionalUuidField = z
  .string()
  .default("")
  .transform((value) => value.trim())
  .transform((value) => (value === "" ? null : value))
  .pipe(z.uuid("Validation.invalid").nullable());

/** Trimmed text up to `max` characters; empty becomes null. */
export function optionalTextField(max: number) {
  return z
    .string()
    .default("")
    .transform((value) => value.trim())
    .pipe(z.string().max(max, "Validation.tooLong"))
    .transform((value) => (value === "" ? null : value));
}

/** Placeholder values every channel's template may use, apart from the supporter's own. */
/**
 * For texts the supporter completes before using them (the call script they
 * read out, the email they edit before sending): "[your name]" where their
 * own details go, so the sentence still reads (lib/templates/render.ts).
 */
export async function fillInFallbacks(): Promise<TemplateValues> {
  const t = await getTranslations("Channels.fillIn");
  return { "supporter.name": t("name"), "supporter.city": t("city"), "supporter.country": t("country") };
}

export function commonTemplateValues(
  campaign: { title: string; defenderNames: string[] },
  target: { honorific: string | null; name: string; title: string | null } | null,
  locale: string,
) {
  return {
    "campaign.title": campaign.title,
    "defender.name": new Intl.ListFormat(locale, { type: "conjunction" }).format(campaign.defenderNames),
    "target.honorific": target?.honorific,
    "target.name": target?.name,
    "target.title": target?.title,
  };
}
