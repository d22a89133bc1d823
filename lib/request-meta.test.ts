import { describe, expect, it } from "vitest";
import { clientIp, requestMeta } from "./request-meta";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("clientIp", () => {
  it("prefers X-Real-IP, set by the proxy itself", () => {
    expect(clientIp(headers({ "x-real-ip": "2001:DB8::1", "x-forwarded-for": "203.0.113.7" }))).toBe("2001:db8::1");
  });

  it("else takes the X-Forwarded-For entry the proxy appended, not the ones the client sent", () => {
    expect(clientIp(headers({ "x-forwarded-for": "198.51.100.66, 203.0.113.7" }))).toBe("203.0.113.7");
  });

  it("drops ports and IPv6 brackets", () => {
    expect(clientIp(headers({ "x-forwarded-for": "198.51.100.2:4711" }))).toBe("198.51.100.2");
    expect(clientIp(headers({ "x-forwarded-for": "[2001:db8::2]:443" }))).toBe("2001:db8::2");
  });

  it("returns null for a missing or malformed address", () => {
    expect(clientIp(headers({}))).toBeNull();
    expect(clientIp(headers({ "x-forwarded-for": "unknown" }))).toBeNull();
    expect(clientIp(headers({ "x-forwarded-for": "<script>" }))).toBeNull();
  });
});

describe("requestMeta", () => {
  it("guesses the country from Accept-Language only", () => {
    expect(requestMeta(headers({ "accept-language": "en-CA,fr;q=0.8", "x-forwarded-for": "203.0.113.7" }))).toEqual({
      ip: "203.0.113.7",
      country: "CA",
    });
    expect(requestMeta(headers({ "accept-language": "fr" })).country).toBeNull();
  });
});
