import { describe, expect, it } from "vitest";
import { benchConfig, servedNodeOptions, stagesOf } from "./config";

describe("benchConfig", () => {
  it("defaults to the full-size run of issue #6", () => {
    const config = benchConfig({});
    expect(config).toMatchObject({ rows: 1_000_000, signSeconds: 60, signConcurrency: [8, 16, 32], port: 3191, floorAppPort: 3192, distDir: ".next-bench" });
  });

  it("scales the other phases with BENCH_SECONDS", () => {
    const config = benchConfig({ BENCH_SECONDS: "12", BENCH_ROWS: "50000" });
    expect(config).toMatchObject({ rows: 50_000, floorSeconds: 6, pageSeconds: 5, pgbenchSeconds: 5 });
  });

  it("puts B0's bare app on a port of its own", () => {
    expect(benchConfig({ BENCH_FLOOR_APP_PORT: "4000" }).floorAppPort).toBe(4000);
  });

  it("refuses nonsense instead of benchmarking it", () => {
    expect(() => benchConfig({ BENCH_ROWS: "lots" })).toThrow(/BENCH_ROWS/);
    expect(() => benchConfig({ BENCH_SIGN_CONCURRENCY: "8,x" })).toThrow(/BENCH_SIGN_CONCURRENCY/);
  });
});

describe("stagesOf", () => {
  it("splits the time over rising concurrency", () => {
    expect(stagesOf([16, 32, 64], 60)).toEqual([
      { connections: 16, seconds: 20 },
      { connections: 32, seconds: 20 },
      { connections: 64, seconds: 20 },
    ]);
  });
});

describe("servedNodeOptions", () => {
  it("takes the heap ceiling of package.json's serve script, before any NODE_OPTIONS already set", async () => {
    const { readFileSync } = await import("node:fs");
    const scripts = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).scripts as Record<string, string>;
    const ceiling = /--max-old-space-size=\d+/.exec(scripts.serve!)?.[0];
    expect(ceiling).toBeDefined();
    expect(scripts.start).toContain(ceiling);
    expect(servedNodeOptions(scripts.serve!, undefined)).toBe(ceiling);
    expect(servedNodeOptions(scripts.serve!, "--trace-gc")).toBe(`${ceiling} --trace-gc`);
    expect(() => servedNodeOptions("next start", undefined)).toThrow(/max-old-space-size/);
  });
});
