import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, languageTags, localizeHref, locales, defaultLocale } from "@/i18n/config";

interface PageMetadataInput {
  title: string;
  description: string;
  /** Site-relative path; made absolute with metadataBase (SITE_URL). */
  path: string;
  type?: "website" | "article" | "profile";
  /** Use the title as is, without the " · Inkwell" suffix (the home page). */
  absoluteTitle?: boolean;
  publishedTime?: string;
  tags?: string[];
}

/**
 * Title, description, canonical URL and OpenGraph/Twitter tags for a public
 * page. A page's openGraph replaces the layout's whole, so the site-wide
 * fields are repeated here.
 */
export async function pageMetadata(input: PageMetadataInput): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations("Metadata"), getLocale()]);
  const current = isLocale(locale) ? locale : defaultLocale;
  const canonical = localizeHref(input.path, current);
  const ogBase = { siteName: t("siteName"), locale, url: canonical, title: input.title, description: input.description };
  const openGraph: Metadata["openGraph"] =
    input.type === "article"
      ? { ...ogBase, type: "article", publishedTime: input.publishedTime, tags: input.tags }
      : input.type === "profile"
        ? { ...ogBase, type: "profile" }
        : { ...ogBase, type: "website" };
  return {
    title: input.absoluteTitle ? { absolute: input.title } : input.title,
    description: input.description,
    alternates: { canonical, languages: languageAlternates(input.path) },
    openGraph,
    twitter: { card: "summary", title: input.title, description: input.description },
  };
}

/** hreflang links: the page in every language, and English (unprefixed) as the default for others. */
export function languageAlternates(path: string): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of locales) languages[languageTags[locale]] = localizeHref(path, locale);
  languages["x-default"] = localizeHref(path, defaultLocale);
  return languages;
}
