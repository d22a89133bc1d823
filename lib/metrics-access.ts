import { createHash, timingSafeEqual } from "node:crypto";
import { isLoopbackIp, parseIp } from "@/lib/net/ip";
import { isAllowedHost, isLoopbackHost } from "@/lib/origin";
import type { HeaderSource } from "@/lib/request-meta";
import { forwardedHeader, socketAddressHeader } from "@/lib/socket-address";

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

/** Compares in constant time (both sides hashed first, so their lengths leak nothing either). */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Who may read /metrics (ADR 0032); everyone else gets 404, as if it did not exist.
 * - METRICS_TOKEN set: only a request with `Authorization: Bearer <METRICS_TOKEN>`.
 * - METRICS_TOKEN unset: only a TCP peer on loopback (lib/socket-address.ts) whose request
 *   carried no forwarding header when it reached the socket: in production nginx on
 *   loopback forwards public requests and adds X-Forwarded-For; a scraper on the same
 *   machine talks to the app directly. Its Host must be this site's or a loopback name, so a
 *   page whose domain was rebound to 127.0.0.1 in a browser on the server reads nothing.
 * The forwarded marker is written from the socket for every request; a request without it
 * (the hook not installed yet) counts as forwarded.
 */
export function metricsAllowed(headers: HeaderSource, token: string | undefined, allowedHost: (host: string | null) => boolean = isAllowedHost): boolean {
  if (token) {
    const match = /^Bearer ([^\s]+)$/.exec(headers.get("authorization")?.trim() ?? "");
    return match !== null && sameSecret(match[1]!, token);
  }
  if (headers.get(forwardedHeader) !== "0") return false;
  const socket = parseIp(headers.get(socketAddressHeader) ?? "");
  if (!socket || !isLoopbackIp(socket)) return false;
  const host = headers.get("host");
  return isLoopbackHost(host) || allowedHost(host);
}
