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
