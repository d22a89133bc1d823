import { describe, expect, it } from "vitest";
import { percentile, ratio, summarise } from "./stats";

describe("percentile", () => {
  const samples = Array.from({ length: 100 }, (_, i) => i + 1);

  it("takes the nearest rank", () => {
    expect(percentile(samples, 0.5)).toBe(50);
    expect(percentile(samples, 0.99)).toBe(99);
    expect(percentile(samples, 1)).toBe(100);
  });

  it("is 0 without samples", () => {
    expect(percentile([], 0.99)).toBe(0);
  });
});

describe("summarise", () => {
  it("counts only successes in the rate and adds up the failures", () => {
    const summary = summarise([30, 10, 20], 90, { "status 500": 4, socket: 6 }, 10);
    expect(summary).toMatchObject({ requests: 100, ok: 90, errors: 10, rps: 9, p50Ms: 20, maxMs: 30 });
  });
});

describe("ratio", () => {
  it("rounds to three decimals", () => {
    expect(ratio(2, 3)).toBe(0.667);
  });

  it("is null when the floor is missing or zero", () => {
    expect(ratio(5, 0)).toBeNull();
    expect(ratio(5, null)).toBeNull();
  });
});
