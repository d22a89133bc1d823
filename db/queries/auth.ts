import "server-only";
import { createTranslator } from "next-intl";
import { getDb } from "@/db";
import { enqueueMail } from "@/db/queries/mail";
import { isSuspendedEmail } from "@/db/queries/users";
import messages from "@/messages/en";

/**
 * Queues the magic-link email. A suspended address silently gets nothing, so
 * the sign-in page answers every address the same way.
 */
export async function queueSignInLink({ email, url, expires }: { email: string; url: string; expires: Date }) {
  if (await isSuspendedEmail(email)) return;
  const t = createTranslator({ locale: "en", messages, namespace: "Email.signIn" });
  const minutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60_000));
  const db = await getDb();
  await db.transaction((tx) =>
    enqueueMail(tx, { to: email, subject: t("subject"), text: t("text", { url, minutes }) }),
  );
}
