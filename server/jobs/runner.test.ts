import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/db";
import { withJobLock } from "@/db/queries/jobs";
import { metrics } from "@/lib/metrics";
import { createTestDb, type TestDatabase } from "@/test/db";
import { startJobs } from "./runner";

let t: TestDatabase;

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  await t?.close();
  await closeDb();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await sleep(10);
  }
}

describe("withJobLock", () => {
  it("skips the run while another process holds the job's lock", async () => {
    const name = `test-job-${randomUUID()}`;
    const otherProcess = await t.sql.reserve();
    try {
      await otherProcess`select pg_advisory_lock(hashtext(${name}))`;
      const run = vi.fn(async () => {});
      expect(await withJobLock(name, run)).toBe(false);
      expect(run).not.toHaveBeenCalled();

      await otherProcess`select pg_advisory_unlock(hashtext(${name}))`;
      expect(await withJobLock(name, run)).toBe(true);
      expect(run).toHaveBeenCalledOnce();
    } finally {
      otherProcess.release();
    }
  });

  it("holds the lock for the whole run, so a second runner skips", async () => {
    const name = `test-job-${randomUUID()}`;
    let release = () => {};
    const first = withJobLock(name, () => new Promise<void>((resolve) => (release = resolve)));
    await sleep(50);
    const [{ held } = { held: false }] = await t.sql<{ held: boolean }[]>`
      select not pg_try_advisory_xact_lock(hashtext(${name})) as held`;
    expect(held).toBe(true);
    expect(await withJobLock(name, async () => {})).toBe(false);
    release();
    expect(await first).toBe(true);
  });
});

describe("startJobs", () => {
  it("runs a job repeatedly, never two runs at once, survives errors and stops", async () => {
    let running = 0;
    let overlapped = false;
    let runs = 0;
    const name = `test-job-${randomUUID()}`;
    const jobs = startJobs([
      {
        name,
        everyMs: 5,
        run: async () => {
          overlapped ||= running > 0;
          running++;
          runs++;
          await sleep(20);
          running--;
          if (runs === 2) throw new Error("boom");
        },
      },
    ]);
    await waitUntil(() => runs >= 4);
    await jobs.stop();
    const runsAtStop = runs;
    await sleep(50);

    expect(overlapped).toBe(false);
    expect(running).toBe(0);
    expect(runs).toBe(runsAtStop);
    // Every run is counted, the one that threw as a failure too (inkwell_job_runs_total, inkwell_job_failures_total).
    const counted = async (counter: "jobRuns" | "jobFailures") => (await metrics()[counter].get()).values.find((v) => v.labels.job === name)?.value;
    expect(await counted("jobRuns")).toBe(runsAtStop);
    expect(await counted("jobFailures")).toBe(1);
  });
});
