/** One Lighthouse run's figures. */
export interface LighthouseRun {
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/**
 * The Lighthouse performance score of a page, with the lighthouse npm package
 * driving the system Chromium headless. `preset` "mobile" is Lighthouse's
 * default (simulated slow 4G, 4x CPU slowdown, phone screen); "desktop" is its
 * desktop config. A page Lighthouse could not load (an error status, no
 * answer) throws rather than scoring 0.
 */
export async function lighthouseScore(url: string, preset: "mobile" | "desktop"): Promise<LighthouseRun> {
  const chromeLauncher = await import("chrome-launcher");
  const { default: lighthouse } = await import("lighthouse");
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const config = preset === "desktop" ? (await import("lighthouse/core/config/desktop-config.js")).default : undefined;
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ["performance"], logLevel: "error", output: "json" }, config);
    if (!result) throw new Error("lighthouse returned nothing");
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`lighthouse could not measure ${url}: ${runtimeError.code} ${runtimeError.message}`);
    await keepReport(url, preset, result.lhr);
    return {
      score: Math.round((categories.performance?.score ?? 0) * 100),
      lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
      tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
      cls: Math.round((audits["cumulative-layout-shift"]?.numericValue ?? 0) * 1000) / 1000,
    };
  } finally {
    chrome.kill();
  }
}

/** BENCH_LIGHTHOUSE_DIR: every run's whole report (JSON, open it in the Lighthouse viewer) is kept there, to see what blocks the main thread. */
async function keepReport(url: string, preset: string, report: unknown): Promise<void> {
  const dir = process.env.BENCH_LIGHTHOUSE_DIR;
  if (!dir) return;
  const { mkdir, writeFile } = await import("node:fs/promises");
  await mkdir(dir, { recursive: true });
  const name = `${new URL(url).pathname.replace(/[^A-Za-z0-9]+/g, "_")}-${preset}-${Date.now()}.json`;
  await writeFile(`${dir}/${name}`, JSON.stringify(report));
}

/** The run with the median score (of an even number, the lower of the middle two): Lighthouse's advice for a score that varies between runs. */
export function medianRun<T extends { score: number }>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error("no Lighthouse runs to take the median of");
  return [...runs].sort((a, b) => a.score - b.score)[Math.floor((runs.length - 1) / 2)]!;
}
