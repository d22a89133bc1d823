// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets parallel builds (tests, benchmarks) use their own output folder; one folder, one build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite"],
  // Every image is served from this origin; no remote hosts are allowed.
  images: { remotePatterns: [], unoptimized: true },
  // Defender photos (up to 5 MB, lib/uploads/photo.ts) are posted to a Server Action; the default limit is 1 MB.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

module.exports = withNextIntl(nextConfig);
