/**
 * Everything a scenario acts on: the throwaway Postgres, the built Next
 * server (a child we can kill -9), the separate job worker (mail sender and
 * counters, as in a WORKERS=off deployment), the SMTP sink, and an admin
 * connection for the checks.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import postgres, { type Sql } from "postgres";
import { clearDataCache } from "../lib/data-cache";
import { startThrowawayCluster, type ThrowawayCluster } from "../lib/pg-throwaway";
import { waitForServer } from "./http";
import { startChild, type Child } from "./processes";
import { startFaultySmtp, type FaultySmtp } from "./smtp";
import type { SinkMail } from "../../test/smtp-sink";

export const root = path.resolve(__dirname, "..", "..");

export interface WorldOptions {
  port: number;
  distDir: string;
  logDir: string;
  log: (message: string) => void;
  onMail: (mail: SinkMail) => void;
  /** Registered before anything starts, so a signal mid-start still stops the cluster. */
  onCluster: (stopSync: () => void) => void;
}

export interface Campaign {
  id: string;
  slug: string;
}

export interface World {
  base: string;
  cluster: ThrowawayCluster;
  sql: Sql;
  smtp: FaultySmtp;
  hashKey: string;
  campaign: Campaign;
  server(): Child;
  startServer(): Promise<number>;
  /** Starts the job worker and, like a process manager (Restart=always), starts it again whenever it dies. */
  startWorker(): Promise<void>;
  /** How often the worker died on its own (not stopped by us) so far. */
  workerCrashes(): number;
  close(): Promise<void>;
}

function secret(): string {
  return randomBytes(32).toString("base64");
}

/** Runs a command to completion, output to a log file; throws with the log's tail on failure. */
export function runToEnd(name: string, argv: string[], env: NodeJS.ProcessEnv, logDir: string): Promise<void> {
  const logFile = path.join(logDir, `${name}.log`);
  const child = startChild(name, argv, { env, cwd: root, logFile });
  return child.exited.then((code) => {
    if (code === 0) return;
    const tail = existsSync(logFile) ? readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n") : "";
    throw new Error(`${name} failed (exit ${code}); ${logFile}:\n${tail}`);
  });
}

export function binEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const bin = path.join(root, "node_modules", ".bin");
  return { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`, NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

export function buildApp(distDir: string, logDir: string): Promise<void> {
  return runToEnd("build", ["node", path.join(root, "node_modules/next/dist/bin/next"), "build"], binEnv({ NEXT_DIST_DIR: distDir, NODE_ENV: "production" }), logDir);
}

/** A published campaign that collects letters and whose mail is not held back (no paused defender, mail not paused). */
async function pickCampaign(sql: Sql): Promise<Campaign> {
  const [campaign] = await sql<Campaign[]>`
    select c.id, c.slug from campaigns c
     where c.status = 'published' and 'letter' = any(c.action_kinds) and not c.collection_paused and not c.mail_paused
       and not exists (select 1 from campaign_defenders cd join defenders d on d.id = cd.defender_id
                        where cd.campaign_id = c.id and d.paused)
     order by c.high_risk, c.slug limit 1`;
  if (!campaign) throw new Error("the seed has no published campaign collecting letters");
  return campaign;
}

/**
 * The throwaway cluster trades durability for speed (synchronous_commit and
 * fsync off). A crash then loses commits the clients were told about, which
 * is what a production database must never do: the suite runs with
 * production's settings.
 */
export async function makeDurable(sql: Sql): Promise<void> {
  await sql`alter system set synchronous_commit = 'on'`;
  await sql`alter system set fsync = 'on'`;
  await sql`alter system set full_page_writes = 'on'`;
  await sql`select pg_reload_conf()`;
  await new Promise((resolve) => setTimeout(resolve, 200));
  const [row] = await sql<{ setting: string }[]>`select setting from pg_settings where name = 'synchronous_commit'`;
  if (row?.setting !== "on") throw new Error(`synchronous_commit is ${row?.setting ?? "unknown"} after reload`);
}

/**
 * Signing limits far above the load, so the suite measures faults, not the
 * abuse limits (a few hundred submissions from one address without proof of work).
 */
export async function raiseSigningLimits(sql: Sql): Promise<void> {
  const wide = { points: 1_000_000, windowSeconds: 3600 };
  const limits = { perIp: wide, perEmail: wide, perIpWithoutProof: wide, perEmailDomainWithoutProof: wide };
  await sql`
    insert into site_settings (key, value) values ('rate_limits.signing', ${sql.json(limits)})
    on conflict (key) do update set value = excluded.value, updated_at = now()`;
}

export async function startWorld(options: WorldOptions): Promise<World> {
  const { log, logDir } = options;
  const cluster = await startThrowawayCluster({ log, onCleanup: options.onCluster });
  const hashKey = secret();
  const smtp = await startFaultySmtp(options.onMail);
  const base = `http://127.0.0.1:${options.port}`;
  const env = binEnv({
    NODE_ENV: "production",
    DATABASE_URL: cluster.url,
    HASH_KEY: hashKey,
    DATA_ENCRYPTION_KEY: secret(),
    AUTH_SECRET: secret(),
    SITE_URL: base,
    SMTP_URL: smtp.url,
    NEXT_DIST_DIR: options.distDir,
    WORKERS: "off",
  });
  await runToEnd("migrate", ["npm", "run", "--silent", "db:migrate"], env, logDir);
  await runToEnd("seed", ["npm", "run", "--silent", "db:seed"], env, logDir);
  const sql = postgres(cluster.url, { max: 2, onnotice: () => {} });
  await makeDurable(sql);
  const campaign = await pickCampaign(sql);
  await raiseSigningLimits(sql);

  let server: Child | undefined;
  let worker: Child | undefined;
  let crashes = 0;
  let closing = false;
  const nextBin = path.join(root, "node_modules/next/dist/bin/next");
  const tsxBin = path.join(root, "node_modules/.bin/tsx");
  return {
    base,
    cluster,
    sql,
    smtp,
    hashKey,
    campaign,
    server: () => {
      if (!server) throw new Error("server not started");
      return server;
    },
    async startServer() {
      // A fresh database each run (and the e2e run may have used this build before): no stale cached queries.
      clearDataCache(path.resolve(root, options.distDir));
      server = startChild("next", ["node", nextBin, "start", "-H", "127.0.0.1", "-p", String(options.port)], {
        env,
        cwd: root,
        logFile: path.join(logDir, "next.log"),
      });
      return waitForServer(base, `/campaigns/${campaign.slug}/letter`, 60_000);
    },
    async startWorker() {
      const supervise = () => {
        const child = startChild("worker", [tsxBin, "--conditions=react-server", "scripts/worker.ts"], {
          env,
          cwd: root,
          logFile: path.join(logDir, "worker.log"),
        });
        worker = child;
        void child.exited.then((code) => {
          if (closing) return;
          crashes++;
          log(`the worker died (exit ${code}); starting it again in 1 s, as a process manager would`);
          setTimeout(() => !closing && supervise(), 1_000);
        });
        return child;
      };
      const first = supervise();
      await new Promise((resolve) => setTimeout(resolve, 500));
      if (first.process.exitCode !== null) throw new Error(`the worker exited at once; see ${logDir}/worker.log`);
    },
    workerCrashes: () => crashes,
    async close() {
      closing = true;
      await Promise.all([server?.stop(), worker?.stop()]);
      await sql.end({ timeout: 5 });
      await smtp.stop();
    },
  };
}
