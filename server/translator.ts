import "server-only";
import { createTranslator } from "next-intl";
import { defaultLocale, isLocale, localizeHref, timeZone, type Locale } from "@/i18n/config";
import { messagesFor } from "@/i18n/messages";
import { env } from "@/lib/env";

/**
 * Text outside a page's request: mail (server/mail, the confirmation mail) and files an organiser
 * downloads (app/api/organise/...). Full dotted keys ("Email.signIn.subject") with ICU values:
 * dates and numbers are formatted for the locale.
 */
export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

/**
 * The language to write to someone in: a stored locale (actions.locale, users.locale)
 * when it is one of ours, else `fallback` (English unless the caller knows better).
 */
export function storedLocale(stored: string | null | undefined, fallback: Locale = defaultLocale): Locale {
  return isLocale(stored) ? stored : fallback;
}

type Tree = { [key: string]: unknown };

/** `over` with every key it lacks taken from `under` (a key missing in a translation reads in English, never as a marker). */
function withFallback(over: Tree, under: Tree): Tree {
  const out: Tree = { ...under };
  for (const [key, value] of Object.entries(over)) {
    const base = under[key];
    out[key] =
      value && typeof value === "object" && base && typeof base === "object" ? withFallback(value as Tree, base as Tree) : value;
  }
  return out;
}

const translators = new Map<Locale, Promise<Translate>>();

async function build(locale: Locale): Promise<Translate> {
  const own = (await messagesFor(locale)) as Tree;
  const messages = locale === defaultLocale ? own : withFallback(own, (await messagesFor(defaultLocale)) as Tree);
  return createTranslator({
    locale,
    timeZone,
    messages,
    onError: (error) => console.error(`[i18n] ${locale}: ${error.message}`),
  }) as unknown as Translate;
}

/**
 * One translator per locale for the process (creating one compiles the catalogue
 * again): createTranslator with the locale's catalogue, never next-intl/server's
 * request-scoped APIs, so mail composers work in jobs too.
 */
export function translatorFor(locale: Locale): Promise<Translate> {
  let translator = translators.get(locale);
  if (!translator) {
    translator = build(locale);
    translators.set(locale, translator);
    translator.catch(() => translators.delete(locale));
  }
  return translator;
}

/** The absolute address of a site path in `locale`: "/confirm/x" -> "https://site/fr/confirm/x" (English unprefixed). */
export function localizedUrl(path: string, locale: Locale): string {
  return `${env().SITE_URL.replace(/\/$/, "")}${localizeHref(path, locale)}`;
}
