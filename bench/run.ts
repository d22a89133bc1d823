/**
 * npm run bench — issue #6's benchmark, in one run (docs/performance.md says how to read it).
 *
 * Builds the app with the bench-only routes, starts a durable throwaway
 * PostgreSQL, seeds a demo campaign with BENCH_ROWS confirmed signatures,
 * starts `next start` on 127.0.0.1:BENCH_PORT and measures, with the load
 * coming from a second process (bench/load.ts, autocannon):
 *   D the 1M campaign page and E a static page (cached-page floor),
 *   D' the campaign page through nginx's page cache (deploy/nginx, as the cluster suite runs it) and E' a file of its size served by nginx,
 *   B a bare server action inserting one row (framework floor),
 *   B0 the same action in a bare Next app of its own (bench/floor-app: no proxy, no i18n),
 *   A the real sign-letter action at rising concurrency, with G (counter lag) sampled meanwhile,
 *   C pgbench running A's INSERT (database floor),
 *   F the campaign's CSV export (time and server memory growth),
 * then the page's JavaScript weight and Lighthouse score (mobile in every locale
 * of i18n/config.ts, desktop in English). Prints the figures and writes
 * bench/results.json. BENCH_ONLY=sign, =floor, =export or =lighthouse run one phase
 * alone and write nothing. The server and the cluster are stopped at the end,
 * on failure and on SIGINT/SIGTERM.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { ThrowawayCluster } from "../scripts/lib/pg-throwaway";
import type { SeedResult } from "./seed";
import type { LoadPlan, LoadResult } from "./load";
import { findActionId } from "./lib/action-body";
import { altchaKeyFrom } from "./lib/captcha";
import { startBenchCluster } from "./lib/cluster";
import { benchConfig, stagesOf } from "./lib/config";
import { explainHotQueries } from "./lib/explain";
import { buildFloorApp, floorAppActionId, hasFloorAppBuild, startFloorApp } from "./lib/floor-app";
import { assertNginxInstalled, assertServedFromCache, cacheStatusCounts, sameSizePath, startBenchNginx, type BenchNginx } from "./lib/nginx";
import { measureExport, type ExportResult } from "./lib/export";
import { measureCounterLag, pageTotal, type LagSample } from "./lib/lag";
import { lighthouseScore, medianRun, type LighthouseRun } from "./lib/lighthouse";
import { measurePageWeight, type PageWeight } from "./lib/page-weight";
import { runPgbench, type PgbenchResult } from "./lib/pgbench";
import { RssSampler } from "./lib/rss";
import { buildForBench, hasBenchBuild, readManifest, root, serverStats, startServer, type RunningServer } from "./lib/server";
import { readSlowStatements } from "./lib/slow-log";
import type { LoadSummary } from "./lib/stats";
import { lighthouseLines, printReport, resultsOf, row, type BenchReport, type LighthouseResult, type LocaleLighthouse } from "./lib/report";
import { defaultLocale, locales, localizeHref, type Locale } from "../i18n/config";
import { clearDataCache } from "../scripts/lib/data-cache";
import { killAllChildren } from "../scripts/faults/processes";

const config = benchConfig(process.env);
const say = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

let cluster: ThrowawayCluster | undefined;
let server: RunningServer | undefined;
let floorServer: RunningServer | undefined;
let nginx: BenchNginx | undefined;
let loadChild: ChildProcess | undefined;

function cleanup(): void {
  loadChild?.kill("SIGKILL");
  server?.stop();
  server = undefined;
  floorServer?.stop();
  floorServer = undefined;
  killAllChildren(); // nginx (started by the cluster suite's startChild)
  nginx = undefined;
  cluster?.stopSync();
  cluster = undefined;
}

process.on("exit", cleanup);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    say(`${signal}: stopping the server and the database`);
    cleanup();
    process.exit(130);
  });
}

function runScript(argv: string[], env: NodeJS.ProcessEnv): string {
  const [cmd, ...args] = argv as [string, ...string[]];
  const result = spawnSync(cmd, args, { cwd: root, env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${argv.join(" ")} failed (exit ${result.status}): ${result.stdout}`);
  return result.stdout;
}

/** Runs one load plan in a second process and returns what it measured. */
function load(plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const tsx = path.join(root, "node_modules", ".bin", "tsx");
    loadChild = spawn(tsx, [path.join(root, "bench", "load.ts"), JSON.stringify(plan)], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    loadChild.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    loadChild.on("error", reject);
    loadChild.on("close", (code) => {
      loadChild = undefined;
      if (code !== 0) return reject(new Error(`bench/load.ts failed (exit ${code})`));
      resolve(JSON.parse(output.trim().split("\n").at(-1)!) as LoadResult);
    });
  });
}

function gitCommit(): string {
  const result = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" });
  const dirty = spawnSync("git", ["status", "--porcelain"], { cwd: root, encoding: "utf8" }).stdout.trim() ? " (with uncommitted changes)" : "";
  return `${result.stdout.trim()}${dirty}`;
}

/**
 * Statements per request: N requests one after another, minus what the
 * background jobs sent meanwhile (their rate measured over an idle window).
 */
async function queriesPerRequest(origin: string, send: () => Promise<void>, backgroundPerMs: number, n = 20): Promise<number> {
  const before = await serverStats(origin);
  const started = Date.now();
  for (let i = 0; i < n; i++) await send();
  const after = await serverStats(origin);
  const background = backgroundPerMs * (Date.now() - started);
  return Math.max(0, Math.round(((after.queries - before.queries - background) / n) * 10) / 10);
}

async function main(): Promise<void> {
  const started = Date.now();
  const secrets = {
    DATA_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    HASH_KEY: randomBytes(32).toString("base64"),
    AUTH_SECRET: randomBytes(32).toString("base64"),
  };
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...secrets,
    NEXT_DIST_DIR: config.distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    PATH: `${path.join(root, "node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}`,
  };

  assertNginxInstalled(); // before the build: D' and E' need it, and results.json holds their keys
  if (config.skipBuild && hasBenchBuild(config.distDir)) say(`BENCH_SKIP_BUILD=1: using the build in ${config.distDir}`);
  else buildForBench({ ...baseEnv, NODE_ENV: "production" }, say);
  if (config.skipBuild && hasFloorAppBuild()) say("BENCH_SKIP_BUILD=1: using the build in bench/floor-app/.next");
  else buildFloorApp(baseEnv, say);
  const actions = readManifest(config.distDir, "server/server-reference-manifest.json");
  const signActionId = findActionId(actions, "letter/actions", "signLetter");
  const floorActionId = findActionId(actions, "bench/floor/floor-action", "floorSign");
  const floorBareActionId = floorAppActionId();

  cluster = await startBenchCluster(say);
  // The servers reach PostgreSQL through its Unix socket, as a single-machine deploy does (docs/deploy.md).
  const serverDatabaseUrl = `${cluster.url}?host=${encodeURIComponent(cluster.dir)}`;
  const dbEnv = { ...baseEnv, DATABASE_URL: serverDatabaseUrl, NODE_ENV: "production" as const };
  say(`PostgreSQL at ${cluster.url} (${cluster.dir}); migrating and seeding the demo data`);
  runScript(["npm", "run", "--silent", "db:migrate"], dbEnv);
  runScript(["npm", "run", "--silent", "db:seed"], dbEnv);
  say(`inserting ${config.rows.toLocaleString("en")} confirmed signatures`);
  const seed = JSON.parse(
    runScript(["tsx", "--conditions=react-server", "bench/seed.ts"], { ...dbEnv, BENCH_ROWS: String(config.rows), BENCH_CAMPAIGN: config.campaign })
      .trim()
      .split("\n")
      .at(-1)!,
  ) as SeedResult;
  say(`seeded in ${seed.seedSeconds.toFixed(1)} s; the campaign counts ${seed.confirmedTotal.toLocaleString("en")}`);

  const origin = `http://127.0.0.1:${config.port}`;
  clearDataCache(config.distDir); // a new database: the previous run's cached queries would be wrong
  server = await startServer(
    {
      ...dbEnv,
      SITE_URL: origin,
      PG_POOL_MAX: String(config.poolMax),
      WORKERS: "on",
      HOSTNAME: "127.0.0.1",
    },
    config.port,
    say,
  );
  nginx = await startBenchNginx(config.port);
  say(`nginx at ${nginx.base} in front of ${origin} (deploy/nginx/inkwell-http.conf, inkwell-locations.conf)`);
  const rss = new RssSampler(server.process.pid!);
  const sql = postgres(cluster.url, { max: 2, onnotice: () => {} });
  try {
    const floorApp = { env: baseEnv, databaseUrl: serverDatabaseUrl, actionId: floorBareActionId };
    const ids = { signActionId, floorActionId, altchaKey: altchaKeyFrom(secrets.HASH_KEY) };
    const report = await measureAll(origin, nginx.base, floorApp, seed, rss, sql, ids).catch(
      (error: unknown) => {
        if (error instanceof OnlyOnePhase) return null;
        if (!(error instanceof SignOnly)) throw error;
        console.log(["", ...[row("A sign letter (all stages)", error.result.total), ...error.result.stages.map((s) => row(`  at ${s.connections} connections`, s))]].join("\n"));
        return null;
      },
    );
    if (!report) return;
    report.slowStatements = readSlowStatements(path.join(cluster.dir, "postgres.log"));
    report.totalSeconds = Math.round((Date.now() - started) / 1000);
    printReport(report);
    writeFileSync(path.join(root, "bench", "results.json"), `${JSON.stringify(resultsOf(report), null, 2)}\n`);
    say("wrote bench/results.json");
  } finally {
    rss.stop();
    await sql.end();
  }
}

/**
 * B, the floor action in Inkwell's build, then B0, the same action in the bare app (bench/floor-app),
 * at the same stages. With BENCH_PROFILE_DIR the bare app writes its own CPU profile into bare/ there.
 */
async function measureFloors(
  floorPlan: (stages: LoadPlan["stages"]) => LoadPlan,
  floorApp: { env: NodeJS.ProcessEnv; databaseUrl: string; actionId: string },
): Promise<{ floor: LoadResult; floorBare: LoadResult }> {
  const stages = stagesOf(config.signConcurrency, config.floorSeconds);
  say(`B: floor action, ${JSON.stringify(stages)}`);
  const floor = await load(floorPlan(stages));

  say(`B0: the floor action in the bare app (bench/floor-app) on 127.0.0.1:${config.floorAppPort}, same stages`);
  floorServer = await startFloorApp(floorApp.env, { port: config.floorAppPort, databaseUrl: floorApp.databaseUrl, poolMax: config.poolMax }, say);
  const floorBarePlan = (planStages: LoadPlan["stages"]): LoadPlan => ({ ...floorPlan(planStages), origin: floorServer!.origin, path: "/", actionId: floorApp.actionId });
  const bareProbe = await load(floorBarePlan([{ connections: 1, seconds: 2 }]));
  if (bareProbe.total.ok === 0) throw new Error(`the bare app's floor action did not answer ok: ${JSON.stringify(bareProbe.total.errorReasons)}`);
  const floorBare = await load(floorBarePlan(stages));
  await floorServer.stopAndWait();
  floorServer = undefined;
  return { floor, floorBare };
}

/**
 * One phase alone, its figures printed, no results.json: BENCH_ONLY=floor, B and B0 (for working on
 * the per-post cost; with BENCH_PROFILE_DIR, a CPU profile of each server); BENCH_ONLY=export, F twice (for working
 * on the export); BENCH_ONLY=lighthouse, Lighthouse in every locale (for working on the page).
 */
class OnlyOnePhase extends Error {}

/** BENCH_ONLY=sign: A alone (with BENCH_PROFILE_DIR, a CPU profile of signing and nothing else); no results.json. */
class SignOnly extends Error {
  constructor(readonly result: LoadResult) {
    super("BENCH_ONLY=sign");
  }
}

async function measureAll(
  origin: string,
  nginxBase: string,
  floorApp: { env: NodeJS.ProcessEnv; databaseUrl: string; actionId: string },
  seed: SeedResult,
  rss: RssSampler,
  sql: postgres.Sql,
  ids: { signActionId: string; floorActionId: string; altchaKey: string },
): Promise<BenchReport> {
  const campaignPath = `/campaigns/${seed.slug}`;
  // A page of the app that the build renders once (○ in the route table) and serves as a file.
  const staticPath = "/account/deleted";
  const shown = await freshTotal(origin, seed);
  say(`the campaign page shows ${shown.toLocaleString("en")}`);
  await fetch(`${origin}${staticPath}`);
  if (process.env.BENCH_ONLY === "lighthouse") {
    // No signing probe: Lighthouse needs only the seeded page.
    const lighthouse = await lighthouseRuns(origin, campaignPath, floorApp);
    if (!lighthouse) throw new Error("BENCH_ONLY=lighthouse: Lighthouse failed");
    console.log(["", ...lighthouseLines(lighthouse), ""].join("\n"));
    throw new OnlyOnePhase();
  }

  const signPlan = (stages: LoadPlan["stages"]): LoadPlan => ({
    kind: "sign",
    origin,
    path: `${campaignPath}/letter`,
    actionId: ids.signActionId,
    campaign: seed.slug,
    altchaKey: ids.altchaKey,
    stages,
  });
  const floorPlan = (stages: LoadPlan["stages"]): LoadPlan => ({
    kind: "floor",
    origin,
    path: "/bench/floor",
    actionId: ids.floorActionId,
    campaign: seed.campaignId,
    stages,
  });
  const pagePlan = (pagePath: string, base = origin): LoadPlan => ({
    kind: "page",
    origin: base,
    path: pagePath,
    stages: [{ connections: config.pageConnections, seconds: config.pageSeconds }],
  });

  if (process.env.BENCH_ONLY === "floor") {
    const { floor, floorBare } = await measureFloors(floorPlan, floorApp);
    console.log(["", row("B floor action (Inkwell's build)", floor.total), row("B0 floor action (bare app)", floorBare.total), `B/B0 ${(floor.total.rps / floorBare.total.rps).toFixed(3)}`].join("\n"));
    throw new OnlyOnePhase();
  }
  // One signature first: a wrong action id or body format fails here, not after a minute of errors.
  const probe = await load(signPlan([{ connections: 1, seconds: 5 }]));
  if (probe.total.ok === 0) throw new Error(`a signature did not go through: ${JSON.stringify(probe.total.errorReasons)}`);
  if (process.env.BENCH_ONLY === "sign") throw new SignOnly(await load(signPlan(stagesOf(config.signConcurrency, config.signSeconds))));
  if (process.env.BENCH_ONLY === "export") {
    for (let i = 1; i <= 2; i++) {
      const exported = await measureExport(origin, seed.campaignId, seed.sessionToken, rss, config.exportTimeLimitSeconds * 1000);
      console.log(`F CSV export, try ${i}: ${JSON.stringify(exported)}`);
    }
    throw new OnlyOnePhase();
  }

  say("queries per request");
  const idle = await serverStats(origin);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const backgroundPerMs = ((await serverStats(origin)).queries - idle.queries) / 3_000;
  const queries = {
    campaignPage: await queriesPerRequest(origin, async () => void (await (await fetch(`${origin}${campaignPath}`)).text()), backgroundPerMs),
    staticPage: await queriesPerRequest(origin, async () => void (await (await fetch(`${origin}${staticPath}`)).text()), backgroundPerMs),
    sign: await queriesOfLoad(origin, signPlan([{ connections: 1, seconds: 2 }]), backgroundPerMs),
    floor: await queriesOfLoad(origin, floorPlan([{ connections: 1, seconds: 2 }]), backgroundPerMs),
    background_per_s: Math.round(backgroundPerMs * 1000 * 10) / 10,
  };

  say(`D: ${campaignPath} for ${config.pageSeconds} s at ${config.pageConnections} connections`);
  const page = (await load(pagePlan(campaignPath))).total;
  say(`E: ${staticPath}`);
  const staticPage = (await load(pagePlan(staticPath))).total;

  // D' and E', same connections and length: D's page through nginx's one-second page cache, and a
  // static file of the same bytes that nginx serves from disk (the floor for a response that size).
  const pageThroughCache = await assertServedFromCache(nginxBase, campaignPath);
  const pageBytes = new Uint8Array(await (await fetch(`${nginxBase}${campaignPath}`, { headers: { accept: "text/html" } })).arrayBuffer());
  nginx!.writeSameSizeFile(pageBytes);
  const fileBytes = (await (await fetch(`${nginxBase}${sameSizePath}`, { headers: { accept: "text/html" } })).arrayBuffer()).byteLength;
  if (fileBytes !== pageBytes.byteLength) throw new Error(`E''s file is ${fileBytes} bytes through nginx, the campaign page ${pageBytes.byteLength}`);
  const nginxCache = { page: pageThroughCache, static: `file of ${fileBytes.toLocaleString("en")} bytes, the page's` };
  say(`D': ${campaignPath} through nginx (X-Cache-Status ${nginxCache.page} before measuring)`);
  let logged = nginx!.accessLines().length;
  const pageNginx = (await load(pagePlan(campaignPath, nginxBase))).total;
  const pageNginxLines = nginx!.accessLines().slice(logged);
  say(`E': ${sameSizePath} from nginx's disk, ${fileBytes} bytes`);
  logged = nginx!.accessLines().length;
  const staticNginx = (await load(pagePlan(sameSizePath, nginxBase))).total;
  const staticNginxLines = nginx!.accessLines().slice(logged);
  // What answered during D': nginx's cache (HIT, UPDATING/STALE while one request refreshes it) or the server (MISS, EXPIRED).
  const nginxCacheDuring = { page: cacheStatusCounts(pageNginxLines, campaignPath), static: cacheStatusCounts(staticNginxLines, sameSizePath) };
  say("G': counter lag through nginx, idle");
  const nginxLags = await idleLag(sql, nginxBase, seed, 3);

  const signStages = stagesOf(config.signConcurrency, config.signSeconds);
  const { floor, floorBare } = await measureFloors(floorPlan, floorApp);

  say(`A: sign-letter action, ${JSON.stringify(signStages)}; G sampled meanwhile`);
  rss.resetPeak();
  const signing = load(signPlan(signStages));
  const lags = await sampleLag(sql, origin, seed, shown, signing);
  const sign = await signing;
  const signPeakRss = rss.resetPeak();

  say(`C: pgbench, ${config.pgbenchClients} clients for ${config.pgbenchSeconds} s`);
  const pgbench = await runPgbench({ url: cluster!.url, campaignId: seed.campaignId, clients: config.pgbenchClients, seconds: config.pgbenchSeconds });

  say("F: CSV export");
  const exported = await measureExport(origin, seed.campaignId, seed.sessionToken, rss, config.exportTimeLimitSeconds * 1000);

  say("EXPLAIN ANALYZE of the hot queries");
  const explained = await explainHotQueries(sql, seed.campaignId);

  say("page weight and Lighthouse");
  const weight = await measurePageWeight(origin, campaignPath);
  const lighthouse = config.lighthouse ? await lighthouseRuns(origin, campaignPath, floorApp) : null;

  return {
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 1024 ** 3)} GB, load average at the end ${os.loadavg().map((n) => n.toFixed(1)).join(" ")}`,
    config,
    rows: seed.rows,
    sign: sign.total,
    signStages: sign.stages,
    unsolvedChallenges: sign.unsolved,
    floor: floor.total,
    floorStages: floor.stages,
    floorBare: floorBare.total,
    floorBareStages: floorBare.stages,
    pgbench,
    page,
    staticPage,
    pageNginx,
    staticNginx,
    nginxCache,
    nginxCacheDuring,
    exported,
    lags,
    nginxLags,
    explained,
    queries,
    weight,
    lighthouse,
    peakRssMb: Math.round(rss.overallPeak / 1024 / 1024),
    signPeakRssMb: Math.round(signPeakRss / 1024 / 1024),
    slowStatements: [],
    totalSeconds: 0,
  };
}

/**
 * The page total once it shows this run's seed: a build reused with BENCH_SKIP_BUILD keeps the
 * pages cached by the previous run (ADR 0003) until their window ends, and G must not mistake
 * that refresh for a confirmation.
 */
async function freshTotal(origin: string, seed: SeedResult): Promise<number> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const shown = await pageTotal(origin, seed.slug);
    if (shown !== null && shown >= seed.confirmedTotal) return shown;
    if (Date.now() > deadline) throw new Error(`the campaign page still shows ${shown} instead of ${seed.confirmedTotal}`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

async function queriesOfLoad(origin: string, plan: LoadPlan, backgroundPerMs: number): Promise<number> {
  const before = await serverStats(origin);
  const started = Date.now();
  const result = await load(plan);
  const after = await serverStats(origin);
  const background = backgroundPerMs * (Date.now() - started);
  return result.total.requests > 0 ? Math.round(((after.queries - before.queries - background) / result.total.requests) * 10) / 10 : 0;
}

/** G: while A runs, confirm one pending signature every few seconds and time until the page shows it. */
async function sampleLag(sql: postgres.Sql, origin: string, seed: SeedResult, shownBefore: number, running: Promise<unknown>): Promise<LagSample[]> {
  let done = false;
  void running.finally(() => (done = true));
  const samples: LagSample[] = [];
  let expected = (await pageTotal(origin, seed.slug)) ?? shownBefore;
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  while (!done) {
    const sample = await measureCounterLag(sql, origin, { id: seed.campaignId, slug: seed.slug }, expected + 1);
    if (sample) {
      expected += 1;
      samples.push(sample);
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  return samples;
}

/** G': `samples` confirmations, one after another, each polled until the page (here through nginx) shows it. */
async function idleLag(sql: postgres.Sql, base: string, seed: SeedResult, samples: number): Promise<LagSample[]> {
  const lags: LagSample[] = [];
  let expected = await pageTotal(base, seed.slug);
  if (expected === null) throw new Error(`no total on ${base}/campaigns/${seed.slug}`);
  for (let i = 0; i < samples; i++) {
    const sample = await measureCounterLag(sql, base, { id: seed.campaignId, slug: seed.slug }, expected + 1);
    if (!sample) break;
    expected += 1;
    lags.push(sample);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return lags;
}

/** Mobile runs per locale: Lighthouse's own advice for a score that varies from run to run is the median of several. */
const mobileRunsPerLocale = 3;

/**
 * The campaign page in every locale of i18n/config.ts (English unprefixed, the others under their
 * code), and the bare floor app's page (bench/floor-app) as the framework's floor: the JavaScript
 * of each, then three mobile Lighthouse runs each, taken in rounds (en, fr, …, the bare page, then
 * again) so that a slow moment of the machine falls on every page alike; then desktop once in
 * English. Null, and said, if any run of the campaign page fails; the bare page is left out, and
 * said, if it cannot be measured.
 */
async function lighthouseRuns(
  origin: string,
  campaignPath: string,
  floorApp: { env: NodeJS.ProcessEnv; databaseUrl: string },
): Promise<LighthouseResult | null> {
  let bareServer: RunningServer | undefined;
  try {
    const pages: { locale: Locale | "bare"; url: string; scripts: number; jsGzipKb: number; runs: LighthouseRun[] }[] = [];
    for (const locale of locales) {
      const pagePath = localizeHref(campaignPath, locale);
      // Also this locale's first request (a 200 checked): the page is rendered and cached before Lighthouse loads it, as D's English one is.
      const weight = await measurePageWeight(origin, pagePath);
      pages.push({ locale, url: `${origin}${pagePath}`, scripts: weight.scripts, jsGzipKb: weight.jsGzipKb, runs: [] });
    }
    try {
      bareServer = floorServer = await startFloorApp(floorApp.env, { port: config.floorAppPort, databaseUrl: floorApp.databaseUrl, poolMax: config.poolMax }, say);
      const weight = await measurePageWeight(bareServer.origin, "/");
      pages.push({ locale: "bare", url: `${bareServer.origin}/`, scripts: weight.scripts, jsGzipKb: weight.jsGzipKb, runs: [] });
    } catch (error) {
      say(`Lighthouse of the bare app's page left out: ${(error as Error).message}`);
    }
    for (let round = 1; round <= mobileRunsPerLocale; round++) {
      for (const page of [...pages]) {
        const run = await lighthouseScore(page.url, "mobile").catch((error: unknown) => {
          if (page.locale !== "bare") throw error;
          say(`Lighthouse of the bare app's page left out: ${(error as Error).message}`);
          pages.splice(pages.indexOf(page), 1);
          return null;
        });
        if (!run) continue;
        page.runs.push(run);
        say(`Lighthouse mobile ${page.locale}, run ${round}/${mobileRunsPerLocale}: ${run.score} (LCP ${run.lcpMs} ms, TBT ${run.tbtMs} ms)`);
      }
    }
    const byLocale: Partial<Record<Locale, LocaleLighthouse>> = {};
    let bare: LocaleLighthouse | undefined;
    for (const { locale, runs, scripts, jsGzipKb } of pages) {
      const measured = { mobile: medianRun(runs), mobileScores: runs.map((run) => run.score), scripts, jsGzipKb };
      if (locale === "bare") bare = measured;
      else byLocale[locale] = measured;
    }
    const english = byLocale[defaultLocale]!;
    const desktop = await lighthouseScore(`${origin}${localizeHref(campaignPath, defaultLocale)}`, "desktop");
    return { mobile: english.mobile, mobileScores: english.mobileScores, desktop, byLocale, ...(bare ? { bare } : {}) };
  } catch (error) {
    say(`Lighthouse failed: ${(error as Error).message}`);
    return null;
  } finally {
    if (bareServer) {
      await bareServer.stopAndWait();
      if (floorServer === bareServer) floorServer = undefined;
    }
  }
}

export type { ExportResult, LoadSummary, PageWeight, PgbenchResult };

main()
  .then(async () => {
    // Waits for the server to exit: a profiling server writes its profile then, and one left
    // running (it has its own process group) would hold a core until someone kills it.
    await server?.stopAndWait();
    server = undefined;
    await nginx?.stop();
    cleanup();
    process.exit(0);
  })
  .catch(async (error: unknown) => {
    say(error instanceof Error ? (error.stack ?? error.message) : String(error));
    await server?.stopAndWait(5_000);
    server = undefined;
    await nginx?.stop();
    cleanup();
    process.exit(1);
  });
