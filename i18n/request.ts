import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, timeZone, type Locale } from "./config";

/**
 * The request's locale comes from the URL: proxy.ts reads the prefix ("/fr/...";
 * none is English) and passes it on in next-intl's header, and pages cached whole
 * set it from their [locale] param (setRequestLocale) so they stay static.
 * Code outside a request (jobs, mail) names the locale explicitly.
 */
const catalogues: Record<Locale, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import("../messages/en"),
  fr: () => import("../messages/en"),
  es: () => import("../messages/en"),
  zh: () => import("../messages/en"),
  ar: () => import("../messages/en"),
};

export async function messagesFor(locale: Locale): Promise<Record<string, unknown>> {
  return (await catalogues[locale]()).default;
}

export default getRequestConfig(async ({ locale: explicitLocale, requestLocale }) => {
  const requested = explicitLocale ?? (await requestLocale);
  const locale = isLocale(requested) ? requested : defaultLocale;
  return { locale, timeZone, messages: await messagesFor(locale) };
});
