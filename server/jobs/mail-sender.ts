import { recordRecipientRefused } from "@/db/queries/channel-health";
import { claimDueMail, markFailed, markSent, releaseClaimedMail, type OutboxMail } from "@/db/queries/mail";
import { verifyUnsubscribeToken } from "@/db/queries/campaign-updates";
import { env } from "@/lib/env";
import { listUnsubscribeHeaders, messageIdFor, unsubscribeLinkIn } from "@/lib/mail/headers";
import { renderMailHtml } from "@/lib/mail/html";
import { transportFromEnv, type MailTransport, type OutgoingMail } from "@/lib/mail/transport";

export interface MailSenderOptions {
  /** Defaults to SMTP_URL's server, or the log when it is unset. */
  transport?: MailTransport;
  batchSize?: number;
  /** Bounds one run, so a huge queue cannot keep the job (and its lock) forever. */
  maxBatches?: number;
  /** Only these outbox rows (tests running beside other senders). */
  only?: string[];
  /** Mails sent at once, each on its own connection (default 4). */
  parallel?: number;
}

export interface MailSenderResult {
  sent: number;
  failed: number;
}

type SendError = Error & { code?: string; command?: string; responseCode?: number };

let defaultTransport: MailTransport | null | undefined;

function asSendError(error: unknown): SendError {
  return error instanceof Error ? error : new Error(String(error));
}

/** The server could not be reached or refused us: every other mail of the batch would fail the same way. */
function isServerProblem(error: SendError): boolean {
  return error.command === "CONN" || ["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "EAUTH"].includes(error.code ?? "");
}

/** A 5xx answer to RCPT TO: the address does not exist; retrying for days would only hurt our reputation. */
function isRecipientRefused(error: SendError): boolean {
  return error.code === "EENVELOPE" && (error.responseCode ?? 0) >= 500;
}

/**
 * An outbox row as it goes out (ADR 0027): its text and HTML parts (rows
 * queued without HTML get one made from the text, in no declared language),
 * a Message-ID derived from the row id, the Date of this attempt and, on a
 * campaign update (the only mail with a signed unsubscribe link), the
 * List-Unsubscribe headers for one-click unsubscribing.
 */
export function outgoingMail(mail: OutboxMail, siteUrl = env().SITE_URL): OutgoingMail {
  const link = mail.campaignId ? unsubscribeLinkIn(mail.textBody, siteUrl) : null;
  const bulk = link !== null && verifyUnsubscribeToken(link.token) !== null;
  return {
    to: mail.toAddress,
    subject: mail.subject,
    text: mail.textBody,
    html: mail.htmlBody ?? renderMailHtml(mail.textBody, { title: mail.subject }),
    messageId: messageIdFor(mail.id, siteUrl),
    date: new Date(),
    headers: bulk ? listUnsubscribeHeaders(siteUrl, link) : undefined,
  };
}

async function trySend(transport: MailTransport, mail: OutboxMail): Promise<SendError | undefined> {
  try {
    await transport.send(outgoingMail(mail));
    return undefined;
  } catch (error) {
    return asSendError(error);
  }
}

/**
 * What a run could not write down because the database went away mid-batch,
 * kept in this process until it answers again: mail handed to SMTP but not
 * yet marked sent (marking it later keeps it from going out twice), and mail
 * claimed but never tried (released, so it does not wait out its lease).
 */
const unsettled = { sent: new Set<string>(), untried: new Map<string, { id: string; attempts: number }>() };

async function settleAfterOutage(): Promise<void> {
  for (const id of [...unsettled.sent]) {
    await markSent(id);
    unsettled.sent.delete(id);
  }
  if (unsettled.untried.size > 0) {
    await releaseClaimedMail([...unsettled.untried.values()]);
    unsettled.untried.clear();
  }
}

function rememberUnsettled(untried: readonly OutboxMail[], sentIds: readonly string[] = []): void {
  for (const id of sentIds) unsettled.sent.add(id);
  for (const mail of untried) unsettled.untried.set(mail.id, { id: mail.id, attempts: mail.attempts });
}

/** Writes down one attempt's outcome. */
async function settle(mail: OutboxMail, error: SendError | undefined, result: MailSenderResult): Promise<void> {
  if (!error) {
    await markSent(mail.id);
    result.sent++;
    return;
  }
  const permanent = isRecipientRefused(error);
  await markFailed(mail.id, error.message, mail.attempts, { permanent });
  // A refused address that is also a target's email is a hard bounce of that channel (ADR 0028).
  if (permanent) await recordRecipientRefused(mail.toAddress, error.message);
  result.failed++;
}

/**
 * Sends a claimed batch `parallel` mails at a time (each on its own
 * connection: an SMTP server's greeting and round trips, not our CPU, set the
 * pace), settling each in order. Returns false when the server is unreachable
 * and the run should stop: the mails not yet tried go back to the queue.
 */
async function sendBatch(transport: MailTransport, batch: OutboxMail[], result: MailSenderResult, parallel: number): Promise<boolean> {
  for (let start = 0; start < batch.length; start += parallel) {
    const chunk = batch.slice(start, start + parallel);
    const rest = batch.slice(start + parallel);
    const errors = await Promise.all(chunk.map((mail) => trySend(transport, mail)));
    for (const [index, mail] of chunk.entries()) {
      await settle(mail, errors[index], result).catch((dbError: unknown) => {
        const unsettledChunk = chunk.slice(index);
        const sentIds = unsettledChunk.filter((_, k) => !errors[index + k]).map((m) => m.id);
        rememberUnsettled([...unsettledChunk.filter((_, k) => errors[index + k]), ...rest], sentIds);
        throw dbError;
      });
    }
    const serverProblem = errors.find((error) => error && isServerProblem(error));
    if (serverProblem) {
      for (const other of rest) await markFailed(other.id, `Not tried: ${serverProblem.message}`, other.attempts);
      result.failed += rest.length;
      return false;
    }
  }
  return true;
}

/**
 * Claims due mail and sends it until none is left (or maxBatches). Delivery
 * is at least once: a crash between sending and markSent sends that mail
 * again when its lease runs out.
 */
export async function runMailSenderOnce(options: MailSenderOptions = {}): Promise<MailSenderResult> {
  const transport = options.transport ?? (defaultTransport === undefined ? (defaultTransport = transportFromEnv()) : defaultTransport);
  if (!transport) return { sent: 0, failed: 0 };
  const batchSize = options.batchSize ?? 10;
  const result: MailSenderResult = { sent: 0, failed: 0 };
  await settleAfterOutage();
  for (let i = 0; i < (options.maxBatches ?? 50); i++) {
    const batch = await claimDueMail(batchSize, { only: options.only });
    const serverOk = await sendBatch(transport, batch, result, Math.max(1, options.parallel ?? 4));
    if (!serverOk || batch.length < batchSize) break;
  }
  return result;
}
