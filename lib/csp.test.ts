import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config, needsNonce } from "@/proxy";
import { getScriptNonceFromHeader } from "next/dist/server/app-render/get-script-nonce-from-header";
import { newNonce, strictContentSecurityPolicy } from "./csp";
import { contentSecurityPolicy, cspDirectives } from "./csp-directives";

const runsProxy = (url: string) => unstable_doesMiddlewareMatch({ config, url });
/** Whether proxy.ts puts a nonce policy on the page (it runs on every request, for the Host check). */
const matches = (url: string) => runsProxy(url) && needsNonce(new URL(url, "http://localhost").pathname);

describe("strictContentSecurityPolicy", () => {
  it("allows scripts by nonce only, and Next finds the nonce in it", () => {
    const nonce = newNonce();
    const policy = strictContentSecurityPolicy(nonce);
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(scriptSrc).not.toContain("unsafe");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(getScriptNonceFromHeader(policy)).toBe(nonce);
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect(Buffer.from([...nonces][0]!, "base64")).toHaveLength(16);
  });
});

describe("one directive list for both policies", () => {
  const baselineHeader = async () => {
    // next.config.js as Next loads it (CommonJS): the header it sends with every response.
    const { createRequire } = await import("node:module");
    const config = createRequire(import.meta.url)("../next.config.js") as { headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]> };
    const [all] = await config.headers();
    return all!.headers.find((h) => h.key === "Content-Security-Policy")!.value;
  };
  const directives = (policy: string) => policy.split("; ").map((d) => [d.slice(0, d.indexOf(" ")), d.slice(d.indexOf(" ") + 1)] as const);

  it("next.config.js sends the list's baseline, exactly as before", async () => {
    expect(await baselineHeader()).toBe(contentSecurityPolicy());
    expect(await baselineHeader()).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
    );
  });

  it("the strict policy has every directive of the list, in its order, and differs in script-src only", async () => {
    const nonce = newNonce();
    for (const development of [false, true]) {
      const strict = directives(strictContentSecurityPolicy(nonce, { development }));
      expect(strict.map(([name]) => name)).toEqual(cspDirectives.map(([name]) => name));
      for (const [name, sources] of strict) {
        if (name !== "script-src") expect(sources, name).toBe(cspDirectives.find(([known]) => known === name)![1]);
      }
    }
    const baseline = directives(await baselineHeader());
    expect(baseline).toEqual(cspDirectives.map(([name, sources]) => [name, sources]));
    expect(strictContentSecurityPolicy(nonce)).toBe(
      `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'`,
    );
    expect(strictContentSecurityPolicy(nonce, { development: true })).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'unsafe-eval';`);
  });

  it("refuses to replace a directive the list does not have", () => {
    expect(() => contentSecurityPolicy({ "script-scr": "'self'" })).toThrow(/script-scr/);
  });
});

describe("the proxy's matcher", () => {
  it("runs the proxy (its Host and Origin checks) on everything but Next's build files", () => {
    for (const url of ["/", "/dev/mail", "/api/auth/session", "/campaigns/free-them", "/media/photo.webp", "/share/mastodon", "/no/such/page", "/favicon.ico", "/_next/image?url=%2Ficon.svg&w=64&q=75"]) {
      expect(runsProxy(url), url).toBe(true);
    }
    expect(runsProxy("/_next/static/chunks/main.js")).toBe(false);
  });

  it("covers the pages rendered per request", () => {
    for (const url of [
      "/",
      "/campaigns",
      "/campaigns?country=GB",
      "/campaigns/free-them/letter",
      "/campaigns/free-them/solidarity",
      "/defenders",
      "/confirm/abc",
      "/unsubscribe/abc",
      "/signin",
      "/account",
      "/organise/campaigns/new",
      "/admin",
      "/dev/mail",
    ]) {
      expect(matches(url), url).toBe(true);
    }
  });

  it("leaves out cached pages, static pages, files and route handlers", () => {
    for (const url of [
      "/campaigns/free-them",
      "/campaigns/free-them/letter/sent",
      "/campaigns/free-them/sign-on/sent",
      "/campaigns/free-them/map.svg",
      "/campaigns/free-them/updates.rss",
      "/campaigns/free-them/updates.atom",
      "/feeds/updates.rss",
      "/feeds/updates.atom",
      "/defenders/jane-doe",
      "/account/deleted",
      "/signin/check-email",
      "/_next/static/chunks/main.js",
      "/api/auth/session",
      "/api/captcha",
      "/media/photo.webp",
      "/icon.svg",
      "/share/mastodon",
    ]) {
      expect(matches(url), url).toBe(false);
    }
  });
});

describe("the embeddable actions (ADR 0030)", () => {
  const configHeaders = async () => {
    const { createRequire } = await import("node:module");
    const config = createRequire(import.meta.url)("../next.config.js") as { headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]> };
    return config.headers();
  };

  it("next.config.js sends embeds no X-Frame-Options and a baseline without frame-ancestors; every other path keeps both", async () => {
    const [all, ...embeds] = await configHeaders();
    expect(all!.source).toContain("(?!(?:[a-z]{2}/)?embed(?:/|$))");
    expect(all!.headers.find((h) => h.key === "X-Frame-Options")?.value).toBe("DENY");
    expect(embeds.map((e) => e.source)).toEqual(["/embed/:path*", "/:locale([a-z]{2})/embed/:path*"]);
    for (const embed of embeds) {
      expect(embed.headers.some((h) => h.key === "X-Frame-Options")).toBe(false);
      const policy = embed.headers.find((h) => h.key === "Content-Security-Policy")!.value;
      expect(policy).toBe(contentSecurityPolicy({ "frame-ancestors": null }));
      expect(policy).not.toContain("frame-ancestors");
    }
  });

  it("the strict policy carries the campaign's frame-ancestors, and 'none' by default", () => {
    const nonce = newNonce();
    expect(strictContentSecurityPolicy(nonce)).toContain("frame-ancestors 'none'");
    const embed = strictContentSecurityPolicy(nonce, { frameAncestors: "https://partner.example http://127.0.0.1:4000" });
    expect(embed).toContain("; frame-ancestors https://partner.example http://127.0.0.1:4000");
    expect(embed).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  });

  it("the proxy puts its nonce policy on every embed page, in every language", () => {
    for (const url of ["/embed/campaigns/free-them/letter", "/fr/embed/campaigns/free-them/petition", "/ar/embed/campaigns/free-them/sign-on/sent"]) {
      expect(matches(url), url).toBe(true);
    }
  });
});
