/** Fills from "no actions" to "most actions": the brand blue, light to dark. */
export const noActionsFill = "#eceef1";
const stepFills = ["#c9d5ec", "#93aad6", "#5d7fbd", "#2f5597", "#14284f"];

export interface Bucket {
  /** Smallest count in the bucket (inclusive). */
  from: number;
  /** Largest count in the bucket (inclusive). */
  to: number;
  fill: string;
}

/**
 * Up to five buckets covering 1..max, on a logarithmic scale because a few
 * countries usually have most of the actions. Bounds are whole numbers and
 * never overlap; a small max gives fewer buckets.
 */
export function countBuckets(max: number): Bucket[] {
  max = Math.floor(max);
  if (max < 1) return [];
  const steps = Math.min(stepFills.length, max);
  const starts: number[] = [];
  for (let i = 0; i < steps; i++) {
    // Rounding may land on the previous start when max is small: the next whole number still fits below max.
    starts.push(Math.max((starts.at(-1) ?? 0) + 1, Math.round(Math.pow(max, i / steps))));
  }
  const offset = stepFills.length - starts.length;
  return starts.map((from, i) => ({
    from,
    to: i + 1 < starts.length ? (starts[i + 1] as number) - 1 : max,
    fill: stepFills[offset + i] as string,
  }));
}

export function fillFor(count: number, buckets: Bucket[]): string {
  if (count < 1) return noActionsFill;
  return buckets.find((bucket) => count >= bucket.from && count <= bucket.to)?.fill ?? buckets.at(-1)?.fill ?? noActionsFill;
}
