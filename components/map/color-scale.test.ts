import { describe, expect, it } from "vitest";
import { countBuckets, fillFor, noActionsFill } from "./color-scale";

function expectContiguous(max: number) {
  const buckets = countBuckets(max);
  expect(buckets[0]?.from).toBe(1);
  expect(buckets.at(-1)?.to).toBe(max);
  for (let i = 1; i < buckets.length; i++) expect(buckets[i]?.from).toBe((buckets[i - 1]?.to ?? 0) + 1);
  for (const bucket of buckets) expect(bucket.to).toBeGreaterThanOrEqual(bucket.from);
  return buckets;
}

describe("countBuckets", () => {
  it("has no buckets without actions", () => {
    expect(countBuckets(0)).toEqual([]);
  });

  it("covers 1..max without gaps or overlaps, whatever the max", () => {
    for (const max of [1, 2, 3, 5, 7, 10, 99, 1000, 12_345, 1_000_000]) expectContiguous(max);
  });

  it("uses a logarithmic scale, five steps when there is room", () => {
    const buckets = expectContiguous(100_000);
    expect(buckets.map((b) => b.from)).toEqual([1, 10, 100, 1000, 10_000]);
  });

  it("gives one bucket per count when the max is small, darkest for the max", () => {
    const buckets = expectContiguous(2);
    expect(buckets).toHaveLength(2);
    expect(fillFor(2, buckets)).toBe(countBuckets(100).at(-1)?.fill);
  });

  it("fills zero with the no-actions colour and each count with its bucket's", () => {
    const buckets = countBuckets(1000);
    expect(fillFor(0, buckets)).toBe(noActionsFill);
    expect(fillFor(1, buckets)).toBe(buckets[0]?.fill);
    expect(fillFor(1000, buckets)).toBe(buckets.at(-1)?.fill);
    expect(new Set(buckets.map((b) => b.fill)).size).toBe(buckets.length);
  });
});
