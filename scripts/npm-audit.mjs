#!/usr/bin/env node
/**
 * node scripts/npm-audit.mjs
 *
 * `npm audit --omit=dev --audit-level=high`, for CI: exits 1 when the audit
 * service reports a high or critical vulnerability in a production dependency.
 * When the service cannot be asked (offline, or a registry that does not
 * implement the audit endpoint and answers 405), it says so loudly and falls
 * back to checking every production package (each copy of it: the lockfile's
 * non-dev packages and the installed `npm ls --omit=dev --all` tree) against
 * the advisories it knows (scripts/lib/known-advisories.mjs); it exits 0 only
 * if none is affected. That fallback is a floor, not an audit: it knows only
 * the advisories listed there.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { affectedPackages, knownAdvisories, packagesFromNpmLs, productionPackagesFromLock } from "./lib/known-advisories.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The production packages: the lockfile's non-dev entries, plus what is installed (npm ls), one entry per copy. */
function productionPackages() {
  const lockFile = path.join(root, "package-lock.json");
  const fromLock = existsSync(lockFile) ? productionPackagesFromLock(JSON.parse(readFileSync(lockFile, "utf8"))) : [];
  // npm ls exits 1 on a peer or extraneous complaint but still prints the tree.
  const ls = spawnSync("npm", ["ls", "--omit=dev", "--all", "--json"], { cwd: root, encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  let fromTree = [];
  try {
    fromTree = packagesFromNpmLs(JSON.parse(ls.stdout));
  } catch {
    console.warn(`[npm-audit] npm ls gave no tree (${(ls.stderr || ls.error?.message || "no output").trim().slice(0, 200)}); checking the lockfile alone`);
  }
  if (fromLock.length === 0 && fromTree.length === 0) throw new Error("no production packages found: neither package-lock.json nor npm ls");
  return { packages: [...fromLock, ...fromTree], lockCount: fromLock.length, treeCount: fromTree.length };
}

/** "ok" | "vulnerable" | "unavailable", with what to print. */
function runNpmAudit() {
  const result = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], { cwd: root, encoding: "utf8", timeout: 120_000 });
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    return { state: "unavailable", detail: (result.stderr || result.error?.message || "no JSON from npm audit").trim() };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) return { state: "unavailable", detail: report.message || report.error?.summary || report.error?.code || JSON.stringify(report).slice(0, 300) };
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  const names = Object.values(report.vulnerabilities ?? {})
    .filter((v) => v.severity === "high" || v.severity === "critical")
    .map((v) => `${v.name} (${v.severity})`);
  return serious > 0
    ? { state: "vulnerable", detail: `${serious} high/critical: ${names.join(", ")}` }
    : { state: "ok", detail: `no high or critical vulnerabilities (${counts.total ?? 0} lower)` };
}

function offlineCheck() {
  const { packages, lockCount, treeCount } = productionPackages();
  const distinct = new Set(packages.map((p) => `${p.name}@${p.version}`));
  const watched = new Set(knownAdvisories.flatMap((a) => a.packages));
  const named = [...distinct].filter((id) => watched.has(id.slice(0, id.lastIndexOf("@"))));
  console.log(`[npm-audit] offline check: ${distinct.size} production package versions (${lockCount} lockfile entries, ${treeCount} installed) against ${knownAdvisories.length} known advisories`);
  console.log(`[npm-audit] of which named in an advisory: ${named.sort().join(", ") || "none"}`);
  const reported = new Set();
  const problems = affectedPackages(packages).filter(({ advisory, name, version }) => {
    const key = `${advisory.id} ${name}@${version}`;
    return reported.has(key) ? false : (reported.add(key), true);
  });
  for (const { advisory, name, version, path: where } of problems) {
    const range = advisory.vulnerable ? `affected: ${advisory.vulnerable}` : `fixed in ${advisory.fixed.join(", ")}`;
    console.error(`[npm-audit] ${name}@${version} (${where ?? "installed"}) is affected by ${advisory.id}: ${advisory.title} (${range})`);
  }
  if (problems.length === 0) console.log(`[npm-audit] offline check: no production package is affected by any of the ${knownAdvisories.length} known advisories`);
  return problems.length === 0;
}

function main() {
  const audit = runNpmAudit();
  if (audit.state === "vulnerable") {
    console.error(`[npm-audit] FAIL: npm audit: ${audit.detail}`);
    return 1;
  }
  if (audit.state === "ok") {
    console.log(`[npm-audit] npm audit: ${audit.detail}`);
    return offlineCheck() ? 0 : 1;
  }
  console.warn("[npm-audit] ************************************************************");
  console.warn("[npm-audit] WARNING: the npm audit service could not be asked:");
  console.warn(`[npm-audit]   ${audit.detail}`);
  console.warn("[npm-audit] Falling back to the offline check of every production package against the advisories it knows.");
  console.warn("[npm-audit] This is NOT a full audit: run `npm audit --omit=dev` against registry.npmjs.org.");
  console.warn("[npm-audit] ************************************************************");
  return offlineCheck() ? 0 : 1;
}

process.exit(main());
