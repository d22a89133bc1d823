import { describe, expect, it } from "vitest";
import { chargesFor, defaultRateLimitSettings, judge, mergeRateLimitSettings, type Submitter } from "./policy";

const verified: Submitter = { ipHash: "iphash", emailHash: "mailhash", emailDomain: "example.org", powVerified: true };

describe("chargesFor", () => {
  it("charges the IP, email and domain buckets of a verified submission", () => {
    const charges = chargesFor("sign", verified, defaultRateLimitSettings);
    expect(charges.map((c) => c.key)).toEqual(["sign:ip:iphash", "sign:email:mailhash", "sign:domain:example.org"]);
    expect(charges[0]).toMatchObject(defaultRateLimitSettings.perIp);
  });

  it("adds the stricter no-proof buckets when the proof of work was not solved", () => {
    const charges = chargesFor("sign", { ...verified, powVerified: false }, defaultRateLimitSettings);
    expect(charges.map((c) => c.key)).toEqual([
      "sign:ip:iphash",
      "sign:email:mailhash",
      "sign:domain:example.org",
      "sign:noproof:ip:iphash",
      "sign:noproof:domain:example.org",
    ]);
    const noProofIp = charges.find((c) => c.key === "sign:noproof:ip:iphash")!;
    expect(noProofIp.points).toBeLessThan(defaultRateLimitSettings.perIp.points);
  });

  it("skips buckets it has no key for", () => {
    const charges = chargesFor("sign", { ipHash: null, emailHash: "m", emailDomain: null, powVerified: false }, defaultRateLimitSettings);
    expect(charges.map((c) => c.key)).toEqual(["sign:email:m"]);
  });
});

describe("judge", () => {
  const charges = chargesFor("sign", verified, mergeRateLimitSettings({ perEmail: { points: 2, windowSeconds: 60 } }));

  it("allows up to and including the limit", () => {
    const consumed = new Map(charges.map((c) => [c.key, c.key.includes("email") ? 2 : 1]));
    expect(judge(charges, consumed)).toEqual({ allowed: true, exceeded: [] });
  });

  it("refuses past the limit and names the bucket", () => {
    const consumed = new Map(charges.map((c) => [c.key, c.key.includes("email") ? 3 : 1]));
    expect(judge(charges, consumed)).toEqual({ allowed: false, exceeded: ["sign:email:mailhash"] });
  });
});

describe("mergeRateLimitSettings", () => {
  it("replaces only the limits given", () => {
    const merged = mergeRateLimitSettings({ perIp: { points: 5, windowSeconds: 10 } });
    expect(merged.perIp).toEqual({ points: 5, windowSeconds: 10 });
    expect(merged.perEmail).toEqual(defaultRateLimitSettings.perEmail);
  });

  it("keeps the defaults when the stored value is malformed", () => {
    expect(mergeRateLimitSettings({ perIp: { points: -1 } })).toEqual(defaultRateLimitSettings);
    expect(mergeRateLimitSettings("nonsense")).toEqual(defaultRateLimitSettings);
    expect(mergeRateLimitSettings(undefined)).toEqual(defaultRateLimitSettings);
  });
});
