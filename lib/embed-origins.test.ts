import { describe, expect, it } from "vitest";
import { frameAncestorsSources, maxEmbedOrigins, normaliseEmbedOrigin, parseEmbedOrigins, parseEmbedPath } from "./embed-origins";

describe("normaliseEmbedOrigin", () => {
  it.each([
    ["https://partner.example", "https://partner.example"],
    ["https://partner.example/", "https://partner.example"],
    ["  HTTPS://Partner.Example:443/ ", "https://partner.example"],
    ["https://partner.example:8443", "https://partner.example:8443"],
    ["https://xn--bcher-kva.example", "https://xn--bcher-kva.example"],
    ["http://localhost:8080", "http://localhost:8080"],
    ["http://127.0.0.1:4000/", "http://127.0.0.1:4000"],
    ["http://[::1]:4000", "http://[::1]:4000"],
  ])("accepts %s as %s", (line, origin) => {
    expect(normaliseEmbedOrigin(line)).toEqual({ ok: true, origin });
  });

  it.each([
    ["https://partner.example/page", "path"],
    ["https://partner.example/?x=1", "path"],
    ["https://partner.example/#top", "path"],
    ["https://*.partner.example", "wildcard"],
    ["*", "wildcard"],
    ["http://partner.example", "insecure"],
    ["http://10.0.0.1", "insecure"],
    ["https://user:pass@partner.example", "credentials"],
    ["partner.example", "invalid"],
    ["ftp://partner.example", "invalid"],
    ["javascript:alert(1)", "invalid"],
    ["https://partner.example; script-src self", "invalid"],
    ["https://partner.example 'unsafe-inline'", "invalid"],
    ["https://part_ner.example", "invalid"],
    ["https://", "invalid"],
  ])("refuses %s (%s)", (line, problem) => {
    expect(normaliseEmbedOrigin(line)).toEqual({ ok: false, problem });
  });
});

describe("parseEmbedOrigins", () => {
  it("reads one origin a line, skips blank lines and duplicates", () => {
    expect(parseEmbedOrigins("https://a.example\n\n  https://A.example/ \r\nhttps://b.example:444\n")).toEqual({
      ok: true,
      origins: ["https://a.example", "https://b.example:444"],
    });
  });

  it("an empty list is allowed (nobody may frame)", () => {
    expect(parseEmbedOrigins("  \n")).toEqual({ ok: true, origins: [] });
  });

  it("names every bad line", () => {
    expect(parseEmbedOrigins("https://a.example\nhttps://b.example/x\nhttp://c.example")).toEqual({
      ok: false,
      problems: [
        { line: "https://b.example/x", problem: "path" },
        { line: "http://c.example", problem: "insecure" },
      ],
    });
  });

  it("refuses more than the maximum", () => {
    const text = Array.from({ length: maxEmbedOrigins + 1 }, (_, i) => `https://s${i}.example`).join("\n");
    const result = parseEmbedOrigins(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.problem).toBe("tooMany");
  });
});

describe("frameAncestorsSources", () => {
  it("lists the stored origins", () => {
    expect(frameAncestorsSources(["https://a.example", "http://127.0.0.1:4000"])).toBe("https://a.example http://127.0.0.1:4000");
  });

  it("is 'none' without origins", () => {
    expect(frameAncestorsSources([])).toBe("'none'");
  });

  it("drops anything not in normal form, so no directive or wildcard can be injected", () => {
    expect(
      frameAncestorsSources([
        "https://a.example; script-src 'unsafe-inline'",
        "*",
        "https://*.example",
        "https://B.example",
        "https://c.example/",
        "http://evil.example",
        "https://a.example",
        "https://a.example",
      ]),
    ).toBe("https://a.example");
    expect(frameAncestorsSources(["https://x.example\nframe-ancestors *"])).toBe("'none'");
  });
});

describe("parseEmbedPath", () => {
  it("reads the campaign and the kind", () => {
    expect(parseEmbedPath("/embed/campaigns/free-ana/letter")).toEqual({ slug: "free-ana", segment: "letter", sent: false });
    expect(parseEmbedPath("/embed/campaigns/free-ana/sign-on/sent")).toEqual({ slug: "free-ana", segment: "sign-on", sent: true });
  });

  it("is null for other paths", () => {
    expect(parseEmbedPath("/campaigns/free-ana/letter")).toBeNull();
    expect(parseEmbedPath("/embed/campaigns/free-ana")).toBeNull();
    expect(parseEmbedPath("/embed/campaigns/Free_Ana/letter")).toBeNull();
    expect(parseEmbedPath("/embed/campaigns/a/letter/other")).toBeNull();
  });
});
