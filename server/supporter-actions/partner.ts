import "server-only";
import { getTranslations } from "next-intl/server";
import { resolvePartnerSource, type PartnerSource } from "@/db/queries/partner-sources";
import type { Locale } from "@/i18n/config";
import { requestLocale } from "@/i18n/navigation";
import type { PartnerSourceChoice } from "@/lib/partner-source";
import { translatorFor } from "@/server/translator";

/**
 * Partner attribution in the supporter pipeline (ADR 0029): the form's `source` code is
 * resolved against the campaign's active sources (an unknown, archived or other campaign's
 * code is no source, never an error), and the "may contact me" box counts only when a
 * source resolved.
 */
export interface PartnerAttribution {
  source: PartnerSource | null;
  /** Stored as actions.partner_contact_consent: true only with a source. */
  consent: boolean;
}

export async function partnerAttribution(campaignId: string, input: { source?: string | null; partnerContact?: boolean }): Promise<PartnerAttribution> {
  const source = input.source ? await resolvePartnerSource(campaignId, input.source) : null;
  return { source, consent: source !== null && input.partnerContact === true };
}


/** The page's ?source= as the forms show it, or null when it names no active source of this campaign. */
export async function partnerSourceForPage(campaignId: string, asked: string | string[] | undefined): Promise<PartnerSourceChoice | null> {
  const source = await resolvePartnerSource(campaignId, Array.isArray(asked) ? asked[0] : asked);
  if (!source) return null;
  const t = await getTranslations("Partners.field");
  return {
    code: source.code,
    name: source.name,
    siteUrl: source.siteUrl,
    contactLabel: t("contact", { partner: source.name }),
    contactHint: t("contactHint", { partner: source.name }),
  };
}

/** "You came here through <name> (<site>)." in the request's language, or in `locale` (mail). */
export async function cameThroughLine(source: Pick<PartnerSource, "name" | "siteUrl">, locale?: Locale): Promise<string> {
  const t = await translatorFor(locale ?? (await requestLocale()));
  const site = source.siteUrl?.replace(/^https?:\/\//i, "").replace(/\/$/, "");
  return site ? t("Partners.field.cameThrough", { partner: source.name, site }) : t("Partners.field.cameThroughNoSite", { partner: source.name });
}
