import { IntlErrorCode } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, timeZone } from "./config";
import { messagesFor } from "./messages";

/**
 * The request's locale comes from the URL: proxy.ts reads the prefix ("/fr/...";
 * none is English) and passes it on in next-intl's header, and pages cached whole
 * set it from their [locale] param (setRequestLocale) so they stay static.
 * Code outside a request (jobs, mail) names the locale explicitly and reads its
 * catalogue through i18n/messages.ts (where each locale's catalogue is listed).
 */
export { messagesFor };

export default getRequestConfig(async ({ locale: explicitLocale, requestLocale }) => {
  const requested = explicitLocale ?? (await requestLocale);
  const locale = isLocale(requested) ? requested : defaultLocale;
  return {
    locale,
    timeZone,
    messages: await messagesFor(locale),
    onError(error) {
      // A missing key is a bug (messages/catalogues.test.ts keeps the catalogues level): say which, never crash a page.
      console.error(error.code === IntlErrorCode.MISSING_MESSAGE ? `[i18n] ${error.message}` : error);
    },
    getMessageFallback: ({ namespace, key }) => missingMessageMarker([namespace, key].filter(Boolean).join(".")),
  };
});

/** What a missing message renders as: easy to spot for people and for the e2e suite (e2e/i18n). */
export function missingMessageMarker(key: string): string {
  return `\u27e6${key}\u27e7`;
}
