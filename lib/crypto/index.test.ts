import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";

const key = () => randomBytes(32).toString("base64");

async function load(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
  return import("./index");
}

describe("crypto", () => {
  beforeEach(() => vi.unstubAllEnvs());

  it("round-trips and never produces the same ciphertext twice", async () => {
    const { encrypt, decrypt } = await load({ DATA_ENCRYPTION_KEY: key(), HASH_KEY: key(), DATABASE_URL: "postgres://x" });
    const a = encrypt("jane@example.org");
    const b = encrypt("jane@example.org");
    expect(a).not.toBe(b);
    expect(a).not.toContain("jane");
    expect(decrypt(a)).toBe("jane@example.org");
  });

  it("detects tampering", async () => {
    const { encrypt, decrypt } = await load({ DATA_ENCRYPTION_KEY: key(), HASH_KEY: key(), DATABASE_URL: "postgres://x" });
    const parts = encrypt("secret").split(".");
    parts[4] = Buffer.from("SECRET").toString("base64url");
    expect(() => decrypt(parts.join("."))).toThrow();
  });

  it("reads rows sealed with a rotated-out key", async () => {
    const oldKey = key();
    const first = await load({ DATA_ENCRYPTION_KEY: oldKey, HASH_KEY: key(), DATABASE_URL: "postgres://x" });
    const sealed = first.encrypt("old row").replace(".k1.", ".k0.");
    const second = await load({ DATA_ENCRYPTION_KEY: key(), DATA_ENCRYPTION_OLD_KEYS: `k0:${oldKey}`, HASH_KEY: key(), DATABASE_URL: "postgres://x" });
    expect(second.decrypt(sealed)).toBe("old row");
  });

  it("rotates keys by id: new rows use the current id, old ids stay readable", async () => {
    const oldKey = key();
    const before = await load({ DATA_ENCRYPTION_KEY: oldKey, HASH_KEY: key(), DATABASE_URL: "postgres://x" });
    const sealedBefore = before.encrypt("written before the rotation");
    expect(sealedBefore.split(".")[1]).toBe("k1");
    const after = await load({
      DATA_ENCRYPTION_KEY: key(),
      DATA_ENCRYPTION_KEY_ID: "k2",
      DATA_ENCRYPTION_OLD_KEYS: `k1:${oldKey}`,
      HASH_KEY: key(),
      DATABASE_URL: "postgres://x",
    });
    const sealedAfter = after.encrypt("written after");
    expect(sealedAfter.split(".")[1]).toBe("k2");
    expect(after.decrypt(sealedBefore)).toBe("written before the rotation");
    expect(after.decrypt(sealedAfter)).toBe("written after");
    expect(after.sealedWithOldKey(sealedBefore)).toBe(true);
    expect(after.sealedWithOldKey(sealedAfter)).toBe(false);
  });

  it("salts IP hashes per UTC day and keeps every other purpose stable", async () => {
    const { keyedHash } = await load({ DATA_ENCRYPTION_KEY: key(), HASH_KEY: key(), DATABASE_URL: "postgres://x" });
    const morning = new Date("2026-03-01T00:00:01Z");
    const evening = new Date("2026-03-01T23:59:59Z");
    const nextDay = new Date("2026-03-02T00:00:01Z");
    expect(keyedHash("ip", "203.0.113.9", morning)).toBe(keyedHash("ip", "203.0.113.9", evening));
    expect(keyedHash("ip", "203.0.113.9", nextDay)).not.toBe(keyedHash("ip", "203.0.113.9", evening));
    expect(keyedHash("ip-range", "203.0.113.0/24", morning)).toBe(keyedHash("ip-range", "203.0.113.0/24", nextDay));
    expect(keyedHash("email", "a@b.c", morning)).toBe(keyedHash("email", "a@b.c", nextDay));
  });

  it("hashes an IPv6 client as its /64 and an IPv4-mapped address as IPv4, so a client cannot dodge a limit by moving inside its network", async () => {
    const { keyedHash } = await load({ DATA_ENCRYPTION_KEY: key(), HASH_KEY: key(), DATABASE_URL: "postgres://x" });
    const at = new Date("2026-03-01T12:00:00Z");
    expect(keyedHash("ip", "2001:db8:1:2::1", at)).toBe(keyedHash("ip", "2001:DB8:1:2:ffff:abcd:0:9", at));
    expect(keyedHash("ip", "2001:db8:1:2::1", at)).not.toBe(keyedHash("ip", "2001:db8:1:3::1", at));
    expect(keyedHash("ip", "::ffff:203.0.113.9", at)).toBe(keyedHash("ip", "203.0.113.9", at));
    expect(keyedHash("ip", "203.0.113.9", at)).not.toBe(keyedHash("ip", "203.0.113.10", at));
  });

  it("hashes by purpose with the key", async () => {
    const { keyedHash } = await load({ DATA_ENCRYPTION_KEY: key(), HASH_KEY: key(), DATABASE_URL: "postgres://x" });
    expect(keyedHash("email", "a@b.c")).toBe(keyedHash("email", "a@b.c"));
    expect(keyedHash("email", "a@b.c")).not.toBe(keyedHash("ip", "a@b.c"));
  });

  it("refuses to run without keys against an external database", async () => {
    const { encrypt } = await load({ DATA_ENCRYPTION_KEY: undefined, DATABASE_URL: "postgres://x" });
    expect(() => encrypt("x")).toThrow(/DATA_ENCRYPTION_KEY must be set/);
  });
});
