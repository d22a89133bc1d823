import { describe, expect, it } from "vitest";
import { candidateRangeHashes, formatIpRange, hashIpRange, parseIp, parseIpRange } from "./ip-range";

function range(input: string) {
  const parsed = parseIpRange(input);
  if (!parsed.ok) throw new Error(`${input}: ${parsed.problem}`);
  return parsed.range;
}

describe("parseIpRange", () => {
  it("reads IPv4 ranges and clears the host bits", () => {
    expect(formatIpRange(range("203.0.113.0/24"))).toBe("203.0.113.0/24");
    expect(formatIpRange(range(" 203.0.113.77/24 "))).toBe("203.0.113.0/24");
    expect(formatIpRange(range("198.51.100.7"))).toBe("198.51.100.7/32");
    expect(formatIpRange(range("10.1.2.3/8"))).toBe("10.0.0.0/8");
  });

  it("reads IPv6 ranges in any spelling", () => {
    expect(formatIpRange(range("2001:db8::/48"))).toBe("2001:db8:0:0:0:0:0:0/48");
    expect(formatIpRange(range("2001:DB8:0:0:1::/48"))).toBe("2001:db8:0:0:0:0:0:0/48");
    expect(formatIpRange(range("2001:db8:0:0:0:0:0:1"))).toBe("2001:db8:0:0:0:0:0:0/64");
    expect(formatIpRange(range("::1"))).toBe("0:0:0:0:0:0:0:0/64");
    expect(hashIpRange(range("2001:db8::/32"))).toBe(hashIpRange(range("2001:0db8:ffff::/32")));
  });

  it("lists an IPv6 address or narrow range as its /64: the client can pick any address inside it", () => {
    expect(formatIpRange(range("2001:db8:1:2:aaaa::1/100"))).toBe("2001:db8:1:2:0:0:0:0/64");
    const listed = new Set([hashIpRange(range("2001:db8:1:2::99"))]);
    const blocked = (ip: string) => candidateRangeHashes(ip, [64]).some((hash) => listed.has(hash));
    expect(blocked("2001:db8:1:2::99")).toBe(true);
    expect(blocked("2001:db8:1:2:ffff:ffff:ffff:1")).toBe(true);
    expect(blocked("2001:db8:1:3::99")).toBe(false);
  });

  it("treats IPv4-mapped IPv6 addresses as IPv4", () => {
    expect(parseIp("::ffff:192.0.2.1")).toEqual(parseIp("192.0.2.1"));
    expect(formatIpRange(range("::ffff:192.0.2.1"))).toBe("192.0.2.1/32");
  });

  it("refuses what is not an address or a sane range", () => {
    for (const input of ["", "example.org", "300.1.1.1", "1.2.3", "1.2.3.4/24/1", "2001:db8:::1", "fe80::1%eth0", "1.2.3.4/ 8"]) {
      expect(parseIpRange(input).ok, input).toBe(false);
    }
    expect(parseIpRange("203.0.113.0/33")).toEqual({ ok: false, problem: "badPrefix" });
    expect(parseIpRange("203.0.113.0/x")).toEqual({ ok: false, problem: "badPrefix" });
    expect(parseIpRange("2001:db8::/129")).toEqual({ ok: false, problem: "badPrefix" });
    expect(parseIpRange("10.0.0.0/7")).toEqual({ ok: false, problem: "tooWide" });
    expect(parseIpRange("0.0.0.0/0")).toEqual({ ok: false, problem: "tooWide" });
    expect(parseIpRange("2001::/15")).toEqual({ ok: false, problem: "tooWide" });
    expect(parseIpRange("example.org")).toEqual({ ok: false, problem: "notAnAddress" });
  });
});

describe("hashIpRange and candidateRangeHashes", () => {
  it("hashes without the address in clear, and apart from per-address hashes", () => {
    const hash = hashIpRange(range("203.0.113.0/24"));
    expect(hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).not.toContain("203");
    expect(hash).not.toBe(hashIpRange(range("203.0.113.0/25")));
    expect(hash).not.toBe(hashIpRange(range("203.0.114.0/24")));
  });

  it("finds a listed range from an address inside it, at the listed prefix lengths only", () => {
    const listed = new Set([hashIpRange(range("203.0.113.0/24")), hashIpRange(range("2001:db8:abcd::/48"))]);
    const matches = (ip: string) => candidateRangeHashes(ip, [24, 48, 128]).some((hash) => listed.has(hash));
    expect(matches("203.0.113.200")).toBe(true);
    expect(matches("::ffff:203.0.113.9")).toBe(true);
    expect(matches("203.0.112.255")).toBe(false);
    expect(matches("2001:db8:abcd:12::7")).toBe(true);
    expect(matches("2001:db8:abce::7")).toBe(false);
    expect(candidateRangeHashes("203.0.113.200", [16])).not.toContain([...listed][0]);
    expect(candidateRangeHashes(null, [24])).toEqual([]);
    expect(candidateRangeHashes("not-an-ip", [24])).toEqual([]);
    // A v6 prefix length longer than 32 is skipped for an IPv4 address.
    expect(candidateRangeHashes("203.0.113.200", [24, 64])).toHaveLength(1);
  });

  it("keeps families apart: 10.0.0.0/8 is not ::a00:0/8", () => {
    expect(hashIpRange({ version: 4, bits: 0x0a000000n, prefixLength: 8 })).not.toBe(
      hashIpRange({ version: 6, bits: 0x0a000000n, prefixLength: 8 }),
    );
  });
});
