// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");
const { contentSecurityPolicy: baselineContentSecurityPolicy } = require("./lib/csp-directives");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/**
 * Sent with every response. The baseline policy: nothing from another host
 * (default-src 'self'), no framing, no plugins, no <base> hijack. It still
 * allows inline scripts, because it is the policy of the pages cached whole
 * (campaign and defender pages, ISR), whose HTML cannot carry a per-response
 * nonce. Every page rendered per request gets a stricter, nonce-based policy
 * from proxy.ts on top (a script must then satisfy both), which blocks
 * injected inline scripts: see docs/decisions/0010-content-security-policy.md.
 * Both policies are built from the one directive list in lib/csp-directives.js.
 */
const contentSecurityPolicy = baselineContentSecurityPolicy();

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Not "no-referrer": that makes browsers send "Origin: null" on form posts, which the action builder refuses.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  // No other site's window keeps a handle on ours (window.opener), and ours none on theirs.
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * The embeddable actions (/embed/campaigns/<slug>/<kind>, in every language; ADR 0030) may be
 * framed by the sites their campaign lists: no X-Frame-Options, and a baseline without
 * frame-ancestors. proxy.ts always adds the strict policy with that campaign's frame-ancestors
 * ('none' unless the campaign is live and lists sites), and the browser applies both.
 */
const embedSecurityHeaders = securityHeaders
  .filter(({ key }) => key !== "X-Frame-Options")
  .map((header) => (header.key === "Content-Security-Policy" ? { key: header.key, value: baselineContentSecurityPolicy({ "frame-ancestors": null }) } : header));

/** Every path but the embeds' ("/embed/..." and "/fr/embed/..."). */
const notEmbed = "/:path((?!(?:[a-z]{2}/)?embed(?:/|$)).*)";

/**
 * Several web nodes share one page and data cache in Redis or Valkey (ADR 0031): a tag expired by
 * one node or by the worker is expired for all. Without REDIS_URL each process keeps Next's own
 * file-system cache (one node). Read at `next build` and again at `next start`.
 */
const sharedCache = process.env.REDIS_URL
  ? { cacheHandler: require.resolve("./server/cache/next-cache-handler.mjs"), cacheMaxMemorySize: 0 }
  : // Next keeps the most recently used cached pages and data in memory in front of its files.
    // A campaign page is ~0.3 MB there (HTML, RSC, segment data), so the default 50 MB is some
    // 170 pages of live heap, which V8 then lets grow further before it collects. 16 MB keeps
    // ~50 hot pages in memory; the others are read back from the files when asked for
    // (docs/performance.md, "Where the memory goes"). Same pages, same revalidation.
    { cacheMaxMemorySize: 16 * 1024 * 1024 };

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  ...sharedCache,
  // Set at build time (e.g. the git commit): a browser holding pages of another build gets a hard
  // reload instead of mixing chunks and action ids of two builds during a rolling deploy (docs/deploy.md).
  deploymentId: process.env.NEXT_DEPLOYMENT_ID || undefined,
  // proxy.ts rewrites English's unprefixed paths to /en/... (ADR 0023). Next normalises a
  // rewrite's loopback host to "localhost" and then, when the server listens on 127.0.0.1,
  // takes it for another origin and fetches it over HTTP (a second request, from 127.0.0.1).
  // Without the normalisation the rewrite keeps the request's own origin and is served in-process.
  skipProxyUrlNormalize: true,
  // Lets parallel builds (tests, benchmarks) use their own output folder; one folder, one build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Routes in *.bench.ts(x) files (the benchmark's framework-floor action) exist only in
  // builds made by `npm run bench` with INKWELL_BENCH_BUILD=1; production builds never contain them.
  pageExtensions: process.env.INKWELL_BENCH_BUILD === "1" ? ["bench.tsx", "bench.ts", "tsx", "ts", "jsx", "js"] : ["tsx", "ts", "jsx", "js"],
  // The bench builds a shared, moving work tree; type errors are caught by `npm run typecheck`, not by its build.
  typescript: { ignoreBuildErrors: process.env.INKWELL_BENCH_BUILD === "1" },
  reactStrictMode: true,
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite"],
  // Every image is served from this origin; no remote hosts are allowed.
  images: { remotePatterns: [], unoptimized: true },
  // Defender photos (up to 5 MB, lib/uploads/photo.ts) are posted to a Server Action; the default limit is 1 MB.
  experimental: {
    serverActions: { bodySizeLimit: "6mb" },
    // By default `next start` loads the server code of every route at startup (admin, organise,
    // the PDF, map and OG-image routes...): ~500 more scripts and 10 MB more live heap than the
    // public pages need. Off: a route's code is loaded by its first request (a few hundred ms,
    // once per process). docs/performance.md, "Where the memory goes".
    preloadEntriesOnStart: false,
  },
  async headers() {
    return [
      { source: notEmbed, headers: securityHeaders },
      { source: "/embed/:path*", headers: embedSecurityHeaders },
      { source: "/:locale([a-z]{2})/embed/:path*", headers: embedSecurityHeaders },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
