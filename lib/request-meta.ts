import { env } from "@/lib/env";
import { formatIp, inRange, parseCidrList, parseIp, type IpAddress, type IpRange } from "@/lib/net/ip";
import { socketAddressHeader } from "@/lib/socket-address";
import { countryFromAcceptLanguage } from "@/lib/targets/resolve";

export interface HeaderSource {
  get(name: string): string | null;
}

/** One hop as a proxy writes it: "203.0.113.7", "203.0.113.7:4711", "[2001:db8::1]:443", "::ffff:10.0.0.1". */
function hop(text: string): IpAddress | null {
  const bare = text
    .trim()
    .replace(/^"(.*)"$/, "$1")
    .replace(/^\[([^\]]+)\](?::\d{1,5})?$/, "$1")
    .replace(/^(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}):\d{1,5}$/, "$1");
  return bare.length <= 64 ? parseIp(bare) : null;
}

/**
 * The client's address, from what the connection itself tells and nothing a
 * client can choose:
 * - `socket` is the TCP peer (lib/socket-address.ts stamps it on every request);
 * - only when that peer is a trusted proxy is X-Forwarded-For read, from the
 *   right: each hop a trusted proxy appended names who connected to it, and the
 *   first one that is not itself a trusted proxy is the client. Entries to its
 *   left were written by the client (or proxies we know nothing of) and are
 *   never read.
 * When the walk meets an entry that is not an address, or runs out of entries
 * while every hop was trusted, the last address it reached stands: a trusted
 * proxy is then the best we know, and one bucket for all is safer than a
 * bucket per made-up value. X-Real-IP and Forwarded are never read.
 * Null when the socket address is unknown.
 */
export function resolveClientIp(socket: string | null, forwardedFor: string | null, trusted: readonly IpRange[]): string | null {
  let client = socket ? hop(socket) : null;
  if (!client) return null;
  const isTrusted = (address: IpAddress) => trusted.some((range) => inRange(address, range));
  const hops = (forwardedFor ?? "").split(",").slice(-64).reverse();
  for (const text of hops) {
    if (!isTrusted(client)) break;
    const next = hop(text);
    if (!next) break;
    client = next;
  }
  return formatIp(client);
}

let parsedTrust: { source: string; ranges: IpRange[] } | undefined;

/** TRUSTED_PROXIES as ranges (validated by lib/env.ts). */
export function trustedProxies(): IpRange[] {
  const source = env().TRUSTED_PROXIES;
  if (parsedTrust?.source !== source) parsedTrust = { source, ranges: parseCidrList(source).ranges };
  return parsedTrust.ranges;
}

/**
 * The client's address (canonical text; IPv4-mapped IPv6 as IPv4), or null
 * when unknown. Never stored in clear: hash it with keyedHash("ip", ...),
 * which groups an IPv6 client by its /64.
 */
export function clientIp(headers: HeaderSource, trusted: readonly IpRange[] = trustedProxies()): string | null {
  return resolveClientIp(headers.get(socketAddressHeader), headers.get("x-forwarded-for"), trusted);
}

export interface RequestMeta {
  /** The client IP (never stored in clear; hash it with keyedHash("ip", ...)). */
  ip: string | null;
  /** A guess of the country of residence from Accept-Language, to preselect; never IP geolocation. */
  country: string | null;
}

export function requestMeta(headers: HeaderSource): RequestMeta {
  return { ip: clientIp(headers), country: countryFromAcceptLanguage(headers.get("accept-language")) };
}
