import { isIPv4, isIPv6 } from "node:net";
import { keyedHash } from "@/lib/crypto";

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
 * Narrowest ranges an admin may list: a wider one would sweep up whole
 * providers (or, at /0, everyone). IPv6 hands a single subscriber a /48 to /64.
 */
export const widestPrefix = { 4: 8, 6: 16 } as const;

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

export type RangeProblem = "notAnAddress" | "badPrefix" | "tooWide";

/**
 * "203.0.113.0/24", "2001:db8::/48" or a single address (a /32 or /128).
 * Host bits are cleared ("203.0.113.7/24" is 203.0.113.0/24).
 */
export function parseIpRange(input: string): { ok: true; range: IpRange } | { ok: false; problem: RangeProblem } {
  const [addressText = "", prefixText, ...rest] = input.trim().split("/");
  const address = parseIp(addressText);
  if (!address || rest.length > 0) return { ok: false, problem: "notAnAddress" };
  const width = widthOf[address.version];
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return { ok: false, problem: "badPrefix" };
  const prefixLength = prefixText === undefined ? width : Number(prefixText);
  if (prefixLength > width) return { ok: false, problem: "badPrefix" };
  if (prefixLength < widestPrefix[address.version]) return { ok: false, problem: "tooWide" };
  return { ok: true, range: networkOf(address, prefixLength) };
}

/** The range in the usual notation, for the admin's confirmation only (never stored). */
export function formatIpRange(range: IpRange): string {
  if (range.version === 4) {
    const octets = [24n, 16n, 8n, 0n].map((shift) => ((range.bits >> shift) & 0xffn).toString());
    return `${octets.join(".")}/${range.prefixLength}`;
  }
  const groups = Array.from({ length: 8 }, (_, i) => ((range.bits >> BigInt(112 - 16 * i)) & 0xffffn).toString(16));
  return `${groups.join(":")}/${range.prefixLength}`;
}

/**
 * What a list stores for a range: a keyed hash of the family, network and
 * prefix length ("ip-range", a stable key unlike the daily-salted per-address
 * hashes on actions), so the list never holds an address in clear.
 */
export function hashIpRange(range: IpRange): string {
  return keyedHash("ip-range", `${range.version}:${range.bits.toString(16)}/${range.prefixLength}`);
}

/**
 * The hashes to look up for a request's address: one per prefix length in
 * use by the lists (that fits its family). Unknown addresses match nothing.
 */
export function candidateRangeHashes(ip: string | null, prefixLengths: Iterable<number>): string[] {
  const address = ip ? parseIp(ip) : null;
  if (!address) return [];
  const hashes: string[] = [];
  for (const prefixLength of new Set(prefixLengths)) {
    if (prefixLength < 0 || prefixLength > widthOf[address.version]) continue;
    hashes.push(hashIpRange(networkOf(address, prefixLength)));
  }
  return hashes;
}
