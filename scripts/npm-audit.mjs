#!/usr/bin/env node
/**
 * node scripts/npm-audit.mjs
 *
 * `npm audit --omit=dev --audit-level=high`, for CI: exits 1 when the audit
 * service reports a high or critical vulnerability in a production dependency.
 * When the service cannot be asked (offline, or a registry that does not
 * implement the audit endpoint and answers 405), it says so loudly and falls
 * back to checking the installed Next.js and React against the known
 * 2025-2026 proxy-bypass and Flight advisories (scripts/lib/known-advisories.mjs);
 * it exits 0 only if those pass. That fallback is a floor, not an audit.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { knownAdvisories, unpatched } from "./lib/known-advisories.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const watched = [...new Set(knownAdvisories.flatMap((a) => a.packages))];

function installedVersions() {
  const versions = {};
  for (const name of watched) {
    const file = path.join(root, "node_modules", name, "package.json");
    if (existsSync(file)) versions[name] = JSON.parse(readFileSync(file, "utf8")).version;
  }
  return versions;
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
  const versions = installedVersions();
  console.log(`[npm-audit] installed: ${Object.entries(versions).map(([n, v]) => `${n}@${v}`).join(", ")}`);
  const problems = unpatched(versions);
  for (const { advisory, name, version } of problems) {
    console.error(`[npm-audit] ${name}@${version} lacks the fix for ${advisory.id}: ${advisory.title} (fixed in ${advisory.fixed.join(", ")})`);
  }
  if (problems.length === 0) console.log(`[npm-audit] offline check: at or above the fix of all ${knownAdvisories.length} known advisories`);
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
  console.warn("[npm-audit] Falling back to the offline check of known Next.js/React advisories.");
  console.warn("[npm-audit] This is NOT a full audit: run `npm audit --omit=dev` against registry.npmjs.org.");
  console.warn("[npm-audit] ************************************************************");
  return offlineCheck() ? 0 : 1;
}

process.exit(main());
