import { afterEach, describe, expect, it, vi } from "vitest";
import { shortLived } from "./short-lived";

afterEach(() => {
  vi.useRealTimers();
});

describe("shortLived", () => {
  it("loads once per key within the ttl, and again after it", async () => {
    vi.useFakeTimers();
    const memo = shortLived<number>(1_000);
    let loads = 0;
    const load = async () => ++loads;
    expect(await memo.get("a", load)).toBe(1);
    expect(await memo.get("a", load)).toBe(1);
    expect(await memo.get("b", load)).toBe(2);
    vi.advanceTimersByTime(999);
    expect(await memo.get("a", load)).toBe(1);
    vi.advanceTimersByTime(1);
    expect(await memo.get("a", load)).toBe(3);
  });

  it("shares one load between concurrent callers, and does not keep a failure", async () => {
    const memo = shortLived<string>(60_000);
    let loads = 0;
    const failing = async () => {
      loads++;
      throw new Error("database gone");
    };
    await expect(Promise.all([memo.get("k", failing), memo.get("k", failing)])).rejects.toThrow("database gone");
    expect(loads).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await memo.get("k", async () => "back")).toBe("back");
  });

  it("empties itself when full, so unknown keys cannot grow it without bound", async () => {
    const memo = shortLived<string>(60_000, 3);
    let loads = 0;
    const load = async () => `v${++loads}`;
    for (const key of ["a", "b", "c"]) await memo.get(key, load);
    await memo.get("d", load); // full: emptied, then d
    expect(await memo.get("a", load)).toBe("v5");
  });
});
