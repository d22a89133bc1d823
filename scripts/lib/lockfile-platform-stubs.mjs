#!/usr/bin/env node
/**
 * node scripts/lib/lockfile-platform-stubs.mjs [--check]
 *
 * The npm registry reachable from this project's machines does not serve
 * every platform build of native packages (e.g. @swc/core-darwin-arm64), so
 * `npm install` here writes a package-lock.json without them, and `npm ci`
 * then refuses it ("Missing: @swc/core-darwin-arm64@ from lock file").
 *
 * This adds the missing entries as stubs (name, version, optional, os/cpu),
 * which npm ci accepts and, on Linux x64, never downloads. It only touches
 * optional dependencies whose names look like platform builds; any other
 * difference between package.json and the lockfile is reported and left
 * alone (exit 1). --check only reports (exit 1 when stubs are needed).
 *
 * Plain Node (no dependencies): it runs before `npm ci`, in .ci/run too.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const lockFile = path.join(root, "package-lock.json");
const checkOnly = process.argv.includes("--check");

const PLATFORM =
  /-(darwin|win32|linux|freebsd|android|openharmony|sunos|aix|wasm32)-|-(wasi|arm64|x64|ia32|arm|ppc64|s390x|riscv64|loong64)(-|$)/;

function dryRun() {
  const result = spawnSync("npm", ["ci", "--dry-run", "--ignore-scripts", "--no-audit", "--no-fund"], {
    cwd: root,
    encoding: "utf8",
  });
  const output = `${result.stdout}\n${result.stderr}`;
  const missing = [...output.matchAll(/^npm error Missing: (.+?)@(\S*) from lock file$/gm)].map((m) => m[1]);
  const invalid = [...output.matchAll(/^npm error Invalid: (.+)$/gm)].map((m) => m[1]);
  return { ok: result.status === 0, missing: [...new Set(missing)], invalid, output };
}

function platformFields(name) {
  const fields = {};
  const os = /-(darwin|win32|linux|freebsd|android|openharmony|sunos|aix)(-|$)/.exec(name)?.[1];
  const cpu = /-(arm64|x64|ia32|arm|ppc64|s390x|riscv64|loong64|wasm32)(-|$)/.exec(name)?.[1];
  if (os) fields.os = [os];
  if (cpu) fields.cpu = [cpu];
  if (/-(gnu|gnueabihf)$/.test(name)) fields.libc = ["glibc"];
  if (/-(musl|musleabihf)$/.test(name)) fields.libc = ["musl"];
  return fields;
}

const first = dryRun();
if (first.ok) {
  console.log("package-lock.json: npm ci accepts it, nothing to do.");
  process.exit(0);
}

const notPlatform = first.missing.filter((name) => !PLATFORM.test(name));
if (first.invalid.length > 0 || notPlatform.length > 0 || first.missing.length === 0) {
  console.error("package-lock.json does not match package.json beyond missing platform builds:");
  for (const line of first.invalid) console.error(`  invalid: ${line}`);
  for (const name of notPlatform) console.error(`  missing: ${name}`);
  if (first.missing.length === 0 && first.invalid.length === 0) console.error(first.output.slice(-3000));
  console.error("Run `npm install` and commit package-lock.json.");
  process.exit(1);
}

if (checkOnly) {
  console.error(`package-lock.json lacks ${first.missing.length} platform build(s): ${first.missing.join(", ")}`);
  console.error("Run `node scripts/lib/lockfile-platform-stubs.mjs` and commit package-lock.json.");
  process.exit(1);
}

const lock = JSON.parse(readFileSync(lockFile, "utf8"));
const packages = lock.packages;
const wanted = new Set(first.missing);
let added = 0;
for (const [location, meta] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    if (!wanted.has(name)) continue;
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec)) {
      console.error(`${location} wants ${name}@${spec}: not an exact version, cannot stub it.`);
      process.exit(1);
    }
    const hoisted = `node_modules/${name}`;
    const key = !packages[hoisted] || packages[hoisted].version === spec ? hoisted : `${location}/node_modules/${name}`;
    if (packages[key]) continue;
    packages[key] = { version: spec, optional: true, ...platformFields(name) };
    added++;
  }
}
writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);

const second = dryRun();
if (!second.ok) {
  console.error(`Added ${added} stub(s), but npm ci still refuses package-lock.json:`);
  console.error(second.output.slice(-3000));
  process.exit(1);
}
console.log(`package-lock.json: added ${added} stub entries for platform builds the registry does not serve.`);
