import { describe, expect, it } from "vitest";
import { parseUserFilters, usersHref } from "./filters";

describe("parseUserFilters", () => {
  it("keeps valid values and drops unknown or empty ones", () => {
    expect(parseUserFilters({ q: "  amal ", role: "admin", suspended: "yes", page: "3" })).toEqual({ q: "amal", role: "admin", suspended: "yes", page: 3 });
    expect(parseUserFilters({ q: "", role: "root", suspended: "maybe", page: "-1" })).toEqual({});
    expect(parseUserFilters({ role: ["organiser", "admin"] })).toEqual({ role: "organiser" });
  });
});

describe("usersHref", () => {
  it("builds the list URL with only the filters that are set", () => {
    expect(usersHref({})).toBe("/admin/users");
    expect(usersHref({ q: "a b&c", role: "supporter" }, 2)).toBe("/admin/users?q=a+b%26c&role=supporter&page=2");
    expect(usersHref({ suspended: "no" }, 1)).toBe("/admin/users?suspended=no");
  });
});
