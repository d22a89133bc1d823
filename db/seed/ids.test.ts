import { describe, expect, it } from "vitest";
import { isUuid } from "@/lib/ids";
import { seedId } from "./ids";

describe("seedId", () => {
  it("makes ids isUuid accepts (moved from lib/ids.test.ts: lib/ imports nothing from db/)", () => {
    expect(isUuid(seedId("campaign:x"))).toBe(true);
  });
});
