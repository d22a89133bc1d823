import { isIPv4, isIPv6 } from "node:net";

/**
 * IP addresses and CIDR ranges as numbers, with no I/O: client addresses
 * (lib/request-meta.ts), trusted proxies (TRUSTED_PROXIES), and the network
 * prefixes admins put on block lists (lib/abuse/ip-range.ts).
 */

/** An address as a number, with its family: 32 bits for IPv4, 128 for IPv6. */
export interface IpAddress {
  version: 4 | 6;
  bits: bigint;
}

/** A CIDR range: the network address (host bits cleared) and how many leading bits are fixed. */
export interface IpRange extends IpAddress {
  prefixLength: number;
}

export const widthOf = { 4: 32, 6: 128 } as const;

/**
 * How many leading bits of an IPv6 address name one subscriber: a provider
 * hands each a /64 (or wider), and the host can pick any address inside it, so
 * rate limits, block lists and trending count a /64 as one client.
 */
export const ipv6ClientPrefix = 64;

function parseIpv4(text: string): bigint | null {
  if (!isIPv4(text)) return null;
  return text.split(".").reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

function parseIpv6(text: string): bigint | null {
  if (!isIPv6(text) || text.includes("%")) return null; // no zone ids ("fe80::1%eth0")
  let groups = text.toLowerCase();
  // An IPv4 tail ("::ffff:192.0.2.1") becomes two hex groups.
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(groups);
  if (v4Tail) {
    const v4 = parseIpv4(v4Tail[1]!);
    if (v4 === null) return null;
    groups = `${groups.slice(0, -v4Tail[1]!.length)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head = "", tail] = groups.split("::");
  const headParts = head ? head.split(":") : [];
  const tailParts = tail === undefined ? [] : tail ? tail.split(":") : [];
  const missing = 8 - headParts.length - tailParts.length;
  const parts = tail === undefined ? headParts : [...headParts, ...Array<string>(missing).fill("0"), ...tailParts];
  if (parts.length !== 8) return null;
  return parts.reduce((acc, part) => (acc << 16n) | BigInt(parseInt(part, 16)), 0n);
}

/** An IPv4 or IPv6 address (IPv4-mapped IPv6 counts as IPv4), or null when it is not one. */
export function parseIp(input: string): IpAddress | null {
  const text = input.trim();
  const v4 = parseIpv4(text);
  if (v4 !== null) return { version: 4, bits: v4 };
  const v6 = parseIpv6(text);
  if (v6 === null) return null;
  if (v6 >> 32n === 0xffffn) return { version: 4, bits: v6 & 0xffffffffn };
  return { version: 6, bits: v6 };
}

function mask(version: 4 | 6, prefixLength: number): bigint {
  const width = BigInt(widthOf[version]);
  const all = (1n << width) - 1n;
  return (all << (width - BigInt(prefixLength))) & all;
}

/** The network of `address` at `prefixLength` bits. */
export function networkOf(address: IpAddress, prefixLength: number): IpRange {
  return { version: address.version, bits: address.bits & mask(address.version, prefixLength), prefixLength };
}

export function inRange(address: IpAddress, range: IpRange): boolean {
  return address.version === range.version && networkOf(address, range.prefixLength).bits === range.bits;
}

/** The canonical text of an address: dotted IPv4, or RFC 5952 IPv6 (lower case, longest zero run as "::"). */
export function formatIp(address: IpAddress): string {
  if (address.version === 4) return [24n, 16n, 8n, 0n].map((shift) => ((address.bits >> shift) & 0xffn).toString()).join(".");
  const groups = Array.from({ length: 8 }, (_, i) => Number((address.bits >> BigInt(112 - 16 * i)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let end = i;
    while (end < 8 && groups[end] === 0) end++;
    if (end - i > bestLength) [bestStart, bestLength] = [i, end - i];
    i = end;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

/**
 * A CIDR ("10.0.0.0/8", "2001:db8::/32") or a single address (a /32 or /128).
 * Host bits are cleared. Null when it is not one.
 */
export function parseCidr(input: string): IpRange | null {
  const [addressText = "", prefixText, ...rest] = input.trim().split("/");
  const address = parseIp(addressText);
  if (!address || rest.length > 0) return null;
  // An IPv4-mapped "::ffff:10.0.0.0/104" is the IPv4 range /8.
  const mappedOffset = address.version === 4 && addressText.includes(":") ? 96 : 0;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null;
  const prefixLength = prefixText === undefined ? widthOf[address.version] : Number(prefixText) - mappedOffset;
  if (prefixLength < 0 || prefixLength > widthOf[address.version]) return null;
  return networkOf(address, prefixLength);
}

/** A comma-separated list of CIDRs; the entries that do not parse are returned in `invalid`. */
export function parseCidrList(input: string): { ranges: IpRange[]; invalid: string[] } {
  const ranges: IpRange[] = [];
  const invalid: string[] = [];
  for (const entry of input.split(",").map((e) => e.trim()).filter(Boolean)) {
    const range = parseCidr(entry);
    if (range) ranges.push(range);
    else invalid.push(entry);
  }
  return { ranges, invalid };
}

/** 127.0.0.0/8, ::1 (and IPv4-mapped 127.x, which parseIp reads as IPv4). */
export function isLoopbackIp(address: IpAddress): boolean {
  return address.version === 4 ? address.bits >> 24n === 127n : address.bits === 1n;
}

/**
 * What counts as one client for rate limits, block lists and trending: an
 * IPv4 address as it is, an IPv6 address's /64 network ("2001:db8:1:2::/64").
 * Input that is not an address comes back unchanged.
 */
export function clientGroup(ip: string): string {
  const address = parseIp(ip);
  if (!address) return ip;
  if (address.version === 4) return formatIp(address);
  return `${formatIp(networkOf(address, ipv6ClientPrefix))}/${ipv6ClientPrefix}`;
}
