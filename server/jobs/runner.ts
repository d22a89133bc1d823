import { withJobLock } from "@/db/queries/jobs";

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
    console.error(`[jobs] ${name} failed:`, error);
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
      await withJobLock(job.name, job.run);
    } catch (error) {
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
