/**
 * The Lighthouse performance score of a page, with the lighthouse npm package
 * driving the system Chromium headless. `preset` "mobile" is Lighthouse's
 * default (simulated slow 4G, 4x CPU slowdown, phone screen); "desktop" is its
 * desktop config.
 */
export async function lighthouseScore(url: string, preset: "mobile" | "desktop"): Promise<{ score: number; lcpMs: number; tbtMs: number; cls: number }> {
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
    const { categories, audits } = result.lhr;
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
