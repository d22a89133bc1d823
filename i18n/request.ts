import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, timeZone, type Locale } from "./config";

/**
 * No i18n routing: every request is rendered in the default locale for now.
 * To add locales, resolve one here (from a cookie or Accept-Language) and keep
 * the rest unchanged; pages only ever ask next-intl for text.
 */
const catalogues: Record<Locale, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import("../messages/en"),
};

function resolveLocale(requested: string | undefined): Locale {
  return isLocale(requested) ? requested : defaultLocale;
}

export default getRequestConfig(async ({ locale: explicitLocale }) => {
  const locale = resolveLocale(explicitLocale);
  return {
    locale,
    timeZone,
    messages: (await catalogues[locale]()).default,
  };
});
