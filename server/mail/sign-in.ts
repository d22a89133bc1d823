import "server-only";
import { createTranslator } from "next-intl";
import { queueSignInLink } from "@/db/queries/auth";
import type { NewMail } from "@/db/queries/mail";
import messages from "@/messages/en";

export interface SignInLink {
  email: string;
  url: string;
  expires: Date;
}

/** The magic-link mail: where to click and for how many minutes the link works. */
export function signInLinkMail({ email, url, expires }: SignInLink): NewMail {
  const t = createTranslator({ locale: "en", messages, namespace: "Email.signIn" });
  const minutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60_000));
  return { to: email, subject: t("subject"), text: t("text", { url, minutes }) };
}

/** Composes the magic-link mail and queues it (nothing for a suspended address: db/queries/auth.ts). */
export async function sendSignInLink(link: SignInLink): Promise<void> {
  await queueSignInLink(signInLinkMail(link));
}
