import { randomBytes } from "node:crypto";
import { verifySolution } from "altcha-lib";
import { describe, expect, it } from "vitest";
import { altchaKeyFrom, solvedPayload } from "./captcha";

describe("pre-solved captcha payloads", () => {
  const hashKey = randomBytes(32).toString("base64");

  it("verify with the key derived from HASH_KEY", async () => {
    const key = altchaKeyFrom(hashKey);
    expect(await verifySolution(await solvedPayload(key), key, true)).toBe(true);
  });

  it("fail with another key", async () => {
    const payload = await solvedPayload(altchaKeyFrom(hashKey));
    expect(await verifySolution(payload, altchaKeyFrom(randomBytes(32).toString("base64")), true)).toBe(false);
  });

  it("are all different, since each request must spend its own", async () => {
    const key = altchaKeyFrom(hashKey);
    const payloads = await Promise.all(Array.from({ length: 20 }, () => solvedPayload(key)));
    expect(new Set(payloads).size).toBe(20);
  });
});
