import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { mailStatus } from "./enums";

/**
 * Outgoing mail, written in the same transaction as what caused it, then sent
 * by a worker with retries. Without SMTP_URL in development it stays here and
 * is shown at /dev/mail.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body"),
    /** What this mail is about, so "go quiet" on a defender can hold it back. */
    campaignId: uuid("campaign_id"),
    status: mailStatus("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    sendAfter: timestamp("send_after", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("mail_outbox_due_idx").on(t.status, t.sendAfter)],
);
