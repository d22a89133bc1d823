import { describe, expect, it } from "vitest";
import type { TargetKind } from "@/db/schema/enums";
import { countryFromAcceptLanguage, resolveTargets, type TargetRef, type TargetRule } from "./resolve";

const target = (id: string, kind: TargetKind, state: string | null, host: string | null, isExample = true): TargetRef => ({
  id,
  kind,
  representedState: state,
  hostCountry: host,
  isExample,
});

const cnInCanada = target("cn-ca", "embassy", "CN", "CA", false);
const vnInCanada = target("vn-ca", "embassy", "VN", "CA", false);
const cnInUk = target("cn-gb", "embassy", "CN", "GB");
const cnMinistry = target("cn-mfa", "ministry", "CN", "CN");
const vnMinistry = target("vn-mfa", "ministry", "VN", "VN");
const unMission = target("un", "un_mission", "CN", "CH");

const dongRules: TargetRule[] = [
  { rule: "embassy", responsibleState: "CN", target: null, actionKinds: [] },
  { rule: "embassy", responsibleState: "VN", target: null, actionKinds: [] },
  { rule: "fallback", responsibleState: "CN", target: cnMinistry, actionKinds: [] },
  { rule: "fallback", responsibleState: "VN", target: vnMinistry, actionKinds: [] },
];
const embassies = [cnInCanada, vnInCanada, cnInUk];

describe("resolveTargets", () => {
  it("offers each responsible state's embassy in the supporter's country", () => {
    const out = resolveTargets({ rules: dongRules, embassies, supporterCountry: "ca", kind: "letter" });
    expect(out.map((r) => [r.target.id, r.reason])).toEqual([
      ["cn-ca", "embassy_in_supporter_country"],
      ["vn-ca", "embassy_in_supporter_country"],
    ]);
    expect(out.every((r) => r.contactable)).toBe(true);
  });

  it("falls back per state when no embassy is known in that country", () => {
    const out = resolveTargets({ rules: dongRules, embassies, supporterCountry: "GB", kind: "letter" });
    expect(out.map((r) => [r.target.id, r.reason])).toEqual([
      ["cn-gb", "embassy_in_supporter_country"],
      ["vn-mfa", "fallback_no_embassy"],
    ]);
  });

  it("uses the fallback when the supporter lives in the responsible state or gave no country", () => {
    expect(resolveTargets({ rules: dongRules, embassies, supporterCountry: "CN", kind: "letter" })[0]?.target.id).toBe("cn-mfa");
    expect(resolveTargets({ rules: dongRules, embassies, supporterCountry: null, kind: "letter" }).map((r) => r.target.id)).toEqual([
      "cn-mfa",
      "vn-mfa",
    ]);
  });

  it("always adds fixed targets, once, and respects per-kind rules", () => {
    const rules: TargetRule[] = [
      ...dongRules,
      { rule: "fixed", responsibleState: null, target: unMission, actionKinds: ["tweet"] },
      { rule: "fixed", responsibleState: null, target: unMission, actionKinds: ["tweet"] },
    ];
    expect(resolveTargets({ rules, embassies, supporterCountry: "CA", kind: "tweet" }).map((r) => r.target.id)).toEqual([
      "cn-ca",
      "vn-ca",
      "un",
    ]);
    expect(resolveTargets({ rules, embassies, supporterCountry: "CA", kind: "letter" }).map((r) => r.target.id)).not.toContain("un");
  });

  it("marks example data as not contactable", () => {
    const out = resolveTargets({ rules: dongRules, embassies, supporterCountry: "GB", kind: "email" });
    expect(out.find((r) => r.target.id === "cn-gb")?.contactable).toBe(false);
  });
});

describe("countryFromAcceptLanguage", () => {
  it("takes the region of the preferred language", () => {
    expect(countryFromAcceptLanguage("en-CA,en;q=0.9,fr-CA;q=0.8")).toBe("CA");
    expect(countryFromAcceptLanguage("fr;q=0.9, de-DE;q=0.95")).toBe("DE");
    expect(countryFromAcceptLanguage("zh-Hant-TW")).toBe("TW");
  });

  it("returns null when no region is given", () => {
    expect(countryFromAcceptLanguage("en")).toBeNull();
    expect(countryFromAcceptLanguage("")).toBeNull();
    expect(countryFromAcceptLanguage(undefined)).toBeNull();
    expect(countryFromAcceptLanguage("de-DE;q=0")).toBeNull();
  });
});
