import { existsSync } from "node:fs";
import { defineConfig, devices, type LaunchOptions } from "@playwright/test";

/**
 * End-to-end tests. Run with `npm run test:e2e`, which starts a migrated and
 * seeded database, runs `next build`, then this suite against `next start`.
 * With a build already made and DATABASE_URL set: `npx playwright test`.
 */
const port = Number(process.env.E2E_PORT ?? 3123);
const baseURL = `http://127.0.0.1:${port}`;
const isCI = !!process.env.CI;

// `npx playwright install` cannot download browsers here: use Debian's Chromium
// when it is there, and Playwright's own browser otherwise: the binary itself,
// not the /usr/bin/chromium wrapper script, which adds desktop flags. Not
// Debian's chromium-headless-shell: it is an older build (150 beside 156) and
// does not let a no-JavaScript form post or a popup navigate to another host
// (the tweet and share specs failed with it).
const debianChromium = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"];
const systemChromium = [process.env.CHROMIUM_PATH, ...debianChromium].find((file) => file && existsSync(file));
const launchOptions: LaunchOptions = systemChromium
  ? {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  outputDir: "test-results",
  use: {
    baseURL,
    screenshot: "only-on-failure",
    // Recording a trace costs every test time (a DOM snapshot per action): in CI only on the retry of a
    // failed test, which is where a flaky failure shows anyway; locally on every test, kept when it fails.
    trace: isCI ? "on-first-retry" : "retain-on-failure",
    locale: "en-US",
    timezoneId: "UTC",
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
    {
      // A phone-sized Chromium (not WebKit): only tests tagged @mobile, to keep the suite fast.
      name: "mobile",
      grep: /@mobile/,
      use: { ...devices["Pixel 7"], launchOptions },
    },
  ],
  webServer: {
    command: `npx next start -p ${port} -H 127.0.0.1`,
    port,
    reuseExistingServer: !isCI,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    // Merged over process.env, so the server also gets DATABASE_URL (the test database).
    // TRUSTED_PROXIES: the specs play the reverse proxy from 127.0.0.1 (X-Forwarded-For gives each its own client
    // address, e2e/nojs/support.ts); any other loopback source address, e.g. 127.0.0.2, is an untrusted client.
    env: { SITE_URL: process.env.SITE_URL ?? baseURL, TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? "127.0.0.1/32", NEXT_TELEMETRY_DISABLED: "1" },
  },
});
