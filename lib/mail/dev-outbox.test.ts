import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { devOutboxEnabled, linkify } from "./dev-outbox";

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
