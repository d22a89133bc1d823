/**
 * Reading the mail the app sent during e2e runs: scripts/e2e.ts runs an SMTP
 * sink for the whole suite and writes each message into E2E_MAIL_DIR.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SinkMail } from "../test/smtp-sink";

function mailDir(): string {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set: run e2e through scripts/e2e.ts (npm run test:e2e)");
  return dir;
}

export function sentMail(): SinkMail[] {
  const dir = mailDir();
  return readdirSync(dir)
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as SinkMail);
}

/** The newest mail to `to` (matching `subject` when given), waiting up to timeoutMs for it to arrive. */
export async function waitForMail(to: string, options: { subject?: RegExp; timeoutMs?: number } = {}): Promise<SinkMail> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  const wanted = to.toLowerCase();
  for (;;) {
    const found = sentMail()
      .reverse()
      .find((m) => m.to.some((t) => t.toLowerCase() === wanted) && (!options.subject || options.subject.test(m.subject)));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No mail to ${to} within ${options.timeoutMs ?? 15_000} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The first http(s) link in a mail's text that contains `pathPart`. */
export function linkIn(mail: SinkMail, pathPart: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => url.includes(pathPart));
  if (!link) throw new Error(`No link containing ${pathPart} in mail "${mail.subject}"`);
  return link.replace(/[).,>]+$/, "");
}
