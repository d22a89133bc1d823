import { locales } from "@/i18n/config";
import { env } from "@/lib/env";

/** Read SITE_URL when served, not when built. */
export const dynamic = "force-dynamic";

/** The sitemap index: one sitemap per language (app/sitemap.ts). */
export function GET() {
  const base = env().SITE_URL.replace(/\/$/, "");
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${locales.map((locale) => `  <sitemap><loc>${base}/sitemap/${locale}.xml</loc></sitemap>`).join("\n")}
</sitemapindex>
`;
  return new Response(body, { headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=3600" } });
}
