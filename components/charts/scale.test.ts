import { describe, expect, it } from "vitest";
import { bandLayout, countAxis, linearScale, niceStep } from "./scale";

describe("niceStep", () => {
  it("rounds up to 1, 2, 2.5, 5 or 10 times a power of ten", () => {
    expect(niceStep(7)).toBe(10);
    expect(niceStep(1.5)).toBe(2);
    expect(niceStep(2.2)).toBe(2.5);
    expect(niceStep(0.3)).toBe(0.5);
    expect(niceStep(120)).toBe(200);
    expect(niceStep(5)).toBe(5);
  });

  it("falls back to 1 for zero, negative or non-finite input", () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(-4)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
  });
});

describe("countAxis", () => {
  it("ends on a round number at or above the largest value", () => {
    expect(countAxis(87)).toEqual({ max: 100, ticks: [0, 25, 50, 75, 100] });
    expect(countAxis(1234)).toEqual({ max: 1500, ticks: [0, 500, 1000, 1500] });
  });

  it("uses whole steps for small counts", () => {
    expect(countAxis(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(countAxis(1)).toEqual({ max: 1, ticks: [0, 1] });
  });

  it("draws an empty chart with a 0-1 axis instead of dividing by zero", () => {
    expect(countAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
  });
});

describe("linearScale", () => {
  it("maps the domain onto the range proportionally", () => {
    const y = linearScale(200, 100);
    expect(y(0)).toBe(0);
    expect(y(50)).toBe(25);
    expect(y(200)).toBe(100);
  });

  it("clamps values outside the domain", () => {
    const y = linearScale(10, 100);
    expect(y(-5)).toBe(0);
    expect(y(15)).toBe(100);
  });

  it("maps everything to 0 for an empty domain", () => {
    expect(linearScale(0, 100)(5)).toBe(0);
  });
});

describe("bandLayout", () => {
  it("fills the width with equal slots and centres the bars", () => {
    const layout = bandLayout(4, 400, 0.2);
    expect(layout.slot).toBe(100);
    expect(layout.bar).toBe(80);
    expect(layout.x(0)).toBe(10);
    expect(layout.x(3)).toBe(310);
  });

  it("has no bars when there is no data", () => {
    expect(bandLayout(0, 400).bar).toBe(0);
  });
});
