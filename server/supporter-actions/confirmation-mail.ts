import "server-only";
import { createTranslator } from "next-intl";
import { confirmWindowDays } from "@/db/queries/signatures";
import { actionKindTable, type SignatureKind } from "@/lib/action-kinds";
import { env } from "@/lib/env";
import { routes } from "@/lib/routes";
import messages from "@/messages/en";

/** A composed confirmation mail: the query stores it as given (db/queries/signatures.ts). */
export interface ConfirmationMail {
  /** The secret in the link; only its hash is stored. */
  token: string;
  subject: string;
  text: string;
}

type Translate = (key: string, values: Record<string, string | number>) => string;

let translator: Translate | undefined;

/** One translator for the process: creating it compiles the messages again on every signature. */
function translate(): Translate {
  return (translator ??= createTranslator({ locale: "en", messages }) as unknown as Translate);
}

/**
 * The mail asking a supporter to confirm a signature of `kind`, in the words
 * of its row's `confirmation.mail` messages ({campaign}, {url}, {days}).
 */
export function composeConfirmationMail(kind: SignatureKind, campaignTitle: string, token: string): ConfirmationMail {
  const t = translate();
  const namespace = actionKindTable[kind].confirmation.mail;
  const url = `${env().SITE_URL.replace(/\/$/, "")}${routes.confirm(token)}`;
  const values = { campaign: campaignTitle, url, days: confirmWindowDays };
  return { token, subject: t(`${namespace}.subject`, values), text: t(`${namespace}.text`, values) };
}
