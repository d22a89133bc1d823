import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeReturnPath("/organise/campaigns/abc?tab=team")).toBe("/organise/campaigns/abc?tab=team");
  });

  it.each(["https://evil.example/", "//evil.example/x", "/\\evil.example", "organise", "", null, undefined, "/a\nb"])(
    "falls back for %j",
    (value) => {
      expect(safeReturnPath(value)).toBe("/organise");
    },
  );
});
