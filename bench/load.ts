/**
 * tsx bench/load.ts '<json LoadPlan>'  (spawned by bench/run.ts: the load comes from a second process)
 *
 * Runs autocannon against the bench server on loopback, stage after stage
 * (rising concurrency), checks every answer (a signature must end in the
 * redirect to the "check your email" page or answer `sent` in place, the floor action must answer ok,
 * a page must be a 200) and prints one JSON line: a LoadSummary per stage and
 * for the whole plan.
 */
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { actionRequestBody } from "./lib/action-body";
import { solvedPayload } from "./lib/captcha";
import { summarise, type LoadSummary } from "./lib/stats";

export type LoadKind = "sign" | "floor" | "page";

export interface LoadPlan {
  kind: LoadKind;
  /** http://127.0.0.1:PORT */
  origin: string;
  path: string;
  stages: { connections: number; seconds: number }[];
  actionId?: string;
  /** sign: the campaign slug; floor: the campaign id. */
  campaign?: string;
  /** sign: the altcha HMAC key, to make pre-solved challenges. */
  altchaKey?: string;
}

export interface LoadResult {
  total: LoadSummary;
  stages: (LoadSummary & { connections: number })[];
  /** sign: requests that went out without a solved challenge because the pool ran dry (should be 0). */
  unsolved: number;
}

const plan = JSON.parse(process.argv[2] ?? "{}") as LoadPlan;
const runId = Date.now().toString(36);
let sequence = 0;

// Pre-solved challenges, made ahead of the load so that making them never slows a request.
const pool: string[] = [];
let unsolved = 0;
let producing = true;

async function fillPool(target: number): Promise<void> {
  while (producing && pool.length < target) {
    const batch = await Promise.all(Array.from({ length: 200 }, () => solvedPayload(plan.altchaKey!)));
    pool.push(...batch);
  }
}

function keepPoolFilled(target: number): void {
  void fillPool(target).then(() => {
    if (producing) setTimeout(() => keepPoolFilled(target), 20);
  });
}

function signFields(): Record<string, string> {
  const n = sequence++;
  const altcha = pool.pop();
  if (!altcha) unsolved++;
  return {
    campaign: plan.campaign!,
    idempotencyKey: randomUUID(),
    personalText: n % 5 === 0 ? "Please release him and let him join his family." : "",
    name: `Bench Signer ${n}`,
    email: `signer-${runId}-${n}@inkwell-bench.org`,
    country: "GB",
    city: n % 2 === 0 ? "Leeds" : "",
    ...(n % 3 === 0 ? { showName: "on" } : {}),
    ...(n % 4 === 0 ? { wantsUpdates: "on" } : {}),
    website: "",
    altcha: altcha ?? "",
  };
}

function floorFields(): Record<string, string> {
  const n = sequence++;
  return { campaign: plan.campaign!, email: `${runId}-${n}`, country: "GB", idempotencyKey: randomUUID() };
}

type Verdict = (status: number, body: string, headers: Record<string, string | string[] | undefined>) => string | null;

/** null when the answer is a success, else why not. */
const verdicts: Record<LoadKind, Verdict> = {
  // Accepted: the redirect to the "check your email" page rendered into the response, or (a form
  // that answers JavaScript posts in place) a 200 whose action state says `sent`.
  sign: (status, body, headers) => {
    if (status >= 500) return `status ${status}`;
    const redirect = String(headers["x-action-redirect"] ?? "");
    if (redirect.includes("/letter/sent")) return null;
    return status === 200 && body.includes('"sent":true') ? null : `not sent (status ${status})`;
  },
  floor: (status, body) => (status === 200 && body.includes('"ok":true') ? null : `status ${status}`),
  page: (status) => (status === 200 ? null : `status ${status}`),
};

interface StageRun {
  summary: LoadSummary & { connections: number };
  latencies: number[];
}

async function runStage(connections: number, seconds: number): Promise<StageRun> {
  const latencies: number[] = [];
  const errorReasons: Record<string, number> = {};
  let ok = 0;
  const fail = (reason: string) => (errorReasons[reason] = (errorReasons[reason] ?? 0) + 1);
  const verdict = verdicts[plan.kind];
  const fields = plan.kind === "sign" ? signFields : plan.kind === "floor" ? floorFields : null;
  const headers: Record<string, string> =
    plan.kind === "page"
      ? { accept: "text/html" }
      : { accept: "text/x-component", origin: plan.origin, "next-action": plan.actionId! };
  const started = Date.now();
  const instance = autocannon({
    url: plan.origin,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: plan.kind === "page" ? "GET" : "POST",
        path: plan.path,
        headers,
        setupRequest: (request) => {
          if (!fields) return request;
          const { body, contentType } = actionRequestBody(fields());
          return { ...request, body, headers: { ...headers, "content-type": contentType } };
        },
        onResponse: (status, body, _context, responseHeaders) => {
          const reason = verdict(status, body, responseHeaders ?? {});
          if (reason) fail(reason);
          else ok++;
        },
      },
    ],
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  instance.on("reqError", (error) => fail(`socket: ${(error as Error).message}`));
  const result = await instance;
  if (result.timeouts > 0) errorReasons.timeout = (errorReasons.timeout ?? 0) + result.timeouts;
  const elapsed = (Date.now() - started) / 1000;
  return { summary: { connections, ...summarise(latencies, ok, errorReasons, elapsed) }, latencies };
}

function combine(stages: LoadSummary[], latencies: number[]): LoadSummary {
  const errorReasons: Record<string, number> = {};
  for (const stage of stages) {
    for (const [reason, n] of Object.entries(stage.errorReasons)) errorReasons[reason] = (errorReasons[reason] ?? 0) + n;
  }
  const ok = stages.reduce((sum, s) => sum + s.ok, 0);
  const seconds = stages.reduce((sum, s) => sum + s.seconds, 0);
  return summarise(latencies, ok, errorReasons, seconds);
}

async function main(): Promise<void> {
  if (plan.kind === "sign") {
    const biggest = Math.max(...plan.stages.map((s) => s.connections));
    await fillPool(Math.max(3_000, biggest * 50));
    keepPoolFilled(Math.max(3_000, biggest * 50));
  }
  const stages: (LoadSummary & { connections: number })[] = [];
  const all: number[] = [];
  for (const stage of plan.stages) {
    const run = await runStage(stage.connections, stage.seconds);
    stages.push(run.summary);
    for (const latency of run.latencies) all.push(latency);
  }
  producing = false;
  const result: LoadResult = { total: combine(stages, all), stages, unsolved };
  console.log(JSON.stringify(result));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
