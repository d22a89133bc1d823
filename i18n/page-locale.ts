import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "./config";

/**
 * The page's language from its [locale] param, made the request's for next-intl.
 * Pages cached whole (ISR) must call it first, in the page and in generateMetadata:
 * without it next-intl reads a request header, and the page becomes dynamic.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
