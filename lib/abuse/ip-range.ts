import { keyedHash } from "@/lib/crypto";
import { ipv6ClientPrefix, networkOf, parseIp, widthOf, type IpRange } from "@/lib/net/ip";

export { networkOf, parseIp, widthOf, type IpAddress, type IpRange } from "@/lib/net/ip";

/**
 * Narrowest ranges an admin may list: a wider one would sweep up whole
 * providers (or, at /0, everyone). IPv6 hands a single subscriber a /48 to /64.
 */
export const widestPrefix = { 4: 8, 6: 16 } as const;

export type RangeProblem = "notAnAddress" | "badPrefix" | "tooWide";

/**
 * "203.0.113.0/24", "2001:db8::/48" or a single address (a /32; an IPv6
 * address or a range narrower than /64 lists its /64).
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
  // An IPv6 client is its /64 (lib/net/ip.ts): listing a narrower range would be dodged by moving inside it.
  const listed = address.version === 6 ? Math.min(prefixLength, ipv6ClientPrefix) : prefixLength;
  return { ok: true, range: networkOf(address, listed) };
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
