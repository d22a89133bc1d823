import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { devOutboxEnabled, devOutboxOpenTo, linkify } from "./dev-outbox";

describe("devOutboxEnabled", () => {
  const cases: [Record<string, string>, boolean][] = [
    [{ NODE_ENV: "development" }, true],
    [{ NODE_ENV: "test", DATABASE_URL: "postgres://h/db", SMTP_URL: "smtp://h" }, true],
    [{ NODE_ENV: "production" }, true], // npm start: the embedded demo, mail never leaves
    [{ NODE_ENV: "production", DATABASE_URL: "postgres://h/db" }, false],
    [{ NODE_ENV: "production", SMTP_URL: "smtp://h:25" }, false],
  ];
  it.each(cases)("%o → %s", (source, expected) => {
    expect(devOutboxEnabled(parseEnv(source))).toBe(expected);
  });
});

describe("devOutboxOpenTo", () => {
  const demo = parseEnv({ NODE_ENV: "production" });
  const request = (socket: string | null, host: string | null, extra: Record<string, string> = {}) =>
    new Headers({ ...(socket ? { "x-inkwell-socket-address": socket } : {}), ...(host ? { host } : {}), ...extra });

  it("opens the local demo's outbox to this machine, named by a loopback host", () => {
    expect(devOutboxOpenTo(request("127.0.0.1", "localhost:3000"), demo)).toBe(true);
    expect(devOutboxOpenTo(request("::1", "[::1]:3000"), demo)).toBe(true);
    expect(devOutboxOpenTo(request("::ffff:127.0.0.1", "127.0.0.1:4000"), demo)).toBe(true);
  });

  it("refuses another machine, whatever it claims, and a DNS-rebound host name", () => {
    expect(devOutboxOpenTo(request("192.0.2.10", "localhost:3000"), demo)).toBe(false);
    expect(devOutboxOpenTo(request("192.0.2.10", "localhost:3000", { "x-forwarded-for": "127.0.0.1", "x-real-ip": "127.0.0.1" }), demo)).toBe(false);
    expect(devOutboxOpenTo(request("127.0.0.1", "evil.example:3000"), demo)).toBe(false);
    expect(devOutboxOpenTo(request("127.0.0.1", null), demo)).toBe(false);
    expect(devOutboxOpenTo(request(null, "localhost:3000"), demo)).toBe(false);
  });

  it("never opens in production with an external database or SMTP, even on loopback", () => {
    expect(devOutboxOpenTo(request("127.0.0.1", "localhost:3000"), parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://h/db" }))).toBe(false);
    expect(devOutboxOpenTo(request("127.0.0.1", "localhost:3000"), parseEnv({ NODE_ENV: "production", SMTP_URL: "smtp://h:25" }))).toBe(false);
  });

  it("is open in development", () => {
    expect(devOutboxOpenTo(request("192.0.2.10", "dev.example"), parseEnv({ NODE_ENV: "development", DATABASE_URL: "postgres://h/db" }))).toBe(true);
  });
});

describe("linkify", () => {
  it("finds http(s) links and leaves closing punctuation outside", () => {
    expect(linkify("Sign in: https://inkwell.test/api/auth/callback?token=a&b=1. Thanks (http://x.test/y)")).toEqual([
      { kind: "text", text: "Sign in: " },
      { kind: "link", href: "https://inkwell.test/api/auth/callback?token=a&b=1" },
      { kind: "text", text: ". Thanks (" },
      { kind: "link", href: "http://x.test/y" },
      { kind: "text", text: ")" },
    ]);
  });

  it("never turns other schemes into links", () => {
    expect(linkify("javascript:alert(1) data:text/html,x")).toEqual([{ kind: "text", text: "javascript:alert(1) data:text/html,x" }]);
  });
});
