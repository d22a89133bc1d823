/**
 * The arithmetic behind the server-drawn SVG charts: a "nice" top of the axis
 * (1, 2, 2.5 or 5 times a power of ten), evenly spaced ticks, and a linear map
 * from values to pixels.
 */

const niceSteps = [1, 2, 2.5, 5, 10];

/** The smallest round step size >= rough (e.g. 7 -> 10, 0.3 -> 0.5, 120 -> 200). */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const step = niceSteps.find((candidate) => fraction <= candidate + 1e-9) ?? 10;
  return step * power;
}

export interface Axis {
  /** The value at the top of the axis, >= the largest value, a whole number of steps. */
  max: number;
  /** Tick values from 0 to max inclusive. */
  ticks: number[];
}

/**
 * An axis from 0 that fits `largest` in about `tickCount` steps. Counts are
 * whole, so steps are at least 1: a chart of 0-3 actions gets ticks 0, 1, 2, 3.
 */
export function countAxis(largest: number, tickCount = 4): Axis {
  const top = Math.max(0, largest);
  if (top === 0) return { max: 1, ticks: [0, 1] };
  const step = Math.max(1, niceStep(top / tickCount));
  const wholeStep = Number.isInteger(step) ? step : Math.ceil(step);
  const max = Math.ceil(top / wholeStep) * wholeStep;
  const ticks: number[] = [];
  for (let value = 0; value <= max; value += wholeStep) ticks.push(value);
  return { max, ticks };
}

/** Maps [0, domainMax] onto [0, rangePx]; values outside are clamped, so a bar never leaves the plot. */
export function linearScale(domainMax: number, rangePx: number): (value: number) => number {
  if (!(domainMax > 0)) return () => 0;
  return (value) => (Math.min(Math.max(value, 0), domainMax) / domainMax) * rangePx;
}

/** Widths of n bars with a gap between them filling `widthPx` (gap is a fraction of a slot). */
export function bandLayout(count: number, widthPx: number, gapFraction = 0.2): { slot: number; bar: number; x: (index: number) => number } {
  if (count <= 0) return { slot: 0, bar: 0, x: () => 0 };
  const slot = widthPx / count;
  const gap = slot * Math.min(Math.max(gapFraction, 0), 0.9);
  return { slot, bar: slot - gap, x: (index) => index * slot + gap / 2 };
}
