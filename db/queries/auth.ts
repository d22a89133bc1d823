import "server-only";
import { getDb } from "@/db";
import { enqueueMail, type NewMail } from "@/db/queries/mail";
import { isSuspendedEmail } from "@/db/queries/users";

/**
 * Queues the magic-link email the caller composed (server/mail/sign-in.ts). A
 * suspended address silently gets nothing, so the sign-in page answers every
 * address the same way.
 */
export async function queueSignInLink(mail: NewMail) {
  if (await isSuspendedEmail(mail.to)) return;
  const db = await getDb();
  await db.transaction((tx) => enqueueMail(tx, mail));
}
