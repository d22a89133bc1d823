import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// env() parses process.env once and caches the result, so every test loads a
// fresh copy of the module after stubbing the variables it cares about.
async function loadEnv() {
  vi.resetModules();
  const mod = await import("./env");
  return mod.env;
}

// Everything the schema reads, so the ambient environment (e.g. the test
// secrets scripts/with-test-db.ts exports) cannot change these results.
const VARIABLES = [
  "DATABASE_URL",
  "PGLITE_DIR",
  "PG_POOL_MAX",
  "SITE_URL",
  "SEED_DEMO",
  "SMTP_URL",
  "MAIL_FROM",
  "DATA_ENCRYPTION_KEY",
  "DATA_ENCRYPTION_OLD_KEYS",
  "HASH_KEY",
  "AUTH_SECRET",
  "AUTH_GITHUB_ID",
  "AUTH_GITHUB_SECRET",
  "AUTH_GOOGLE_ID",
  "AUTH_GOOGLE_SECRET",
  "WORKERS",
  "PORT",
  "TRUSTED_PROXIES",
  "ALLOWED_ORIGINS",
] as const;

const key32 = Buffer.alloc(32, 7).toString("base64");

beforeEach(() => {
  for (const name of VARIABLES) vi.stubEnv(name, undefined);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("env()", () => {
  it("applies defaults when nothing is set", async () => {
    const env = await loadEnv();
    const parsed = env();
    expect(parsed.DATABASE_URL).toBeUndefined();
    expect(parsed.PGLITE_DIR).toBe(".data/pglite");
    expect(parsed.SITE_URL).toBe("http://localhost:3000");
    expect(parsed.SEED_DEMO).toBe("auto");
    expect(parsed.NODE_ENV).toBe("test");
    expect(parsed.PG_POOL_MAX).toBe(10);
    expect(parsed.WORKERS).toBe("on");
    expect(parsed.SMTP_URL).toBeUndefined();
    expect(parsed.DATA_ENCRYPTION_KEY).toBeUndefined();
    expect(parsed.HASH_KEY).toBeUndefined();
    expect(parsed.AUTH_SECRET).toBeUndefined();
  });

  it.each(["postgres://u:p@localhost:5432/inkwell", "postgresql://localhost/inkwell", "postgres://u@localhost/inkwell?host=/var/run/postgresql"])(
    "accepts DATABASE_URL=%s",
    async (url) => {
      vi.stubEnv("DATABASE_URL", url);
      const env = await loadEnv();
      expect(env().DATABASE_URL).toBe(url);
    },
  );

  it("rejects a DATABASE_URL that is not a postgres URL, naming the variable", async () => {
    vi.stubEnv("DATABASE_URL", "mysql://localhost/inkwell");
    const env = await loadEnv();
    expect(() => env()).toThrow(/Invalid environment[\s\S]*DATABASE_URL/);
  });

  it("rejects a DATABASE_URL whose host parameter is not a socket directory", async () => {
    vi.stubEnv("DATABASE_URL", "postgres://u@localhost/inkwell?host=db.example");
    const env = await loadEnv();
    expect(() => env()).toThrow(/DATABASE_URL[\s\S]*socket directory/);
  });

  it("rejects an unknown SEED_DEMO mode", async () => {
    vi.stubEnv("SEED_DEMO", "sometimes");
    const env = await loadEnv();
    expect(() => env()).toThrow(/SEED_DEMO/);
  });

  it("rejects a SITE_URL that is not a URL", async () => {
    vi.stubEnv("SITE_URL", "not a url");
    const env = await loadEnv();
    expect(() => env()).toThrow(/SITE_URL/);
  });

  it("reports every invalid variable at once", async () => {
    vi.stubEnv("SEED_DEMO", "sometimes");
    vi.stubEnv("SITE_URL", "nope");
    const env = await loadEnv();
    expect(() => env()).toThrow(/SITE_URL[\s\S]*SEED_DEMO|SEED_DEMO[\s\S]*SITE_URL/);
  });

  it("parses once and caches the result", async () => {
    vi.stubEnv("PGLITE_DIR", "/tmp/first");
    const env = await loadEnv();
    const first = env();
    vi.stubEnv("PGLITE_DIR", "/tmp/second");
    expect(env().PGLITE_DIR).toBe("/tmp/first");
    expect(env()).toBe(first);
  });
});

describe("parseEnv()", () => {
  it("defaults SITE_URL to localhost on the port actually served", async () => {
    const { parseEnv } = await import("./env");
    expect(parseEnv({}).SITE_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "4123" }).SITE_URL).toBe("http://localhost:4123");
    expect(parseEnv({ PORT: "4123", SITE_URL: "https://inkwell.example" }).SITE_URL).toBe("https://inkwell.example");
    expect(() => parseEnv({ PORT: "70000" })).toThrow(/PORT/);
  });

  it("reads TRUSTED_PROXIES as IPv4 and IPv6 CIDRs and names the entries that are not", async () => {
    const { parseEnv } = await import("./env");
    expect(parseEnv({}).TRUSTED_PROXIES).toBe("");
    expect(parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8, 2001:db8::/32,127.0.0.1" }).TRUSTED_PROXIES).toMatch(/^10\./);
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8, proxy.internal, 10.0.0.0/33" })).toThrow(/TRUSTED_PROXIES[\s\S]*proxy\.internal, 10\.0\.0\.0\/33/);
  });

  it("reads ALLOWED_ORIGINS as bare http(s) origins", async () => {
    const { parseEnv } = await import("./env");
    expect(parseEnv({ ALLOWED_ORIGINS: "https://www.inkwell.example, http://inkwell.internal:8080/" }).ALLOWED_ORIGINS).toContain("www");
    for (const bad of ["inkwell.example", "https://inkwell.example/path", "ftp://inkwell.example", "https://user@inkwell.example"]) {
      expect(() => parseEnv({ ALLOWED_ORIGINS: bad }), bad).toThrow(/ALLOWED_ORIGINS/);
    }
  });

  it("coerces PG_POOL_MAX to a number and bounds it", async () => {
    const { parseEnv } = await import("./env");
    expect(parseEnv({ PG_POOL_MAX: "4" }).PG_POOL_MAX).toBe(4);
    expect(() => parseEnv({ PG_POOL_MAX: "0" })).toThrow(/PG_POOL_MAX/);
    expect(() => parseEnv({ PG_POOL_MAX: "lots" })).toThrow(/PG_POOL_MAX/);
  });

  it("accepts 32-byte base64 keys and rejects other lengths", async () => {
    const { parseEnv } = await import("./env");
    const parsed = parseEnv({ DATA_ENCRYPTION_KEY: key32, HASH_KEY: key32 });
    expect(parsed.DATA_ENCRYPTION_KEY).toBe(key32);
    expect(parsed.HASH_KEY).toBe(key32);
    const short = Buffer.alloc(16).toString("base64");
    expect(() => parseEnv({ DATA_ENCRYPTION_KEY: short })).toThrow(/DATA_ENCRYPTION_KEY[\s\S]*32 bytes/);
    expect(() => parseEnv({ HASH_KEY: "not base64 at all" })).toThrow(/HASH_KEY/);
  });

  it("requires AUTH_SECRET to be at least 32 characters", async () => {
    const { parseEnv } = await import("./env");
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
    expect(parseEnv({ AUTH_SECRET: "x".repeat(32) }).AUTH_SECRET).toHaveLength(32);
  });

  it("accepts smtp:// and smtps:// SMTP_URLs only", async () => {
    const { parseEnv } = await import("./env");
    expect(parseEnv({ SMTP_URL: "smtp://localhost:2525" }).SMTP_URL).toBe("smtp://localhost:2525");
    expect(parseEnv({ SMTP_URL: "smtps://u:p@mail.example.org:465" }).SMTP_URL).toMatch(/^smtps:/);
    expect(() => parseEnv({ SMTP_URL: "http://mail.example.org" })).toThrow(/SMTP_URL/);
  });

  it("rejects an unknown WORKERS mode", async () => {
    const { parseEnv } = await import("./env");
    expect(parseEnv({ WORKERS: "off" }).WORKERS).toBe("off");
    expect(() => parseEnv({ WORKERS: "maybe" })).toThrow(/WORKERS/);
  });

  it("does not read process.env", async () => {
    vi.stubEnv("SEED_DEMO", "sometimes");
    const { parseEnv } = await import("./env");
    expect(parseEnv({}).SEED_DEMO).toBe("auto");
  });
});
