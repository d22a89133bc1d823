import { deleteExpiredChallenges, deleteExpiredRateLimits } from "@/db/queries/rate-limit";
import { env } from "@/lib/env";
import { componentLogger } from "@/lib/log";
import { counterJobEveryMs, counterReconcileEveryMs, runCounterJobOnce, runCounterReconciliationOnce } from "./counters";
import { invalidationJobEveryMs, runInvalidationJobOnce } from "./invalidations";
import { runMailSenderOnce } from "./mail-sender";
import { retentionJobEveryMs, runRetentionOnce } from "./retention";
import { startJobs, type Job, type RunningJobs } from "./runner";

/** Every periodic job of the app, run by the server (WORKERS=on) or by scripts/worker.ts. */
export function backgroundJobs(): Job[] {
  return [
    {
      name: "mail-sender",
      everyMs: 2_000,
      run: async () => {
        await runMailSenderOnce();
      },
    },
    { name: "counters", everyMs: counterJobEveryMs, run: runCounterJobOnce },
    { name: "counters-reconcile", everyMs: counterReconcileEveryMs, run: runCounterReconciliationOnce },
    { name: "invalidations", everyMs: invalidationJobEveryMs, run: runInvalidationJobOnce },
    {
      name: "expired-abuse-windows",
      everyMs: 10 * 60_000,
      run: async () => {
        await deleteExpiredRateLimits();
        await deleteExpiredChallenges();
      },
    },
    { name: "retention", everyMs: retentionJobEveryMs, run: runRetentionOnce },
  ];
}

// Kept on globalThis: a dev server may evaluate instrumentation more than once in one process.
const holder = globalThis as unknown as { __inkwellJobs?: RunningJobs };

function warnIfMailGoesNowhere(): void {
  const { NODE_ENV, DATABASE_URL, SMTP_URL } = env();
  if (NODE_ENV === "production" && DATABASE_URL && !SMTP_URL) {
    componentLogger("jobs").warn("SMTP_URL is unset: outgoing mail stays queued in mail_outbox until SMTP is configured.");
  }
}

export function startBackgroundJobs(): RunningJobs {
  if (!holder.__inkwellJobs) {
    warnIfMailGoesNowhere();
    holder.__inkwellJobs = startJobs(backgroundJobs());
  }
  return holder.__inkwellJobs;
}

export async function stopBackgroundJobs(): Promise<void> {
  const running = holder.__inkwellJobs;
  holder.__inkwellJobs = undefined;
  await running?.stop();
}
