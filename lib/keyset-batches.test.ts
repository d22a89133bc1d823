import { describe, expect, it } from "vitest";
import { keysetBatches } from "./keyset-batches";

const table = Array.from({ length: 25 }, (_, i) => ({ id: (i + 1) * 2 }));

function reader(log: string[] = []) {
  return async (after: number, limit: number, skip: number) => {
    log.push(`read after=${after} limit=${limit} skip=${skip}`);
    return table.filter((row) => row.id > after).slice(skip, skip + limit);
  };
}

async function collect<T>(batches: AsyncGenerator<T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const batch of batches) out.push(batch);
  return out;
}

describe("keysetBatches", () => {
  it("returns every row once, in id order, in batches of the size asked", async () => {
    const batches = await collect(keysetBatches(reader(), (rows) => rows.map((r) => r.id), { batchSize: 10 }));
    expect(batches.map((b) => b.length)).toEqual([10, 10, 5]);
    expect(batches.flat()).toEqual(table.map((r) => r.id));
  });

  it("asks for the next batch before handing out the current one", async () => {
    const log: string[] = [];
    const batches = keysetBatches(reader(log), (rows) => rows, { batchSize: 10 });
    await batches.next();
    expect(log).toEqual(["read after=0 limit=10 skip=0", "read after=20 limit=10 skip=0"]);
    await batches.return(undefined);
  });

  it("keeps to a window: skips the first rows once and stops after `take`", async () => {
    const log: string[] = [];
    const batches = await collect(keysetBatches(reader(log), (rows) => rows.map((r) => r.id), { batchSize: 4, skip: 3, take: 6 }));
    expect(batches.flat()).toEqual([8, 10, 12, 14, 16, 18]);
    expect(log).toEqual(["read after=0 limit=4 skip=3", "read after=14 limit=2 skip=0"]);
  });

  it("stops after a short batch, and reads nothing for take 0", async () => {
    const log: string[] = [];
    expect(await collect(keysetBatches(reader(log), (rows) => rows, { batchSize: 30 }))).toHaveLength(1);
    expect(log).toHaveLength(1);
    expect(await collect(keysetBatches(reader(log), (rows) => rows, { batchSize: 5, take: 0 }))).toEqual([]);
    expect(log).toHaveLength(1);
  });

  it("passes a failed read to the consumer, and a read in flight when the consumer stops is not an unhandled rejection", async () => {
    let calls = 0;
    const failing = async () => {
      calls += 1;
      if (calls === 2) throw new Error("connection lost");
      return table.slice(0, 5);
    };
    const batches = keysetBatches(failing, (rows) => rows, { batchSize: 5 });
    await batches.next();
    await expect(batches.next()).rejects.toThrow("connection lost");

    calls = 0;
    const stopped = keysetBatches(failing, (rows) => rows, { batchSize: 5 });
    await stopped.next();
    await stopped.return(undefined);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toBe(2);
  });
});
