import { describe, expect, it } from "vitest";
import { escapeXml, badgeSvg } from "./badge";
import { matchesIfNoneMatch, parsePaging, strongEtag } from "./http";
import { apiSchemas, openApiDocument } from "./openapi";
import { responseValidator } from "./validate";

const validate = responseValidator();

const campaign = {
  id: "3f1e2d4c-1111-4222-8333-944455556666",
  slug: "free-someone",
  title: "Free someone",
  summary: "Summary",
  status: "published",
  goal: null,
  deadline: null,
  publishedAt: "2026-01-02T03:04:05.000Z",
  closedAt: null,
  actionKinds: ["letter"],
  actionsTaken: 3,
  defenders: [],
  translation: { locale: "en", sourceLocale: "en", untranslated: [] },
};
const list = {
  data: [campaign],
  meta: { page: 1, perPage: 20, total: 1 },
  links: { self: "http://localhost/api/v1/campaigns?page=1&per_page=20", next: null, prev: null },
};

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with JSON Schema 2020-12 and every schema closed", () => {
    const document = openApiDocument("https://example.org");
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers[0]!.url).toBe("https://example.org/api/v1");
    const open = Object.entries(apiSchemas).filter(([, schema]) => schema.type === "object" && schema.additionalProperties !== false);
    expect(open).toEqual([]);
  });

  it("accepts a body that fits", () => {
    expect(validate("/campaigns", 200, list)).toEqual({ valid: true, errors: "" });
  });

  it("catches a mismatch: a property the document does not name, a wrong type, a missing field", () => {
    const leaked = validate("/campaigns", 200, { ...list, data: [{ ...campaign, supporterEmail: "a@example.org" }] });
    expect(leaked.valid).toBe(false);
    expect(leaked.errors).toMatch(/additional properties/);
    expect(validate("/campaigns", 200, { ...list, data: [{ ...campaign, actionsTaken: "3" }] }).valid).toBe(false);
    const { slug: _slug, ...withoutSlug } = campaign;
    expect(validate("/campaigns", 200, { ...list, data: [withoutSlug] }).valid).toBe(false);
    expect(validate("/campaigns", 200, { ...list, data: [{ ...campaign, status: "draft" }] }).valid).toBe(false);
    expect(validate("/campaigns/{slug}", 404, { error: { code: "not_found", message: "x" } }).valid).toBe(true);
    expect(validate("/campaigns/{slug}", 404, { error: { code: "gone", message: "x" } }).valid).toBe(false);
  });
});

describe("HTTP helpers", () => {
  it("makes a strong ETag of the bytes and compares If-None-Match weakly", () => {
    const etag = strongEtag("{}");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(strongEtag("{ }")).not.toBe(etag);
    expect(matchesIfNoneMatch(etag, etag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", W/${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch("*", etag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', etag)).toBe(false);
    expect(matchesIfNoneMatch(null, etag)).toBe(false);
  });

  it("reads page and per_page, refusing what is out of range", () => {
    const at = (query: string) => parsePaging(new URL(`http://x/api/v1/campaigns${query}`));
    expect(at("")).toEqual({ page: 1, perPage: 20, offset: 0 });
    expect(at("?page=3&per_page=10")).toEqual({ page: 3, perPage: 10, offset: 20 });
    for (const bad of ["?page=0", "?page=-1", "?per_page=101", "?page=1.5", "?page=x", "?per_page=01"]) expect(at(bad)).toBeNull();
  });
});

describe("the badge", () => {
  it("escapes the campaign's title and has an accessible title", () => {
    const svg = badgeSvg({ campaignTitle: `<script>alert("x")</script> & co`, total: 1234 });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; co: 1,234 actions taken</title>");
    expect(svg).toMatch(/role="img" aria-labelledby="badge-title"/);
    expect(svg).not.toMatch(/@import|url\(|href=/);
    expect(escapeXml(`'`)).toBe("&#39;");
  });
});
