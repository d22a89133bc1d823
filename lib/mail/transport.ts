import nodemailer from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import { env } from "@/lib/env";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** "<id@host>" (lib/mail/headers.ts); the same for every attempt at one outbox row. */
  messageId?: string;
  /** When this attempt is made; nodemailer's own clock when absent. */
  date?: Date;
  /** Extra headers (List-Unsubscribe on bulk mail). */
  headers?: Record<string, string>;
}

export interface MailTransport {
  kind: "smtp" | "log";
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Real SMTP. One connection per message (no pool) so a broken connection never outlives a send. */
export function smtpTransport(smtpUrl: string, from = env().MAIL_FROM): MailTransport {
  // An SMTPTransport instance, not options: a "?pool=true" in the URL cannot turn pooling on.
  const transporter = nodemailer.createTransport(
    new SMTPTransport({
      ...parseConnectionUrl(smtpUrl),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      dnsTimeout: 10_000,
    }),
  );
  return {
    kind: "smtp",
    async send(mail) {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        // With both, nodemailer writes multipart/alternative: the text first, the HTML last (preferred by clients that show it).
        text: mail.text,
        html: mail.html ?? undefined,
        messageId: mail.messageId,
        date: mail.date,
        headers: mail.headers,
      });
    },
    close: () => transporter.close(),
  };
}

/**
 * Without SMTP_URL nothing leaves the machine: the mail is written to the
 * server log (and stays readable at /dev/mail) and counts as delivered.
 */
export function logTransport(log: (line: string) => void = console.info): MailTransport {
  return {
    kind: "log",
    async send(mail) {
      const extra = Object.entries(mail.headers ?? {}).map(([name, value]) => `\n${name}: ${value}`).join("");
      log(`[mail] (not sent: SMTP_URL is unset)\nTo: ${mail.to}\nSubject: ${mail.subject}${extra}\n\n${mail.text}\n[/mail]`);
    },
    close() {},
  };
}

/**
 * SMTP when configured; the log for development and the embedded demo; and
 * null for a production deployment on a real database without SMTP, where
 * logging mail as delivered would lose it: it stays queued until SMTP_URL is set.
 */
export function transportFromEnv(): MailTransport | null {
  const { SMTP_URL, DATABASE_URL, NODE_ENV } = env();
  if (SMTP_URL) return smtpTransport(SMTP_URL);
  if (DATABASE_URL && NODE_ENV === "production") return null;
  return logTransport();
}
