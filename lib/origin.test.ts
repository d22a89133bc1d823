import { describe, expect, it } from "vitest";
import { allowedOrigins, isAllowedHost, isLoopbackHostname, isSameOrigin, sameOriginOnly } from "./origin";

const headers = (values: Record<string, string>) => new Headers(values);

/** A deployment: production, its own database, SITE_URL https://inkwell.example and one extra origin. */
const deployed = {
  NODE_ENV: "production",
  DATABASE_URL: "postgres://db/inkwell",
  SITE_URL: "https://inkwell.example",
  ALLOWED_ORIGINS: "https://www.inkwell.example, http://inkwell.internal:8080",
} as const;
/** The local demo: production build, embedded database, SITE_URL defaulted from the port. */
const demo = { NODE_ENV: "production", DATABASE_URL: undefined, SITE_URL: "http://localhost:3000", ALLOWED_ORIGINS: "" } as const;

describe("isSameOrigin", () => {
  it("accepts SITE_URL's origin and ALLOWED_ORIGINS", () => {
    expect(isSameOrigin(headers({ origin: "https://inkwell.example", host: "inkwell.example" }), deployed)).toBe(true);
    expect(isSameOrigin(headers({ origin: "https://www.inkwell.example", host: "www.inkwell.example" }), deployed)).toBe(true);
    expect(isSameOrigin(headers({ origin: "http://inkwell.internal:8080", host: "10.0.0.5:3000" }), deployed)).toBe(true);
    expect(allowedOrigins(deployed)).toEqual(new Set(["https://inkwell.example", "https://www.inkwell.example", "http://inkwell.internal:8080"]));
  });

  it("never compares Origin with the request's own Host or forwarded host (a DNS-rebound page sends both)", () => {
    expect(isSameOrigin(headers({ origin: "https://evil.example", host: "evil.example" }), deployed)).toBe(false);
    expect(isSameOrigin(headers({ origin: "http://10.0.0.5:3000", host: "10.0.0.5:3000" }), deployed)).toBe(false);
    expect(isSameOrigin(headers({ origin: "https://evil.example", host: "inkwell.example", "x-forwarded-host": "evil.example" }), deployed)).toBe(false);
    expect(isSameOrigin(headers({ origin: "http://evil.example:3000", host: "evil.example:3000" }), demo)).toBe(false);
  });

  it("refuses a missing, foreign, opaque or malformed Origin", () => {
    expect(isSameOrigin(headers({ host: "inkwell.example" }), deployed)).toBe(false);
    expect(isSameOrigin(headers({ origin: "https://inkwell.example.evil.example", host: "inkwell.example" }), deployed)).toBe(false);
    expect(isSameOrigin(headers({ origin: "null", host: "inkwell.example" }), deployed)).toBe(false);
    expect(isSameOrigin(headers({ origin: "https://inkwell.example:8443", host: "inkwell.example" }), deployed)).toBe(false);
    expect(isSameOrigin(headers({ origin: "http://inkwell.example", host: "inkwell.example" }), deployed)).toBe(false);
    expect(isSameOrigin(headers({ origin: "https://inkwell.example/path", host: "inkwell.example" }), deployed)).toBe(false);
    expect(isSameOrigin(headers({ origin: "javascript:alert(1)", host: "inkwell.example" }), deployed)).toBe(false);
  });

  it("in the local demo and development, also takes a loopback origin naming the host it was sent to", () => {
    expect(isSameOrigin(headers({ origin: "http://localhost:3000", host: "localhost:3000" }), demo)).toBe(true);
    expect(isSameOrigin(headers({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }), demo)).toBe(true);
    expect(isSameOrigin(headers({ origin: "http://[::1]:3000", host: "[::1]:3000" }), { ...demo, NODE_ENV: "development", DATABASE_URL: "postgres://x" })).toBe(true);
    // Another local app on another port is another origin.
    expect(isSameOrigin(headers({ origin: "http://127.0.0.1:5173", host: "127.0.0.1:3000" }), demo)).toBe(false);
    // Never on a deployment with its own database.
    expect(isSameOrigin(headers({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }), deployed)).toBe(false);
  });
});

describe("isAllowedHost", () => {
  it("serves SITE_URL's host and ALLOWED_ORIGINS' hosts, whatever the port", () => {
    for (const host of ["inkwell.example", "INKWELL.example", "inkwell.example:443", "www.inkwell.example", "inkwell.internal:8080", "inkwell.internal:3000"]) {
      expect(isAllowedHost(host, deployed), host).toBe(true);
    }
  });

  it("refuses any other name, and loopback names on a deployment", () => {
    for (const host of [null, "", "evil.example", "inkwell.example.evil.example", "localhost:3000", "127.0.0.1:3000", "[::1]:3000", "10.0.0.5", "inkwell.example@evil.example", "evil.example/inkwell.example", "inkwell.example inkwell.example"]) {
      expect(isAllowedHost(host, deployed), String(host)).toBe(false);
    }
  });

  it("serves loopback names in the local demo and development only", () => {
    for (const host of ["localhost:3000", "localhost:4123", "127.0.0.1:3000", "127.0.0.2", "[::1]:3000", "inkwell.localhost"]) {
      expect(isAllowedHost(host, demo), host).toBe(true);
    }
    expect(isAllowedHost("evil.example:3000", demo)).toBe(false);
    expect(isAllowedHost("localhost.evil.example", demo)).toBe(false);
  });

  it("knows loopback host names", () => {
    expect(isLoopbackHostname("localhost")).toBe(true);
    expect(isLoopbackHostname("[::1]")).toBe(true);
    expect(isLoopbackHostname("127.8.9.10")).toBe(true);
    expect(isLoopbackHostname("[::ffff:127.0.0.1]")).toBe(true);
    expect(isLoopbackHostname("128.0.0.1")).toBe(false);
    expect(isLoopbackHostname("[::2]")).toBe(false);
  });
});

describe("sameOriginOnly", () => {
  const handler = sameOriginOnly(async () => new Response("done"));
  const site = new URL(process.env.SITE_URL ?? "http://localhost:3000");

  it("runs the handler for a request from SITE_URL's origin", async () => {
    const response = await handler(new Request(`${site.origin}/x`, { method: "POST", headers: { origin: site.origin, host: site.host } }), {});
    expect(await response.text()).toBe("done");
  });

  it("answers 403 without running the handler otherwise", async () => {
    const response = await handler(new Request(`${site.origin}/x`, { method: "POST", headers: { origin: "https://evil.example", host: "evil.example" } }), {});
    expect(response.status).toBe(403);
  });
});
