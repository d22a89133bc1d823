import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const require = createRequire(import.meta.url);
const root = path.resolve(__dirname, "..");

function loadConfig(benchBuild: boolean): { pageExtensions: string[]; typescript?: { ignoreBuildErrors?: boolean } } {
  vi.stubEnv("INKWELL_BENCH_BUILD", benchBuild ? "1" : "");
  const file = require.resolve(path.join(root, "next.config.js"));
  delete require.cache[file];
  return require(file);
}

/** Files under app/ whose name ends in .bench.ts or .bench.tsx. */
function benchFiles(dir = path.join(root, "app")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return benchFiles(full);
    return /\.bench\.tsx?$/.test(entry.name) ? [path.relative(root, full)] : [];
  });
}

/** Whether Next would route `file` (page/route/layout...) with these page extensions. */
function isRouteFile(file: string, extensions: string[]): boolean {
  const name = path.basename(file);
  return extensions.some((ext) => ["page", "route", "layout", "template", "default"].some((kind) => name === `${kind}.${ext}`));
}

describe("bench-only routes", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("exist in the app (the benchmark's floor action and stats)", () => {
    expect(benchFiles()).toEqual(
      expect.arrayContaining(["app/[locale]/bench/floor/page.bench.tsx", "app/[locale]/bench/stats/route.bench.ts"]),
    );
  });

  it("are routes in a bench build", () => {
    const { pageExtensions } = loadConfig(true);
    expect(benchFiles().filter((file) => isRouteFile(file, pageExtensions))).toHaveLength(2);
  });

  it("are not routes in a normal build, and nothing else under app/[locale]/bench is", () => {
    const { pageExtensions, typescript } = loadConfig(false);
    expect(benchFiles().filter((file) => isRouteFile(file, pageExtensions))).toEqual([]);
    const others = readdirSync(path.join(root, "app", "[locale]", "bench"), { recursive: true, encoding: "utf8" }).filter(
      (file) => !/\.bench\.tsx?$/.test(file) && /\.(tsx?|jsx?)$/.test(file),
    );
    expect(others).toEqual([]);
    expect(typescript?.ignoreBuildErrors).toBe(false);
  });
});
