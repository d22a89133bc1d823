import { env, type Env } from "@/lib/env";
import { isLoopbackIp, parseIp } from "@/lib/net/ip";
import { isLoopbackHost } from "@/lib/origin";
import { clientIp, type HeaderSource } from "@/lib/request-meta";

/**
 * /dev/mail shows every queued mail, magic links included, to whoever can
 * reach the server. So: only in development and tests, or in the local
 * embedded demo, where no mail can leave the machine (no DATABASE_URL, no
 * SMTP_URL) and the outbox is the only way to read a sign-in link.
 */
export function devOutboxEnabled(e: Env = env()): boolean {
  return e.NODE_ENV !== "production" || (!e.DATABASE_URL && !e.SMTP_URL);
}

/**
 * Whether /dev/mail answers this request: always in development (and tests);
 * in the production build only for the local demo (devOutboxEnabled), and
 * there only to a client on this machine (loopback socket address, no trusted
 * proxy in between) that named it by a loopback Host, so neither another
 * machine nor a DNS-rebound page reads sign-in links. Never with an external
 * DATABASE_URL in production.
 */
export function devOutboxOpenTo(request: HeaderSource, e: Env = env()): boolean {
  if (e.NODE_ENV !== "production") return true;
  if (!devOutboxEnabled(e)) return false;
  const ip = clientIp(request);
  const address = ip ? parseIp(ip) : null;
  return address !== null && isLoopbackIp(address) && isLoopbackHost(request.get("host"));
}

export type TextPiece = { kind: "text"; text: string } | { kind: "link"; href: string };

const urlPattern = /https?:\/\/[^\s<>"']+/g;

/** Splits a plain-text body into text and http(s) links, so links can be rendered clickable. */
export function linkify(body: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of body.matchAll(urlPattern)) {
    // A sentence's closing punctuation is not part of the link.
    const href = match[0].replace(/[.,;:!?)\]]+$/, "");
    const start = match.index;
    if (start > last) pieces.push({ kind: "text", text: body.slice(last, start) });
    pieces.push({ kind: "link", href });
    last = start + href.length;
  }
  if (last < body.length) pieces.push({ kind: "text", text: body.slice(last) });
  return pieces;
}
