import { describe, expect, it } from "vitest";
import { resolveStored } from "./storage";

describe("resolveStored", () => {
  it("resolves names the app writes inside the upload directory", () => {
    const full = resolveStored("defenders/0b6c3d1e-8a7f-4c2b-9d1e-123456789abc.webp");
    expect(full).toMatch(/uploads\/defenders\/0b6c3d1e-8a7f-4c2b-9d1e-123456789abc\.webp$/);
  });

  it.each([
    "../etc/passwd",
    "defenders/../../secret.webp",
    "/etc/passwd",
    "defenders/0b6c3d1e-8a7f-4c2b-9d1e-123456789abc.svg",
    "defenders%2F..%2Fx.webp",
    "defenders\\0b6c3d1e-8a7f-4c2b-9d1e-123456789abc.webp",
  ])("refuses %s", (name) => {
    expect(resolveStored(name)).toBeNull();
  });
});
