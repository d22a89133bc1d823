import { describe, expect, it } from "vitest";
import { assertCan, can, rolePermissions, scopeOf } from "./permissions";
import { Refused } from "./refusal";

const supporter = { id: "s", role: "supporter" as const };
const organiser = { id: "o", role: "organiser" as const };
const admin = { id: "a", role: "admin" as const };

describe("permissions", () => {
  it("denies anonymous viewers everything", () => {
    expect(can(null, "action:create:any")).toBe(false);
    expect(scopeOf(undefined, "campaign:edit")).toBeNull();
  });

  it("lets organisers edit their own campaigns only", () => {
    expect(can(organiser, "campaign:edit:own")).toBe(true);
    expect(can(organiser, "campaign:edit:any")).toBe(false);
    expect(scopeOf(organiser, "campaign:edit")).toBe("own");
    expect(can(supporter, "campaign:edit:own")).toBe(false);
  });

  it("treats :any as covering :own", () => {
    expect(can(admin, "campaign:edit:own")).toBe(true);
    expect(scopeOf(admin, "campaign:edit")).toBe("any");
  });

  it("keeps admin-only powers away from organisers", () => {
    for (const p of ["moderation:decide:any", "user:edit:any", "audit:read:any", "admin:access:any"] as const) {
      expect(can(organiser, p)).toBe(false);
      expect(can(admin, p)).toBe(true);
    }
  });

  it("gives each role everything the role below it has", () => {
    for (const p of rolePermissions.supporter) expect(rolePermissions.organiser).toContain(p);
    for (const p of rolePermissions.organiser) expect(rolePermissions.admin).toContain(p);
  });

  it("assertCan refuses with the one refusal, forbidden, exactly when can() says no", () => {
    const checks = ["campaign:edit:own", "campaign:edit:any", "moderation:decide:any", "action:create:any"] as const;
    for (const viewer of [null, undefined, supporter, organiser, admin]) {
      for (const check of checks) {
        if (can(viewer, check)) {
          expect(() => assertCan(viewer, check)).not.toThrow();
        } else {
          expect(() => assertCan(viewer, check)).toThrow(Refused);
          expect(() => assertCan(viewer, check)).toThrow(expect.objectContaining({ reason: "forbidden" }));
        }
      }
    }
  });
});
