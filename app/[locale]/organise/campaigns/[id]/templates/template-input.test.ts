import { describe, expect, it } from "vitest";
import { templateProblems, templateSchema } from "./template-input";

const base = { kind: "letter" as const, targetId: null, subject: null };

describe("templateProblems", () => {
  it("accepts a template that uses only known placeholders", () => {
    expect(templateProblems({ ...base, body: "Dear {target.honorific} {target.name},\nRelease {defender.name}. {supporter.name}, {date}" })).toEqual([]);
  });

  it("names every unknown placeholder in the body, once, in order", () => {
    expect(templateProblems({ ...base, body: "Dear {target.nmae}, free {defender.fullname} {target.nmae}" })).toEqual([
      { field: "body", key: "errors.unknownPlaceholder", values: { names: "{target.nmae}, {defender.fullname}", count: 2 } },
    ]);
  });

  it("checks the subject too", () => {
    expect(templateProblems({ ...base, kind: "email", subject: "Free {prisoner}", body: "Hello" })).toEqual([
      { field: "subject", key: "errors.unknownPlaceholder", values: { names: "{prisoner}", count: 1 } },
    ]);
  });

  it("allows a per-target text only for tweets", () => {
    const targetId = "2b0f8a4e-8d5c-4a61-9d55-0f1f5a8b9c10";
    expect(templateProblems({ ...base, targetId, body: "Hi" })).toEqual([{ field: "targetId", key: "errors.targetOnlyForTweets" }]);
    expect(templateProblems({ ...base, kind: "tweet", targetId, body: "Hi" })).toEqual([]);
  });

  it("refuses a tweet longer than 280 characters", () => {
    expect(templateProblems({ ...base, kind: "tweet", body: "x".repeat(281) })).toEqual([
      { field: "body", key: "errors.tweetTooLong", values: { limit: 280 } },
    ]);
  });
});

describe("templateSchema", () => {
  const valid = { campaignId: "c", kind: "letter", language: "", targetId: "", subject: "", body: " Dear {target.name} " };

  it("defaults the language to en, trims the body and turns empty fields into null", () => {
    expect(templateSchema.parse(valid)).toEqual({ campaignId: "c", kind: "letter", language: "en", targetId: null, subject: null, body: "Dear {target.name}" });
  });

  it("canonicalises language tags and refuses invalid ones", () => {
    expect(templateSchema.parse({ ...valid, language: "pt-br" }).language).toBe("pt-BR");
    const result = templateSchema.safeParse({ ...valid, language: "not a language" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Templates.errors.language");
  });

  it("refuses an unknown kind and an empty body", () => {
    const result = templateSchema.safeParse({ ...valid, kind: "fax", body: "  " });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["kind", "Templates.errors.kind"],
      ["body", "Validation.required"],
    ]);
  });
});
