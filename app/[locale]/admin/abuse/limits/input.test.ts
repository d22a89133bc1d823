import { describe, expect, it } from "vitest";
import { defaultRateLimitSettings } from "@/lib/rate-limit/policy";
import { formValuesOf, rateLimitFormSchema } from "./input";

describe("rateLimitFormSchema", () => {
  it("reads the form back into the settings it was filled from", () => {
    expect(rateLimitFormSchema.parse(formValuesOf(defaultRateLimitSettings))).toEqual(defaultRateLimitSettings);
  });

  it("converts minutes to seconds", () => {
    const values = { ...formValuesOf(defaultRateLimitSettings), perIpPoints: " 5 ", perIpMinutes: "15" };
    expect(rateLimitFormSchema.parse(values).perIp).toEqual({ points: 5, windowSeconds: 900 });
  });

  it("names each bad field with its own message", () => {
    const values = { ...formValuesOf(defaultRateLimitSettings), perIpPoints: "0", perEmailMinutes: "2.5", perEmailDomainWithoutProofPoints: "999999", perIpWithoutProofMinutes: "" };
    const result = rateLimitFormSchema.safeParse(values);
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(byField).toEqual({
      perIpPoints: "AdminAbuse.errors.pointsRange",
      perEmailMinutes: "AdminAbuse.errors.windowRange",
      perEmailDomainWithoutProofPoints: "AdminAbuse.errors.pointsRange",
      perIpWithoutProofMinutes: "AdminAbuse.errors.windowRange",
    });
  });
});
