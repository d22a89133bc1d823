import { describe, expect, it } from "vitest";
import { parseQueueSearch, parseSubjectKey, queueHref, subjectKey } from "./filters";

describe("queue search parameters", () => {
  it("falls back to the defaults for missing or malformed values", () => {
    expect(parseQueueSearch({})).toEqual({ tab: "all", type: null, sort: "oldest", page: 1 });
    expect(parseQueueSearch({ tab: "nope", type: "letters", sort: "random", page: "-3" })).toEqual({ tab: "all", type: null, sort: "oldest", page: 1 });
  });

  it("reads a full view, the first value of repeated parameters", () => {
    expect(parseQueueSearch({ tab: ["flagged", "overdue"], type: "org_signon", sort: "newest", page: "3" })).toEqual({
      tab: "flagged",
      type: "org_signon",
      sort: "newest",
      page: 3,
    });
  });

  it("builds short links that read back to the same view", () => {
    expect(queueHref({ tab: "all", type: null, sort: "oldest", page: 1 })).toBe("/admin/moderation");
    const view = { tab: "overdue", type: "defender", sort: "newest", page: 2 } as const;
    const href = queueHref(view);
    expect(parseQueueSearch(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(view);
  });
});

describe("subject keys", () => {
  it("round-trip and refuse unknown types", () => {
    expect(parseSubjectKey(subjectKey({ type: "action", id: "42" }))).toEqual({ type: "action", id: "42" });
    expect(parseSubjectKey("organiser_request:0b4e")).toEqual({ type: "organiser_request", id: "0b4e" });
    expect(parseSubjectKey("user:1")).toBeNull();
    expect(parseSubjectKey("action:")).toBeNull();
    expect(parseSubjectKey("garbage")).toBeNull();
  });
});
