/**
 * tsx scripts/e2e.ts [playwright args...]
 *
 * `next build`, then `playwright test` with the given arguments (e.g. a spec
 * file, --project=desktop, --headed). Env is inherited: run it under
 * scripts/with-test-db.ts --seed (as `npm run test:e2e` does) so the server
 * Playwright starts uses a migrated, seeded database.
 * E2E_SKIP_BUILD=1 reuses the existing .next build.
 *
 * Unless SMTP_URL is already set, a local SMTP sink (test/smtp-sink.ts, 127.0.0.1
 * only) runs for the whole suite: the server sends to it, and every message is
 * written as JSON into E2E_MAIL_DIR, where specs read it (e2e/mail.ts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { clearDataCache } from "./lib/data-cache";
import { tmpdir } from "node:os";
import { startSmtpSink, type SmtpSink } from "../test/smtp-sink";
import { constants } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const bin = path.join(root, "node_modules", ".bin");
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`,
  // No network here but the package registries: don't try to send telemetry.
  NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
};
const say = (message: string) => console.error(`[e2e] ${message}`);

let child: ChildProcess | undefined;
let stopping: NodeJS.Signals | undefined;

const exitCodeFor = (signal: NodeJS.Signals) => 128 + (constants.signals[signal] ?? 1);

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (stopping || !child) process.exit(exitCodeFor(signal));
    stopping = signal;
    // Let Playwright shut its web server down; a terminal's Ctrl-C already reached it.
    if (signal === "SIGINT") setTimeout(() => child?.kill(signal), 1000).unref();
    else child.kill(signal);
  });
}

function run(cmd: string, args: string[]): Promise<number> {
  say(`$ ${[cmd, ...args].join(" ")}`);
  return new Promise((resolve) => {
    child = spawn(cmd, args, { stdio: "inherit", env, cwd: root });
    child.on("error", (error) => {
      say(`could not start ${cmd}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      child = undefined;
      resolve(signal ? exitCodeFor(signal) : (code ?? 1));
    });
  });
}

async function startMailSink(): Promise<{ sink: SmtpSink; dir: string } | undefined> {
  if (env.SMTP_URL) return undefined;
  const dir = mkdtempSync(path.join(tmpdir(), "inkwell-e2e-mail-"));
  let count = 0;
  const sink = await startSmtpSink({
    onMessage: (mail) => writeFileSync(path.join(dir, `${Date.now()}-${++count}.json`), JSON.stringify(mail)),
  });
  env.SMTP_URL = sink.url;
  env.E2E_MAIL_DIR = dir;
  say(`SMTP sink on ${sink.url}, messages in ${dir}`);
  return { sink, dir };
}

async function main(): Promise<number> {
  const mail = await startMailSink();
  try {
    return await buildAndTest();
  } finally {
    await mail?.sink.stop();
    if (mail) rmSync(mail.dir, { recursive: true, force: true });
  }
}

async function buildAndTest(): Promise<number> {
  if (process.env.E2E_SKIP_BUILD !== "1") {
    const built = await run("next", ["build"]);
    if (stopping) return exitCodeFor(stopping);
    if (built !== 0) {
      say(`next build failed (exit ${built})`);
      return built;
    }
  }
  // The database is new (scripts/with-test-db.ts): so must the cached query results be.
  clearDataCache(process.env.NEXT_DIST_DIR ?? ".next");
  const code = await run("playwright", ["test", ...process.argv.slice(2)]);
  return stopping && code === 0 ? exitCodeFor(stopping) : code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
