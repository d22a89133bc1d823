import { describe, expect, it } from "vitest";
import { goalMilestones } from "./milestones";

describe("goalMilestones", () => {
  it("has none without a goal", () => {
    expect(goalMilestones(10, null)).toEqual([]);
    expect(goalMilestones(10, 0)).toEqual([]);
  });

  it("marks the milestones the count has reached, rounding each up to a whole action", () => {
    expect(goalMilestones(500, 1000)).toEqual([
      { fraction: 0.25, count: 250, reached: true },
      { fraction: 0.5, count: 500, reached: true },
      { fraction: 0.75, count: 750, reached: false },
      { fraction: 1, count: 1000, reached: false },
    ]);
    expect(goalMilestones(2, 10).map((m) => [m.count, m.reached])).toEqual([
      [3, false],
      [5, false],
      [8, false],
      [10, false],
    ]);
    expect(goalMilestones(12, 10).every((m) => m.reached)).toBe(true);
  });
});
