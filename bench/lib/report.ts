import { locales, type Locale } from "../../i18n/config";
import type { BenchConfig } from "./config";
import type { ExplainedQuery } from "./explain";
import type { ExportResult } from "./export";
import type { LagSample } from "./lag";
import type { LighthouseRun } from "./lighthouse";
import type { PageWeight } from "./page-weight";
import type { PgbenchResult } from "./pgbench";
import type { SlowStatement } from "./slow-log";
import { ratio, type LoadSummary } from "./stats";

/** One language's campaign page: its median mobile run, the scores of its mobile runs in run order, and what its first visit downloads. */
export interface LocaleLighthouse {
  mobile: LighthouseRun;
  mobileScores: number[];
  /** The page's scripts, gzipped (bench/lib/page-weight.ts), measured on the same server just before Lighthouse. */
  scripts: number;
  jsGzipKb: number;
}

export interface LighthouseResult {
  /** English (unprefixed /campaigns/...): mobile is the median of the mobile runs, whose scores are mobileScores in run order (the keys before issue #16's locales). */
  mobile: LighthouseRun;
  mobileScores: number[];
  /** Desktop preset, once, English. */
  desktop: LighthouseRun;
  /** The campaign page in every locale of i18n/config.ts (English included, the same runs as above). */
  byLocale: Partial<Record<Locale, LocaleLighthouse>>;
  /**
   * The bare floor app's page (bench/floor-app: one client form, no CSS, no fonts), the same
   * number of mobile runs: Next's and React's JavaScript alone on this machine, the score no page
   * of the framework can be expected to beat. Absent when the bare app was not measured.
   */
  bare?: LocaleLighthouse;
}

export interface BenchReport {
  date: string;
  commit: string;
  machine: string;
  config: BenchConfig;
  rows: number;
  sign: LoadSummary;
  signStages: (LoadSummary & { connections: number })[];
  unsolvedChallenges: number;
  floor: LoadSummary;
  floorStages: (LoadSummary & { connections: number })[];
  /** B0: the same floor action in a bare Next app (bench/floor-app), same stages. */
  floorBare: LoadSummary;
  floorBareStages: (LoadSummary & { connections: number })[];
  pgbench: PgbenchResult;
  page: LoadSummary;
  staticPage: LoadSummary;
  /** D': D's page through nginx's page cache (deploy/nginx); E': a static file of the same bytes served by nginx from disk. Same connections and length. */
  pageNginx: LoadSummary;
  staticNginx: LoadSummary;
  /** X-Cache-Status of a second request just before D' and E' ("HIT": nginx's cache answered). */
  nginxCache: { page: string; static: string };
  /** nginx's X-Cache-Status of every request of D' (page) and E' (static), counted from its access log. */
  nginxCacheDuring: { page: Record<string, number>; static: Record<string, number> };
  exported: ExportResult;
  lags: LagSample[];
  /** G': counter lag polled through nginx (idle, after E'). */
  nginxLags: LagSample[];
  explained: ExplainedQuery[];
  queries: { campaignPage: number; staticPage: number; sign: number; floor: number; background_per_s: number };
  weight: PageWeight;
  lighthouse: LighthouseResult | null;
  peakRssMb: number;
  signPeakRssMb: number;
  slowStatements: SlowStatement[];
  totalSeconds: number;
}

/** The issue's targets, checked against a report: name -> passed. */
export function targetsMet(report: BenchReport): Record<string, boolean> {
  const lag = counterLag(report.lags);
  const nginxLag = counterLag(report.nginxLags);
  // A run in which no signature went through has no latency to meet a target with.
  const signed = report.sign.ok > 0;
  return {
    "A >= 400/s": report.sign.rps >= 400,
    "A 0 errors": signed && report.sign.errors === 0,
    "A p99 <= 300 ms": signed && report.sign.p99Ms <= 300,
    "A/B >= 0.9": (ratio(report.sign.rps, report.floor.rps) ?? 0) >= 0.9,
    "D/E >= 0.9": (ratio(report.page.rps, report.staticPage.rps) ?? 0) >= 0.9,
    // Issue #16's ratios: signing against both floors, and the page against a same-size file through nginx.
    "A/B >= 0.8 (issue #16)": (ratio(report.sign.rps, report.floor.rps) ?? 0) >= 0.8,
    "A/B0 >= 0.5 (bare Next app)": (ratio(report.sign.rps, report.floorBare.rps) ?? 0) >= 0.5,
    "D'/E' >= 0.9 (through nginx)": (ratio(report.pageNginx.rps, report.staticNginx.rps) ?? 0) >= 0.9,
    "G <= 5 s": lag !== null && lag <= 5,
    "G' <= 5 s (through nginx)": nginxLag !== null && nginxLag <= 5,
    "F <= 30 s": report.exported.status === 200 && !report.exported.timedOut && report.exported.seconds <= 30,
    "F RSS growth <= 100 MB": report.exported.rssGrowthMb <= 100,
    "RSS <= 400 MB": report.peakRssMb <= 400,
    "page JS <= 150 KB gz": report.weight.jsGzipKb <= 150,
    // Issue #16: in every locale, so the worst locale's median (a locale not measured misses it).
    "Lighthouse >= 95 (mobile)": (worstLocale(report.lighthouse)?.score ?? 0) >= 95,
  };
}

/** The worst lag seen, or null when no sample was seen at all. */
export function counterLag(lags: LagSample[]): number | null {
  if (lags.length === 0) return null;
  if (lags.some((lag) => !lag.seen)) return Math.max(...lags.map((lag) => lag.seconds));
  return Math.round(Math.max(...lags.map((lag) => lag.seconds)) * 10) / 10;
}

/**
 * The locale whose median mobile score is the lowest (the first such in `locales`); a locale of
 * `locales` with no runs is the worst, with a null score. Null when Lighthouse did not run.
 */
export function worstLocale(lighthouse: LighthouseResult | null): { locale: Locale; score: number | null } | null {
  if (!lighthouse) return null;
  let worst: { locale: Locale; score: number } | null = null;
  for (const locale of locales) {
    const measured = lighthouse.byLocale[locale];
    if (!measured) return { locale, score: null };
    if (!worst || measured.mobile.score < worst.score) worst = { locale, score: measured.mobile.score };
  }
  return worst;
}

/** The Lighthouse lines of the printed report: each locale's median mobile run, the worst locale, desktop. */
export function lighthouseLines(lighthouse: LighthouseResult | null): string[] {
  if (!lighthouse) return ["Lighthouse: not run"];
  const worst = worstLocale(lighthouse);
  return [
    "Lighthouse performance, campaign page, mobile (median of each locale's runs):",
    ...locales.map((locale) => {
      const measured = lighthouse.byLocale[locale];
      if (!measured) return `  ${locale.padEnd(4)} not measured`;
      return `  ${locale.padEnd(4)} ${lighthouseRunLine(measured)}`;
    }),
    `  worst locale: ${worst ? `${worst.locale} ${worst.score ?? "(not measured)"}` : "none"}; desktop (en) ${lighthouse.desktop.score} (LCP ${lighthouse.desktop.lcpMs} ms, TBT ${lighthouse.desktop.tbtMs} ms)`,
    ...(lighthouse.bare ? [`  framework floor (bare app's page, mobile): ${lighthouseRunLine(lighthouse.bare)}`] : []),
  ];
}

function lighthouseRunLine(measured: LocaleLighthouse): string {
  const { mobile } = measured;
  return `${mobile.score.toString().padStart(3)}  (${measured.mobileScores.join(", ")})  LCP ${mobile.lcpMs} ms, TBT ${mobile.tbtMs} ms, CLS ${mobile.cls}; JS ${measured.jsGzipKb} KB gzipped in ${measured.scripts} scripts`;
}

const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

/** bench/results.json: the keys issue #6 names first, then the rest of the report. */
export function resultsOf(report: BenchReport) {
  return {
    sign_rps: round(report.sign.rps),
    sign_p99_ms: round(report.sign.p99Ms),
    sign_errors: report.sign.errors,
    floor_action_rps: round(report.floor.rps),
    floor_bare_action_rps: round(report.floorBare.rps),
    floor_db_tps: round(report.pgbench.tps),
    page_rps: round(report.page.rps),
    static_rps: round(report.staticPage.rps),
    page_nginx_rps: round(report.pageNginx.rps),
    static_nginx_rps: round(report.staticNginx.rps),
    export_s: round(report.exported.seconds),
    export_rss_growth_mb: report.exported.rssGrowthMb,
    counter_lag_s: counterLag(report.lags),
    counter_lag_nginx_s: counterLag(report.nginxLags),
    peak_rss_mb: report.peakRssMb,
    ratios: {
      sign_over_floor_action: ratio(report.sign.rps, report.floor.rps),
      sign_over_floor_db: ratio(report.sign.rps, report.pgbench.tps),
      sign_over_floor_bare_action: ratio(report.sign.rps, report.floorBare.rps),
      floor_action_over_floor_bare_action: ratio(report.floor.rps, report.floorBare.rps),
      page_over_static: ratio(report.page.rps, report.staticPage.rps),
      page_nginx_over_static_nginx: ratio(report.pageNginx.rps, report.staticNginx.rps),
    },
    targets: targetsMet(report),
    details: {
      date: report.date,
      commit: report.commit,
      machine: report.machine,
      rows: report.rows,
      config: report.config,
      sign: report.sign,
      sign_stages: report.signStages,
      unsolved_challenges: report.unsolvedChallenges,
      floor_action: report.floor,
      floor_action_stages: report.floorStages,
      floor_bare_action: report.floorBare,
      floor_bare_action_stages: report.floorBareStages,
      floor_db: report.pgbench,
      page: report.page,
      static_page: report.staticPage,
      page_nginx: report.pageNginx,
      static_nginx: report.staticNginx,
      nginx_cache_status: report.nginxCache,
      nginx_cache_status_during: report.nginxCacheDuring,
      export: report.exported,
      counter_lag_samples: report.lags,
      counter_lag_nginx_samples: report.nginxLags,
      queries_per_request: report.queries,
      explained: report.explained,
      page_weight: report.weight,
      lighthouse: report.lighthouse,
      lighthouse_worst_locale: worstLocale(report.lighthouse),
      sign_peak_rss_mb: report.signPeakRssMb,
      slow_statements: report.slowStatements,
      total_seconds: report.totalSeconds,
    },
  };
}

export function row(name: string, s: LoadSummary): string {
  const errors = s.errors ? ` ${JSON.stringify(s.errorReasons)}` : "";
  return `${name.padEnd(30)} ${round(s.rps).toString().padStart(8)}/s  p50 ${round(s.p50Ms).toString().padStart(6)} ms  p99 ${round(s.p99Ms).toString().padStart(6)} ms  errors ${s.errors}${errors}`;
}

const statusCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([status, n]) => `${status} ${n}`)
    .join(", ") || "none";

function lagLine(name: string, lags: LagSample[]): string {
  return `${name.padEnd(30)} worst ${counterLag(lags) ?? "n/a"} s over ${lags.length} samples (${lags.map((l) => l.seconds.toFixed(1)).join(", ")})`;
}

export function printReport(report: BenchReport): void {
  const lines = [
    "",
    `Inkwell bench — ${report.date}, ${report.commit}, ${report.rows.toLocaleString("en")} signatures`,
    report.machine,
    "",
    row("A sign letter (all stages)", report.sign),
    ...report.signStages.map((s) => row(`  at ${s.connections} connections`, s)),
    row("B floor action", report.floor),
    ...report.floorStages.map((s) => row(`  at ${s.connections} connections`, s)),
    row("B0 bare Next app action", report.floorBare),
    ...report.floorBareStages.map((s) => row(`  at ${s.connections} connections`, s)),
    row("C floor db (pgbench)", report.pgbench),
    row("D campaign page", report.page),
    row("E static page", report.staticPage),
    row(`D' campaign page via nginx`, report.pageNginx),
    row(`E' same-size file via nginx`, report.staticNginx),
    `  nginx X-Cache-Status before D'/E': ${report.nginxCache.page} / ${report.nginxCache.static}; during D' ${statusCounts(report.nginxCacheDuring.page)}, during E' ${statusCounts(report.nginxCacheDuring.static)}`,
    `F CSV export                   ${report.exported.seconds} s, ${report.exported.rows.toLocaleString("en")} rows, ${report.exported.megabytes} MB, status ${report.exported.status}${report.exported.timedOut ? " (CUT OFF at the time limit)" : ""}, server RSS +${report.exported.rssGrowthMb} MB`,
    lagLine("G counter lag", report.lags),
    lagLine("G' via nginx (idle)", report.nginxLags),
    "",
    `A/B ${ratio(report.sign.rps, report.floor.rps)}   A/B0 ${ratio(report.sign.rps, report.floorBare.rps)}   B/B0 ${ratio(report.floor.rps, report.floorBare.rps)}   A/C ${ratio(report.sign.rps, report.pgbench.tps)}`,
    `D/E ${ratio(report.page.rps, report.staticPage.rps)}   D'/E' ${ratio(report.pageNginx.rps, report.staticNginx.rps)}   D'/D ${ratio(report.pageNginx.rps, report.page.rps)}   E'/E ${ratio(report.staticNginx.rps, report.staticPage.rps)}`,
    `server peak RSS ${report.peakRssMb} MB (during A: ${report.signPeakRssMb} MB)`,
    `queries per request: campaign page ${report.queries.campaignPage}, static ${report.queries.staticPage}, sign ${report.queries.sign}, floor ${report.queries.floor} (background jobs ${report.queries.background_per_s}/s)`,
    `campaign page: ${report.weight.scripts} scripts, ${report.weight.jsGzipKb} KB gzipped JS (${report.weight.jsKb} KB raw), HTML ${report.weight.htmlGzipKb} KB gzipped (${report.weight.htmlKb} KB raw)`,
    ...lighthouseLines(report.lighthouse),
    "",
    "hot queries (EXPLAIN ANALYZE on the seeded data):",
    ...report.explained.map((q) => `  ${q.name.padEnd(34)} ${q.ms.toString().padStart(8)} ms${q.seqScanOnActions ? "  SEQ SCAN on actions" : ""}  ${q.plan}`),
    "",
    "slow statements (>= 100 ms):",
    ...(report.slowStatements.length === 0
      ? ["  none"]
      : report.slowStatements.map((s) => `  ${s.count}× max ${s.maxMs} ms total ${s.totalMs} ms: ${s.statement.slice(0, 140)}`)),
    "",
    "targets:",
    ...Object.entries(targetsMet(report)).map(([name, met]) => `  ${met ? "met   " : "MISSED"} ${name}`),
    "",
  ];
  console.log(lines.join("\n"));
}
