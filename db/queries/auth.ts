import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { enqueueMail, type NewMail } from "@/db/queries/mail";
import { isSuspendedEmail } from "@/db/queries/users";
import { users } from "@/db/schema";

/**
 * Queues the magic-link email the caller composed (server/mail/sign-in.ts) and,
 * when the address has an account, remembers `locale` as the language its owner
 * last used (users.locale: their later mail is written in it). A suspended
 * address silently gets nothing, so the sign-in page answers every address the
 * same way.
 */
export async function queueSignInLink(mail: NewMail, locale: string) {
  if (await isSuspendedEmail(mail.to)) return;
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ locale }).where(and(eq(users.email, mail.to), sql`${users.locale} is distinct from ${locale}`));
    await enqueueMail(tx, mail);
  });
}
