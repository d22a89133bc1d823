/**
 * tsx scripts/with-test-db.ts [--seed] [--keep] -- <command...>
 *
 * Runs <command> against a migrated (and with --seed, seeded) PostgreSQL:
 * - DATABASE_URL set: used as is, after checking it points at this machine;
 * - otherwise: a throwaway PostgreSQL cluster in a temp dir, deleted at the
 *   end (also on failure and on SIGINT/SIGTERM/SIGHUP) unless --keep is given.
 * Migrations and the seed run through the package.json scripts (db:migrate,
 * db:seed), so they get the same tsx flags as everywhere else.
 * The command inherits stdio and env (plus DATABASE_URL, and fixed test-only
 * secrets where unset: with DATABASE_URL set the app requires them); its exit
 * code is ours.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";
import { assertLocalDatabaseUrl, redactDatabaseUrl } from "./lib/local-database";
import { startThrowawayCluster, type ThrowawayCluster } from "./lib/pg-throwaway";

const root = path.resolve(__dirname, "..");
const say = (message: string) => console.error(`[with-test-db] ${message}`);

function usage(message: string): never {
  console.error(`[with-test-db] ${message}\nusage: tsx scripts/with-test-db.ts [--seed] [--keep] -- <command...>`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const separator = argv.indexOf("--");
  const flags = separator === -1 ? argv : argv.slice(0, separator);
  const command = separator === -1 ? [] : argv.slice(separator + 1);
  let seed = false;
  let keep = false;
  for (const flag of flags) {
    if (flag === "--seed") seed = true;
    else if (flag === "--keep") keep = true;
    else usage(`unknown option ${flag}`);
  }
  if (command.length === 0) usage("no command given after --");
  return { seed, keep, command };
}

const { seed, keep, command } = parseArgs(process.argv.slice(2));

let cluster: ThrowawayCluster | undefined;
/** Removes a cluster that is still starting (set before `cluster` is). */
let stopStarting: (() => void) | undefined;
let child: ChildProcess | undefined;
let pendingSignal: NodeJS.Signals | undefined;
/** While the cluster starts, a signal is only recorded: main() stops it once it is up. */
let starting = false;

function cleanup() {
  const c = cluster;
  cluster = undefined;
  if (!c) {
    stopStarting?.();
    stopStarting = undefined;
    return;
  }
  if (keep) {
    say(`--keep: leaving PostgreSQL running in ${c.dir} (${c.url}); stop it with pg_ctl -D ${c.dir}/data stop`);
    return;
  }
  c.stopSync();
  say("throwaway PostgreSQL stopped and removed");
}

function exitCodeFor(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 1);
}

process.on("exit", cleanup);

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (pendingSignal) {
      // Second signal: stop waiting politely.
      child?.kill("SIGKILL");
      cleanup();
      process.exit(exitCodeFor(signal));
    }
    pendingSignal = signal;
    if (child && child.exitCode === null && child.signalCode === null) {
      // A Ctrl-C on a terminal already reached the child (same process group);
      // forward anyway after a moment for signals sent to us alone (kill <pid>).
      if (signal === "SIGINT") setTimeout(() => child?.kill(signal), 1000).unref();
      else child.kill(signal);
    } else if (!starting) {
      cleanup();
      process.exit(exitCodeFor(signal));
    }
  });
}

/**
 * A fixed, public, test-only value for a secret the app requires with an
 * external database. Fixed (not random) so a reused local test database stays
 * readable from one run to the next; never use these outside tests.
 */
function testSecret(name: string): string {
  return createHash("sha256").update(`inkwell-test-only:${name}`).digest("base64");
}

const TEST_SECRETS = ["DATA_ENCRYPTION_KEY", "HASH_KEY", "AUTH_SECRET"] as const;

/** Env for children: local binaries first on PATH, the test database in DATABASE_URL. */
function childEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const bin = path.join(root, "node_modules", ".bin");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`,
  };
  for (const name of TEST_SECRETS) env[name] ||= testSecret(name);
  return env;
}

function runChild(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [cmd, ...args] = argv as [string, ...string[]];
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

async function main(): Promise<number> {
  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    try {
      assertLocalDatabaseUrl(databaseUrl);
    } catch (error) {
      say((error as Error).message);
      return 2;
    }
    say(`using DATABASE_URL=${redactDatabaseUrl(databaseUrl)}`);
  } else {
    const started = Date.now();
    starting = true;
    try {
      cluster = await startThrowawayCluster({ log: say, onCleanup: (stop) => (stopStarting = stop) });
    } finally {
      starting = false;
      stopStarting = undefined;
    }
    databaseUrl = cluster.url;
    say(`throwaway PostgreSQL at ${databaseUrl} (${cluster.dir}) ready in ${Date.now() - started} ms`);
  }
  if (pendingSignal) return exitCodeFor(pendingSignal);

  const env = childEnv(databaseUrl);
  const steps: { name: string; argv: string[] }[] = [{ name: "migrate", argv: ["npm", "run", "--silent", "db:migrate"] }];
  if (seed) {
    if (!existsSync(path.join(root, "scripts", "seed.ts"))) {
      say("--seed given but scripts/seed.ts does not exist");
      return 1;
    }
    steps.push({ name: "seed", argv: ["npm", "run", "--silent", "db:seed"] });
  }
  for (const step of steps) {
    const code = await runChild(step.argv, env);
    if (pendingSignal) return exitCodeFor(pendingSignal);
    if (code !== 0) {
      say(`${step.name} failed (exit ${code})`);
      return code;
    }
  }

  const code = await runChild(command, env);
  return pendingSignal && code === 0 ? exitCodeFor(pendingSignal) : code;
}

main()
  .then((code) => {
    cleanup();
    process.exit(code);
  })
  .catch((error: unknown) => {
    say(error instanceof Error ? (error.stack ?? error.message) : String(error));
    cleanup();
    process.exit(1);
  });
