import { describe, expect, it } from "vitest";
import { defaultRateLimitSettings } from "@/lib/rate-limit/policy";
import { kindIsCollecting, settingKeys, siteSettingsFrom } from "./settings";

describe("siteSettingsFrom", () => {
  it("defaults to collecting everything with the default limits", () => {
    const settings = siteSettingsFrom(new Map());
    expect(settings).toEqual({
      collectionPaused: false,
      pausedKinds: [],
      rateLimits: defaultRateLimitSettings,
      mailPaused: false,
      moderationOverdueHours: 24,
    });
    expect(kindIsCollecting(settings, "letter")).toBe(true);
  });

  it("reads the site-wide switch, paused kinds and rate-limit overrides", () => {
    const settings = siteSettingsFrom(
      new Map<string, unknown>([
        [settingKeys.collectionPaused, false],
        [settingKeys.pausedKinds, ["tweet"]],
        [settingKeys.rateLimits, { perIp: { points: 3, windowSeconds: 60 } }],
      ]),
    );
    expect(kindIsCollecting(settings, "tweet")).toBe(false);
    expect(kindIsCollecting(settings, "letter")).toBe(true);
    expect(settings.rateLimits.perIp).toEqual({ points: 3, windowSeconds: 60 });
    expect(kindIsCollecting(siteSettingsFrom(new Map([[settingKeys.collectionPaused, true]])), "letter")).toBe(false);
  });

  it("ignores malformed values instead of failing", () => {
    const settings = siteSettingsFrom(
      new Map<string, unknown>([
        [settingKeys.collectionPaused, "yes"],
        [settingKeys.pausedKinds, ["letter", "nonsense"]],
      ]),
    );
    expect(settings.collectionPaused).toBe(false);
    expect(settings.pausedKinds).toEqual([]);
  });
});
