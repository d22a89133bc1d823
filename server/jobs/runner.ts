import { withJobLock } from "@/db/queries/jobs";
import { componentLogger } from "@/lib/log";
import { countJobRun } from "@/lib/metrics";

export interface Job {
  /** Also the lock name: one run of a job at a time across every process on the database. */
  name: string;
  everyMs: number;
  run: () => Promise<void>;
}

export interface RunningJobs {
  /** Stops scheduling and waits for runs under way to finish. */
  stop(): Promise<void>;
}

const repeatLogMs = 60_000;

/** Logs a job's failure, but a failure that repeats every tick (database down) only once a minute. */
function failureLogger(name: string) {
  let last = { message: "", at: 0 };
  return (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const now = Date.now();
    if (message === last.message && now - last.at < repeatLogMs) return;
    last = { message, at: now };
    componentLogger("jobs").error({ job: name, err: error }, `${name} failed`);
  };
}

/** Runs the job, then waits everyMs before the next run, so a run never overlaps the previous one. */
function startLoop(job: Job): RunningJobs {
  const logFailure = failureLogger(job.name);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  async function tick() {
    try {
      // Counted only when it ran here: a run skipped for another process's lock is that process's.
      if (await withJobLock(job.name, job.run)) countJobRun(job.name, false);
    } catch (error) {
      countJobRun(job.name, true);
      logFailure(error);
    }
    if (!stopped) schedule(job.everyMs);
  }

  function schedule(delayMs: number) {
    timer = setTimeout(() => {
      current = tick();
    }, delayMs);
  }

  schedule(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}

export function startJobs(jobs: Job[]): RunningJobs {
  const loops = jobs.map(startLoop);
  return {
    async stop() {
      await Promise.all(loops.map((loop) => loop.stop()));
    },
  };
}
