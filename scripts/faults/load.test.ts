import { describe, expect, it } from "vitest";
import type { Answer } from "./http";
import { closedLoop, openLoop, percentile } from "./load";

const ok = (ms: number): Answer => ({ outcome: { kind: "ok", status: 303, location: "/sent" }, ms });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("percentile", () => {
  it("takes the nearest rank", () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 100)).toBe(5);
    expect(percentile([], 95)).toBe(0);
  });
});

describe("closedLoop", () => {
  it("never has more than `concurrency` requests in flight and sends until next() runs dry", async () => {
    let inFlight = 0;
    let most = 0;
    let left = 20;
    const results = await closedLoop(
      () => (left-- > 0 ? left : undefined),
      4,
      async () => {
        most = Math.max(most, ++inFlight);
        await sleep(5);
        inFlight--;
        return ok(5);
      },
    );
    expect(results).toHaveLength(20);
    expect(most).toBe(4);
  });
});

describe("openLoop", () => {
  it("starts requests on schedule whatever the answers, and skips those beyond the in-flight cap", async () => {
    const release: (() => void)[] = [];
    const run = openLoop([1, 2, 3, 4, 5], 1000, 3, () => new Promise<Answer>((resolve) => release.push(() => resolve(ok(1)))));
    await sleep(50);
    expect(release).toHaveLength(3);
    for (const r of release) r();
    const { results, skipped } = await run;
    expect(results.map((r) => r.item).sort()).toEqual([1, 2, 3]);
    expect(skipped).toEqual([4, 5]);
  });
});
