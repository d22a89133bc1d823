import { describe, expect, it } from "vitest";
import { isPatched, knownAdvisories, unpatched } from "./known-advisories.mjs";

describe("isPatched", () => {
  const fixed = ["15.2.3", "16.0.7"];

  it("compares within the version's own release line", () => {
    expect(isPatched("15.2.3", fixed)).toBe(true);
    expect(isPatched("15.2.10", fixed)).toBe(true);
    expect(isPatched("15.2.2", fixed)).toBe(false);
    expect(isPatched("16.0.6", fixed)).toBe(false);
  });

  it("trusts lines newer than every fixed line, and distrusts older lines without a fix", () => {
    expect(isPatched("16.4.6", fixed)).toBe(true);
    expect(isPatched("17.0.0", fixed)).toBe(true);
    expect(isPatched("15.1.99", fixed)).toBe(false);
    expect(isPatched("14.2.30", fixed)).toBe(false);
  });

  it("does not guess about prereleases", () => {
    expect(isPatched("16.5.0-canary.3", fixed)).toBe(false);
  });
});

describe("unpatched", () => {
  it("passes this project's pinned Next.js and React", () => {
    expect(unpatched({ next: "16.4.6", react: "19.3.1", "react-dom": "19.3.1" })).toEqual([]);
  });

  it("names the advisories an old Next.js and React miss", () => {
    const ids = unpatched({ next: "15.2.2", react: "19.2.0" }).map((p) => `${p.name} ${p.advisory.id}`);
    expect(ids).toContain("next CVE-2025-29927");
    expect(ids).toContain("react CVE-2025-55182");
    expect(ids).toContain("next CVE-2026-23870 (Next.js)");
  });

  it("lists every advisory's fixed versions as plain versions", () => {
    for (const advisory of knownAdvisories) expect(advisory.fixed.every((v) => /^\d+\.\d+\.\d+$/.test(v))).toBe(true);
  });
});
