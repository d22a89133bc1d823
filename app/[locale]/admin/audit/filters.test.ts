import { describe, expect, it } from "vitest";
import { auditFilters, auditHref, parseAuditSearch } from "./filters";

describe("parseAuditSearch", () => {
  it("keeps valid filters and drops malformed ones", () => {
    expect(parseAuditSearch({ actor: " admin@example.org ", entityType: "campaign", from: "2026-11-01", to: "2026-13-40", before: "120" })).toEqual({
      actor: "admin@example.org",
      entityType: "campaign",
      from: "2026-11-01",
      before: 120,
    });
    expect(parseAuditSearch({ entityType: "x; drop", before: "-3", actor: "" })).toEqual({});
  });
});

describe("auditFilters", () => {
  it("reads days as UTC and includes the whole 'to' day", () => {
    const filters = auditFilters({ from: "2026-11-01", to: "2026-11-02" });
    expect(filters.from?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(filters.to?.toISOString()).toBe("2026-11-03T00:00:00.000Z");
  });
});

describe("auditHref", () => {
  it("keeps the filters and adds the cursor", () => {
    expect(auditHref({})).toBe("/admin/audit");
    expect(auditHref({ action: "user.role", entityId: "a b" }, 42)).toBe("/admin/audit?entityId=a+b&action=user.role&before=42");
  });
});
