import "server-only";
import { queueSignInLink } from "@/db/queries/auth";
import type { NewMail } from "@/db/queries/mail";
import type { Locale } from "@/i18n/config";
import { withHtml } from "@/lib/mail/html";
import { translatorFor } from "@/server/translator";

export interface SignInLink {
  email: string;
  url: string;
  expires: Date;
  /** The language of the page the link was asked from: the mail is written in it, and the account (if any) remembers it. */
  locale: Locale;
}

/** The magic-link mail: where to click and for how many minutes the link works. */
export async function signInLinkMail({ email, url, expires, locale }: SignInLink): Promise<NewMail> {
  const t = await translatorFor(locale);
  const minutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60_000));
  return withHtml({ to: email, subject: t("Email.signIn.subject"), text: t("Email.signIn.text", { url, minutes }) }, locale);
}

/** Composes the magic-link mail and queues it (nothing for a suspended address: db/queries/auth.ts). */
export async function sendSignInLink(link: SignInLink): Promise<void> {
  await queueSignInLink(await signInLinkMail(link), link.locale);
}
