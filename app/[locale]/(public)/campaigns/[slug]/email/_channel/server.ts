import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { knownCountry } from "@/lib/countries";
import { requestMeta } from "@/lib/request-meta";
import type { TemplateValues } from "@/lib/templates/render";
import type { ChannelCampaign, LanguagePreference } from "@/db/queries/supporter-actions";
import { listTemplateLanguages } from "@/db/queries/template-languages";
import { actionKindTable, type ChannelKind } from "@/lib/action-kinds";
import { askedLanguage } from "@/lib/templates/language";

/** Shared by the tweet, email, call, solidarity and post-it pages (their actions go through server/supporter-actions). */

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

/**
 * The language preference of a channel page (?lang=, the page's language, the
 * campaign's own; each offer chooses with it, db/queries/supporter-actions.ts)
 * and the languages its general template is written in, for the switch.
 * `asked` is ?lang= only when the campaign wrote the text in it.
 */
export async function channelLanguages(
  campaign: Pick<ChannelCampaign, "id" | "sourceLocale">,
  kind: ChannelKind,
  lang: string | string[] | undefined,
): Promise<{ preference: LanguagePreference; available: string[]; asked: string | null }> {
  const templateKind = actionKindTable[kind].templateKind;
  const [available, locale] = await Promise.all([templateKind ? listTemplateLanguages(campaign.id, templateKind) : [], getLocale()]);
  const asked = askedLanguage(available, Array.isArray(lang) ? lang[0] : lang);
  return { preference: { asked, locale, sourceLocale: campaign.sourceLocale }, available, asked };
}
