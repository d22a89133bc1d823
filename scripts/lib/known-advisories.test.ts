import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  affectedPackages,
  inRange,
  isPatched,
  knownAdvisories,
  packagesFromNpmLs,
  productionPackagesFromLock,
  unpatched,
} from "./known-advisories.mjs";

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

  it("lists every advisory's fixed versions as plain versions, and every range readably", () => {
    for (const advisory of knownAdvisories) {
      expect(advisory.fixed.every((v) => /^\d+\.\d+\.\d+$/.test(v))).toBe(true);
      if (advisory.vulnerable) expect(() => inRange("1.0.0", advisory.vulnerable!)).not.toThrow();
    }
  });

  it("agree with the range where an advisory gives both: the first fixed version is outside it", () => {
    for (const advisory of knownAdvisories.filter((a) => a.vulnerable)) {
      for (const fixed of advisory.fixed) expect(inRange(fixed, advisory.vulnerable!), `${advisory.id} ${fixed}`).toBe(false);
    }
  });
});

describe("inRange", () => {
  it("reads the advisory database's comparators", () => {
    expect(inRange("9.0.0", "<=9.0.0")).toBe(true);
    expect(inRange("9.0.1", "<=9.0.0")).toBe(false);
    expect(inRange("9.0.9", "<9.1.0")).toBe(true);
    expect(inRange("9.1.0", "<9.1.0")).toBe(false);
    expect(inRange("10.0.0", ">10.0.0")).toBe(false);
    expect(inRange("10.0.1", ">10.0.0")).toBe(true);
    expect(inRange("1.2.3", "1.2.3")).toBe(true);
    expect(inRange("1.2.3", "=1.2.4")).toBe(false);
  });

  it("needs every comparator of an alternative, and any one alternative", () => {
    const range = ">=15.0.0 <15.2.3 || >=16.0.0 <16.0.7";
    expect(inRange("15.2.2", range)).toBe(true);
    expect(inRange("15.2.3", range)).toBe(false);
    expect(inRange("14.9.9", range)).toBe(false);
    expect(inRange("16.0.6", range)).toBe(true);
    expect(inRange("16.1.0", range)).toBe(false);
  });

  it("compares numerically, not as text", () => {
    expect(inRange("9.10.0", "<9.9.0")).toBe(false);
    expect(inRange("10.0.0", "<9.1.0")).toBe(false);
    expect(inRange("8.0.11", "<8.0.9")).toBe(false);
  });

  it("counts a prerelease as affected, and refuses a range it cannot read", () => {
    expect(inRange("9.2.0-beta.1", "<9.1.0")).toBe(true);
    expect(() => inRange("1.0.0", "< 9.1")).toThrow(/Unreadable/);
    expect(() => inRange("1.0.0", "~9.1.0")).toThrow(/Unreadable/);
  });
});

describe("the Nodemailer advisories", () => {
  const nodemailer = (version: string) => affectedPackages([{ name: "nodemailer", version }]).map((p) => p.advisory.id).sort();

  it("catch the 8.x line this project used, and 9.0.x", () => {
    expect(nodemailer("8.0.11")).toEqual(["GHSA-2x7j-588g-ccc2", "GHSA-p6gq-j5cr-w38f"]);
    expect(nodemailer("9.0.0")).toEqual(["GHSA-2x7j-588g-ccc2", "GHSA-p6gq-j5cr-w38f"]);
    expect(nodemailer("9.0.6")).toEqual(["GHSA-2x7j-588g-ccc2"]);
  });

  it("pass the fixed versions", () => {
    expect(nodemailer("9.1.0")).toEqual([]);
    expect(nodemailer("10.6.1")).toEqual([]);
  });

  it("ignore other packages with the same versions", () => {
    expect(affectedPackages([{ name: "nodemailer-extra", version: "8.0.11" }])).toEqual([]);
  });
});

describe("the production packages of a lockfile", () => {
  const lock = {
    packages: {
      "": { name: "inkwell", version: "0.1.0" },
      "node_modules/next": { version: "16.4.6" },
      "node_modules/nodemailer": { version: "10.6.1" },
      "node_modules/smtp-server": { version: "3.21.6", dev: true },
      "node_modules/smtp-server/node_modules/nodemailer": { version: "8.0.11", dev: true },
      "node_modules/some-lib/node_modules/nodemailer": { version: "8.0.11" },
      "node_modules/@scope/pkg": { version: "1.0.0", devOptional: true },
      "node_modules/mailer-alias": { name: "nodemailer", version: "9.0.0" },
      "packages/local": { version: "1.0.0" },
      "node_modules/local": { resolved: "packages/local", link: true },
    },
  };

  it("are every non-dev entry, one per copy, named by path or alias", () => {
    expect(productionPackagesFromLock(lock).map((p) => `${p.name}@${p.version}`)).toEqual([
      "next@16.4.6",
      "nodemailer@10.6.1",
      "nodemailer@8.0.11",
      "@scope/pkg@1.0.0",
      "nodemailer@9.0.0",
    ]);
  });

  it("are checked whole: a vulnerable nested copy fails even when the top-level one is fixed", () => {
    const problems = affectedPackages(productionPackagesFromLock(lock));
    expect(problems.map((p) => `${p.path} ${p.advisory.id}`).sort()).toEqual([
      "node_modules/mailer-alias GHSA-2x7j-588g-ccc2",
      "node_modules/mailer-alias GHSA-p6gq-j5cr-w38f",
      "node_modules/some-lib/node_modules/nodemailer GHSA-2x7j-588g-ccc2",
      "node_modules/some-lib/node_modules/nodemailer GHSA-p6gq-j5cr-w38f",
    ]);
  });

  it("of this repository pass every known advisory", () => {
    const repoLock = JSON.parse(readFileSync(new URL("../../package-lock.json", import.meta.url), "utf8"));
    const packages = productionPackagesFromLock(repoLock);
    expect(packages.length).toBeGreaterThan(50);
    expect(packages.some((p) => p.name === "nodemailer")).toBe(true);
    expect(packages.some((p) => p.name === "vitest")).toBe(false);
    expect(affectedPackages(packages)).toEqual([]);
  });
});

describe("the packages of npm ls --all --json", () => {
  it("are every node of the tree, nested ones included", () => {
    const tree = {
      name: "inkwell",
      dependencies: {
        next: { version: "16.4.6", dependencies: { react: { version: "19.3.1" } } },
        "some-lib": { version: "1.0.0", dependencies: { nodemailer: { version: "8.0.11" } } },
        missing: { required: "^1.0.0", missing: true },
      },
    };
    const packages = packagesFromNpmLs(tree);
    expect(packages.map((p) => `${p.path}@${p.version}`)).toEqual(["next@16.4.6", "next > react@19.3.1", "some-lib@1.0.0", "some-lib > nodemailer@8.0.11"]);
    expect(affectedPackages(packages).map((p) => p.path)).toEqual(["some-lib > nodemailer", "some-lib > nodemailer"]);
  });
});
