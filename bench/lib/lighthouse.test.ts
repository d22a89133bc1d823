import { describe, expect, it } from "vitest";
import { medianRun } from "./lighthouse";

const run = (score: number, tbtMs = 0) => ({ score, lcpMs: 2000, tbtMs, cls: 0 });

describe("medianRun", () => {
  it("is the run with the middle score, whatever the run order", () => {
    expect(medianRun([run(84, 600), run(87, 500), run(81, 700)])).toEqual(run(84, 600));
    expect(medianRun([run(98), run(92), run(93)]).score).toBe(93);
  });

  it("takes the lower middle of an even number and refuses none", () => {
    expect(medianRun([run(90), run(95)]).score).toBe(90);
    expect(medianRun([run(70)]).score).toBe(70);
    expect(() => medianRun([])).toThrow(/no Lighthouse runs/);
  });
});
