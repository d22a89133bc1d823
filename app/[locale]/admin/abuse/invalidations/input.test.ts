import { describe, expect, it } from "vitest";
import { invalidationFormHref, invalidationFormSchema, prefillFromQuery } from "./input";

const base = { intent: "preview", from: "2026-11-21T21:00", to: "2026-11-21T22:00" };

function errorsOf(input: Record<string, string>) {
  const result = invalidationFormSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("invalidationFormSchema", () => {
  it("reads the window as UTC and normalises the domain", () => {
    const form = invalidationFormSchema.parse({ ...base, emailDomain: " @Flood.Example ", previewCount: "12" });
    expect(form).toMatchObject({ emailDomain: "flood.example", ipHash: null, campaign: null, previewCount: 12 });
    expect(form.from.toISOString()).toBe("2026-11-21T21:00:00.000Z");
  });

  it("asks for a subject and a window in the right order, next to the fields", () => {
    expect(errorsOf(base)).toEqual({ ipHash: "AdminAbuse.errors.needSubject" });
    expect(errorsOf({ ...base, campaign: "a-b", to: "2026-11-21T20:00" })).toEqual({ to: "AdminAbuse.errors.toBeforeFrom" });
    expect(errorsOf({ ...base, campaign: "Not A Slug" })).toEqual({ campaign: "AdminAbuse.errors.campaignSlug" });
    expect(errorsOf({ ...base, ipHash: "abc" })).toEqual({ ipHash: "AdminAbuse.errors.ipHash" });
    expect(errorsOf({ ...base, campaign: "a", from: "yesterday" })).toEqual({ from: "AdminAbuse.errors.dateTime" });
  });
});

describe("invalidationFormHref and prefillFromQuery", () => {
  it("round-trip a prefilled form", () => {
    const now = new Date("2026-11-21T22:00:00Z");
    const href = invalidationFormHref({ emailDomain: "flood.example", from: new Date("2026-11-21T21:00:00Z"), to: now });
    const query = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(prefillFromQuery(query, now)).toEqual({ ipHash: "", emailDomain: "flood.example", campaign: "", from: "2026-11-21T21:00", to: "2026-11-21T22:00" });
    expect(prefillFromQuery({ from: "junk" }, now).from).toBe("2026-11-21T21:00");
  });
});
