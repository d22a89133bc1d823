import { describe, expect, it } from "vitest";
import { changedKeys, entityHref, valueText } from "./summary";

describe("changedKeys", () => {
  it("lists only the keys whose values differ", () => {
    expect(changedKeys({ role: "supporter", email: "a@example.org" }, { role: "organiser", email: "a@example.org" })).toEqual([
      { key: "role", before: "supporter", after: "organiser" },
    ]);
  });

  it("treats a missing side as empty: a creation lists every key, a deletion too", () => {
    expect(changedKeys(null, { title: "Free Narges", goal: 1000 })).toEqual([
      { key: "title", before: null, after: "Free Narges" },
      { key: "goal", before: null, after: "1000" },
    ]);
    expect(changedKeys({ id: "x" }, undefined)).toEqual([{ key: "id", before: "x", after: null }]);
  });

  it("compares nested values as JSON and shows scalars or arrays as one row", () => {
    expect(changedKeys({ kinds: ["letter"] }, { kinds: ["letter"] })).toEqual([]);
    expect(changedKeys({ kinds: ["letter"] }, { kinds: ["letter", "tweet"] })).toEqual([
      { key: "kinds", before: '["letter"]', after: '["letter","tweet"]' },
    ]);
    expect(changedKeys(true, false)).toEqual([{ key: "", before: "true", after: "false" }]);
    expect(changedKeys(["a"], ["a"])).toEqual([]);
  });

  it("counts a key set to null the same as an absent key", () => {
    expect(changedKeys({ note: null }, {})).toEqual([]);
  });
});

describe("valueText", () => {
  it("truncates long values with an ellipsis", () => {
    const text = valueText("x".repeat(200));
    expect(text).toHaveLength(80);
    expect(text!.endsWith("…")).toBe(true);
    expect(valueText({ a: 1 })).toBe('{"a":1}');
    expect(valueText(null)).toBeNull();
  });
});

describe("entityHref", () => {
  it("links entities that have a page, and nothing else", () => {
    const id = "0b9c6f0e-5a8b-4c1e-9f7a-2d3e4f5a6b7c";
    expect(entityHref("campaign", id)).toBe(`/organise/campaigns/${id}`);
    expect(entityHref("defender", id)).toBe(`/organise/defenders/${id}`);
    expect(entityHref("target", "import")).toBeNull();
    expect(entityHref("user", "abc")).toBe("/admin/users/abc");
    expect(entityHref("organiser_request", id)).toBe(`/admin/moderation/organiser_request/${id}`);
    expect(entityHref("list_entry", id)).toBe("/admin/abuse/lists");
    expect(entityHref("delivery", id)).toBeNull();
  });
});
