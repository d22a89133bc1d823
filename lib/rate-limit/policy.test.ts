import { describe, expect, it } from "vitest";
import { chargesFor, defaultRateLimitSettings, judge, mergeRateLimitSettings, type Submitter } from "./policy";

const submitter: Submitter = { ipHash: "iphash", emailHash: "mailhash", emailDomain: "example.org" };

describe("chargesFor", () => {
  it("charges the network to the requester, the email to the address and the domain to everyone at it", () => {
    const charges = chargesFor("sign", submitter, defaultRateLimitSettings);
    expect(charges.map((c) => [c.key, c.payer, c.withoutProof])).toEqual([
      ["sign:ip:iphash", "requester", false],
      ["sign:noproof:ip:iphash", "requester", true],
      ["sign:email:mailhash", "address", false],
      ["sign:noproof:domain:example.org", "shared", true],
    ]);
    expect(charges[0]).toMatchObject(defaultRateLimitSettings.perIp);
    expect(charges[1]!.points).toBeLessThan(defaultRateLimitSettings.perIp.points);
  });

  it("has no domain bucket a signer with a proof of work is charged to", () => {
    const charges = chargesFor("sign", submitter, defaultRateLimitSettings);
    expect(charges.filter((c) => c.key.includes(":domain:") && !c.withoutProof)).toEqual([]);
  });

  it("skips buckets it has no key for", () => {
    const charges = chargesFor("sign", { ipHash: null, emailHash: "m", emailDomain: null }, defaultRateLimitSettings);
    expect(charges.map((c) => c.key)).toEqual(["sign:email:m"]);
  });
});

describe("judge", () => {
  const charges = chargesFor("sign", submitter, mergeRateLimitSettings({ perEmail: { points: 2, windowSeconds: 60 } }));

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

  it("ignores the retired with-proof domain limit still stored by older versions", () => {
    const merged = mergeRateLimitSettings({ perEmailDomain: { points: 1, windowSeconds: 60 }, perEmail: { points: 3, windowSeconds: 60 } });
    expect(merged).toEqual({ ...defaultRateLimitSettings, perEmail: { points: 3, windowSeconds: 60 } });
  });
});
