import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { defaultLocale, isLocale } from "@/i18n/config";
import { feedAlternates } from "./updates";

/** A page's metadata with the site-wide feeds as <link rel="alternate"> (home, /campaigns), in the page's language. */
export async function withSiteFeeds(metadata: Metadata): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations("Feeds"), getLocale()]);
  const types = feedAlternates(isLocale(locale) ? locale : defaultLocale, { rss: t("siteRss"), atom: t("siteAtom") });
  return { ...metadata, alternates: { ...metadata.alternates, types } };
}
