import "server-only";
import { confirmWindowDays } from "@/db/queries/signatures";
import type { Locale } from "@/i18n/config";
import { actionKindTable, type SignatureKind } from "@/lib/action-kinds";
import { withHtml } from "@/lib/mail/html";
import { routes } from "@/lib/routes";
import { localizedUrl, translatorFor } from "@/server/translator";
import type { PartnerSource } from "@/db/queries/partner-sources";
import { cameThroughLine } from "./partner";

/** A composed confirmation mail: the query stores it as given (db/queries/signatures.ts). */
export interface ConfirmationMail {
  /** The secret in the link; only its hash is stored. */
  token: string;
  subject: string;
  text: string;
  /** The HTML part, made from `text` (lib/mail/html.ts). */
  html: string;
}

/**
 * The mail asking a supporter to confirm a signature of `kind`, in the words
 * of its row's `confirmation.mail` messages ({campaign}, {url}, {days}), in
 * the language the supporter signed in (`locale`), with the link to the confirm
 * page in that language (/fr/confirm/<token>).
 */
export async function composeConfirmationMail(
  kind: SignatureKind,
  campaignTitle: string,
  token: string,
  locale: Locale,
  partner?: Pick<PartnerSource, "name" | "siteUrl"> | null,
): Promise<ConfirmationMail> {
  const t = await translatorFor(locale);
  const namespace = actionKindTable[kind].confirmation.mail;
  const values = { campaign: campaignTitle, url: localizedUrl(routes.confirm(token), locale), days: confirmWindowDays };
  // Where the supporter came from, when a partner brought them (ADR 0029).
  const text = partner ? `${t(`${namespace}.text`, values)}\n\n${await cameThroughLine(partner, locale)}` : t(`${namespace}.text`, values);
  return withHtml({ token, subject: t(`${namespace}.subject`, values), text }, locale);
}
