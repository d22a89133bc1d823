import { describe, expect, it } from "vitest";
import { parseCidrList } from "@/lib/net/ip";
import { socketAddressHeader } from "@/lib/socket-address";
import { clientIp, requestMeta, resolveClientIp } from "./request-meta";

const headers = (entries: Record<string, string>) => new Headers(entries);
const trust = (list: string) => parseCidrList(list).ranges;
const none = trust("");
const proxies = trust("10.0.0.0/8, 2001:db8:ffff::/48, 127.0.0.1");

describe("resolveClientIp", () => {
  it("with no trusted proxy, is the socket's address whatever the headers say", () => {
    expect(resolveClientIp("203.0.113.7", null, none)).toBe("203.0.113.7");
    expect(resolveClientIp("203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7");
    expect(resolveClientIp("203.0.113.7", "198.51.100.1, 203.0.113.7, 10.0.0.1", none)).toBe("203.0.113.7");
    expect(resolveClientIp("127.0.0.1", "198.51.100.1", none)).toBe("127.0.0.1");
  });

  it("from a trusted proxy, takes the hop to the right of the last trusted one", () => {
    expect(resolveClientIp("10.0.0.5", "198.51.100.66", proxies)).toBe("198.51.100.66");
    // Two proxies in a row: the CDN (10.1.2.3) appended the client, the load balancer (10.0.0.5) the CDN.
    expect(resolveClientIp("10.0.0.5", "198.51.100.66, 10.1.2.3", proxies)).toBe("198.51.100.66");
    expect(resolveClientIp("2001:db8:ffff:1::9", "2001:db8:1:2::3", proxies)).toBe("2001:db8:1:2::3");
  });

  it("never reads the entries a client wrote to the left of the one our proxy appended", () => {
    // The client sent "X-Forwarded-For: 1.1.1.1, 10.9.9.9"; our proxy appended the client's real address.
    expect(resolveClientIp("10.0.0.5", "1.1.1.1, 10.9.9.9, 198.51.100.66", proxies)).toBe("198.51.100.66");
    // A spoofed trusted-looking entry on the right is not reached from an untrusted socket.
    expect(resolveClientIp("198.51.100.66", "10.0.0.1", proxies)).toBe("198.51.100.66");
  });

  it("stops at an entry that is not an address: the last hop reached stands", () => {
    expect(resolveClientIp("10.0.0.5", "unknown", proxies)).toBe("10.0.0.5");
    expect(resolveClientIp("10.0.0.5", "198.51.100.1, <script>", proxies)).toBe("10.0.0.5");
    expect(resolveClientIp("10.0.0.5", "", proxies)).toBe("10.0.0.5");
    expect(resolveClientIp("10.0.0.5", ",,,", proxies)).toBe("10.0.0.5");
    expect(resolveClientIp("10.0.0.5", "203.0.113.9, garbage, 10.0.0.7", proxies)).toBe("10.0.0.7");
  });

  it("when every hop is trusted, the leftmost one stands", () => {
    expect(resolveClientIp("10.0.0.5", "10.0.0.6, 10.0.0.7", proxies)).toBe("10.0.0.6");
  });

  it("reads ports, brackets, quotes and IPv4-mapped IPv6 the way proxies write them", () => {
    expect(resolveClientIp("::ffff:10.0.0.5", "198.51.100.2:4711", proxies)).toBe("198.51.100.2");
    expect(resolveClientIp("10.0.0.5", "[2001:DB8::2]:443", proxies)).toBe("2001:db8::2");
    expect(resolveClientIp("10.0.0.5", '"[2001:db8::2]"', proxies)).toBe("2001:db8::2");
    expect(resolveClientIp("10.0.0.5", "::ffff:198.51.100.3", proxies)).toBe("198.51.100.3");
    expect(resolveClientIp("::ffff:203.0.113.4", null, none)).toBe("203.0.113.4");
    expect(resolveClientIp("2001:0db8:0000:0000:0000:0000:0000:0001", null, none)).toBe("2001:db8::1");
  });

  it("is null when the socket address is unknown or not an address", () => {
    expect(resolveClientIp(null, "203.0.113.7", proxies)).toBeNull();
    expect(resolveClientIp("", "203.0.113.7", proxies)).toBeNull();
    expect(resolveClientIp("not-an-ip", "203.0.113.7", proxies)).toBeNull();
    expect(resolveClientIp("fe80::1%eth0", null, none)).toBeNull();
  });

  it("reads at most 64 hops", () => {
    const long = Array.from({ length: 200 }, (_, i) => `10.0.${Math.floor(i / 250)}.${(i % 250) + 1}`).join(", ");
    expect(resolveClientIp("10.0.0.5", `198.51.100.9, ${long}`, proxies)).toMatch(/^10\./);
  });
});

describe("clientIp", () => {
  it("starts from the socket address stamped on the request, never from X-Real-IP or a client's X-Forwarded-For", () => {
    expect(clientIp(headers({ [socketAddressHeader]: "203.0.113.7", "x-real-ip": "198.51.100.1", "x-forwarded-for": "198.51.100.2" }), none)).toBe("203.0.113.7");
    expect(clientIp(headers({ [socketAddressHeader]: "10.0.0.5", "x-real-ip": "198.51.100.1", "x-forwarded-for": "198.51.100.2" }), proxies)).toBe("198.51.100.2");
  });

  it("is null without the stamp (a request the server did not stamp): forwarding headers alone are never believed", () => {
    expect(clientIp(headers({ "x-real-ip": "198.51.100.1", "x-forwarded-for": "198.51.100.2" }), proxies)).toBeNull();
    expect(clientIp(headers({}))).toBeNull();
  });

  it("reads TRUSTED_PROXIES by default (empty unless configured)", () => {
    expect(clientIp(headers({ [socketAddressHeader]: "127.0.0.1", "x-forwarded-for": "198.51.100.2" }))).toBe(
      process.env.TRUSTED_PROXIES ? expect.any(String) : "127.0.0.1",
    );
  });
});

describe("requestMeta", () => {
  it("guesses the country from Accept-Language only", () => {
    expect(requestMeta(headers({ "accept-language": "en-CA,fr;q=0.8", [socketAddressHeader]: "203.0.113.7" }))).toEqual({
      ip: "203.0.113.7",
      country: "CA",
    });
    expect(requestMeta(headers({ "accept-language": "fr" })).country).toBeNull();
  });
});
