import "server-only";
import { getTranslations } from "next-intl/server";
import type { ActionCampaign } from "@/db/queries/signatures";
import { resolveSupporterTargetsForSigning } from "@/db/queries/supporter-targets";
import { templateLanguagesForSigning } from "@/db/queries/template-languages";
import { actionKindTable, type SignatureKind } from "@/lib/action-kinds";
import { askedLanguage, defaultLanguage } from "@/lib/templates/language";

/** The form field a signature posts its letter's language in (the page renders the language it showed). */
export const letterLanguageField = "language";

export type SignatureLanguage =
  | { ok: true; language: string | null }
  | { ok: false; message: string; fieldErrors: Record<string, string[]> };

/**
 * The language of what a signature sends (actions.language), checked against
 * the campaign's templates of the kind (lib/templates/language.ts):
 * - posted and one of the campaign's template languages: that one;
 * - posted and not one of them (a stale page, a crafted post): refused, next
 *   to the field, before anything is screened or stored;
 * - not posted (a page rendered before the field existed): the page's own
 *   default, the interface language, else the target's, else the campaign's;
 * - a kind without a template (an organisation's sign-on): the interface
 *   language, which is what its statement is written in.
 * Null when the kind has a template but the campaign has written none.
 */
export async function signatureLanguage(
  kind: SignatureKind,
  campaign: Pick<ActionCampaign, "id" | "sourceLocale">,
  posted: string | undefined,
  country: string,
  locale: string,
): Promise<SignatureLanguage> {
  const row = actionKindTable[kind];
  if (row.templateKind === null) return { ok: true, language: locale };
  const available = await templateLanguagesForSigning(campaign.id, row.templateKind);
  if (posted) {
    const language = askedLanguage(available, posted);
    if (language !== null) return { ok: true, language };
    const message = (await getTranslations("SupporterActions.errors"))("unknownLanguage");
    return { ok: false, message, fieldErrors: { [letterLanguageField]: [message] } };
  }
  const targets = row.needsTarget ? await resolveSupporterTargetsForSigning(campaign.id, kind, country) : [];
  return {
    ok: true,
    language: defaultLanguage(available, { locale, targetLanguage: targets[0]?.target.language ?? null, sourceLocale: campaign.sourceLocale }),
  };
}
