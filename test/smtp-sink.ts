/**
 * A local SMTP server for tests: listens on 127.0.0.1 only, on a free port,
 * accepts any sender without TLS or authentication and keeps every message in
 * memory. Nothing it receives goes anywhere else.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream } from "smtp-server";

export interface SinkMail {
  /** RCPT TO addresses of the envelope. */
  to: string[];
  from: string;
  subject: string;
  /** The decoded body (first part only for multipart mail); good enough for assertions. */
  text: string;
  raw: string;
}

export interface SmtpSink {
  port: number;
  /** smtp://127.0.0.1:PORT, for smtpTransport(). */
  url: string;
  messages: SinkMail[];
  waitForMail(predicate: (mail: SinkMail) => boolean, timeoutMs?: number): Promise<SinkMail>;
  /** While true, every connection is turned away at the greeting (an outage). */
  refuseConnections(refuse: boolean): void;
  /** Recipients for which RCPT TO is answered 550 (an address that does not exist). */
  rejectRecipients(predicate: (address: string) => boolean): void;
  stop(): Promise<void>;
}

function unfoldHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** RFC 2047 encoded words, as nodemailer writes non-ASCII subjects. */
function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*/g, (_all, _charset: string, encoding: string, text: string) =>
    encoding.toUpperCase() === "B"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8"),
  );
}

function decodeBody(body: string, transferEncoding: string | undefined): string {
  if (transferEncoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (transferEncoding === "quoted-printable") {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

function splitHeadAndBody(raw: string): [Map<string, string>, string] {
  const end = raw.search(/\r?\n\r?\n/);
  if (end === -1) return [unfoldHeaders(raw), ""];
  return [unfoldHeaders(raw.slice(0, end)), raw.slice(end).replace(/^\r?\n\r?\n/, "")];
}

/** The first text part: enough for mails nodemailer builds from `text` (and optionally `html`). */
function textOf(headers: Map<string, string>, body: string): string {
  const boundary = /boundary="?([^";]+)"?/i.exec(headers.get("content-type") ?? "")?.[1];
  if (!boundary) return decodeBody(body, headers.get("content-transfer-encoding")?.toLowerCase()).trim();
  const firstPart = body.split(`--${boundary}`)[1] ?? "";
  const [partHeaders, partBody] = splitHeadAndBody(firstPart.replace(/^\r?\n/, ""));
  return textOf(partHeaders, partBody);
}

export function parseMail(raw: string, envelope: { from: string; to: string[] }): SinkMail {
  const [headers, body] = splitHeadAndBody(raw);
  return { ...envelope, subject: decodeWords(headers.get("subject") ?? ""), text: textOf(headers, body), raw };
}

function readStream(stream: SMTPServerDataStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    stream.on("error", reject);
  });
}

function addressOf(address: SMTPServerAddress | false): string {
  return address ? address.address : "";
}

export interface SmtpSinkOptions {
  onMessage?: (mail: SinkMail) => void;
  /** A fixed port (to come back on the same one after stop()); a free one by default. */
  port?: number;
}

export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const messages: SinkMail[] = [];
  const waiters = new Set<() => void>();
  let refusing = false;
  let rejected: (address: string) => boolean = () => false;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    disableReverseLookup: true,
    // Short, so stop() never waits long for a client that keeps its connection.
    closeTimeout: 1_000,
    onConnect(_session, callback) {
      callback(refusing ? Object.assign(new Error("Service unavailable (test outage)"), { responseCode: 421 }) : null);
    },
    onRcptTo(address, _session, callback) {
      callback(rejected(address.address) ? Object.assign(new Error("No such user here"), { responseCode: 550 }) : null);
    },
    onData(stream, session, callback) {
      readStream(stream)
        .then((raw) => {
          const mail = parseMail(raw, { from: addressOf(session.envelope.mailFrom), to: session.envelope.rcptTo.map(addressOf) });
          messages.push(mail);
          options.onMessage?.(mail);
          for (const wake of waiters) wake();
          callback();
        })
        .catch(callback);
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  server.on("error", () => {}); // a client hanging up mid-session is not a test failure
  const port = (server.server.address() as AddressInfo).port;

  function waitForMail(predicate: (mail: SinkMail) => boolean, timeoutMs = 5_000): Promise<SinkMail> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = messages.find(predicate);
        if (!found) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`No matching mail within ${timeoutMs} ms (${messages.length} received)`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  }

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitForMail,
    refuseConnections: (refuse) => {
      refusing = refuse;
    },
    rejectRecipients: (predicate) => {
      rejected = predicate;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
