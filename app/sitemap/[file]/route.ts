import { listSitemapPages } from "@/db/queries/sitemap";
import { isLocale, localizeHref, type Locale } from "@/i18n/config";
import { env } from "@/lib/env";
import { languageAlternates } from "@/lib/metadata";

/** One sitemap per language, "/sitemap/fr.xml": every public page at its address in that language, with its hreflang alternates. */
export const revalidate = 3600;

const listPages = ["/", "/campaigns", "/defenders", "/privacy", "/accessibility"];

function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const locale = /^([a-z]{2})\.xml$/.exec(file)?.[1];
  if (!isLocale(locale)) return new Response("Not found.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const base = env().SITE_URL.replace(/\/$/, "");
  const pages = [...listPages.map((path) => ({ path, updatedAt: undefined as string | undefined })), ...(await listSitemapPages())];
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${pages.map((page) => urlEntry(base, locale, page.path, page.updatedAt)).join("\n")}
</urlset>
`;
  return new Response(body, { headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=3600" } });
}

function urlEntry(base: string, locale: Locale, path: string, updatedAt: string | undefined): string {
  const alternates = Object.entries(languageAlternates(path))
    .map(([tag, href]) => `    <xhtml:link rel="alternate" hreflang="${tag}" href="${escapeXml(base + href)}"/>`)
    .join("\n");
  const lastmod = updatedAt ? `\n    <lastmod>${updatedAt}</lastmod>` : "";
  return `  <url>\n    <loc>${escapeXml(base + localizeHref(path, locale))}</loc>${lastmod}\n${alternates}\n  </url>`;
}
