import type { Locale } from "./config";

/**
 * Each locale's whole catalogue (messages/<locale>/index.ts), loaded on first use.
 * Kept apart from i18n/request.ts, which imports next-intl/server's request-scoped
 * APIs: mail composers and jobs read catalogues here without a request.
 * messages/catalogues.test.ts checks every catalogue is complete.
 */
const catalogues: Record<Locale, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import("../messages/en"),
  fr: () => import("../messages/fr"),
  es: () => import("../messages/es"),
  zh: () => import("../messages/zh"),
  ar: () => import("../messages/ar"),
};

/** A locale's messages, for next-intl's request config and for createTranslator outside a request (mail). */
export async function messagesFor(locale: Locale): Promise<Record<string, unknown>> {
  return (await catalogues[locale]()).default;
}
