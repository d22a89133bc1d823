/**
 * Content in several languages (campaigns, their updates, defender profiles):
 * the original is written in its `source_locale`, and organisers add versions
 * in other languages beside it (db/schema/translations.ts). A public page
 * shows each field in the page's language when a version has it, else the
 * original, and says so: the reader sees a "not yet translated" note and the
 * original text carries its own lang (and dir) so screen readers pronounce it
 * right. Pure: the queries pick, the pages render.
 */
import { defaultLocale, isLocale, languageTags, textDirection, type Locale } from "@/i18n/config";

/** How one piece of content (a campaign, an update, a card) is shown in the page's language. */
export interface TranslationInfo<F extends string = string> {
  /** The page's language. */
  locale: Locale;
  /** The language the original is written in. */
  sourceLocale: Locale;
  /** Fields shown in the original, because the page's language has no version of them; empty when all is in the page's language. */
  untranslated: F[];
}

/** A stored source_locale as a Locale (anything unknown reads as the default, as the column's default does). */
export function sourceLocaleOf(value: string | null | undefined): Locale {
  return isLocale(value) ? value : defaultLocale;
}

/**
 * Picks each field of `original` (written in `sourceLocale`) or of `version`
 * (the page's language, null when there is none). A field the version leaves
 * empty falls back to the original; a field empty in both stays empty and is
 * not counted as untranslated. When the page's language is the original's,
 * the original is shown whatever versions exist.
 */
export function localize<T extends Record<string, string | null>>(
  locale: Locale,
  sourceLocale: string | null | undefined,
  original: T,
  version: { [K in keyof T]?: string | null } | null | undefined,
): { values: T; translation: TranslationInfo<keyof T & string> } {
  const source = sourceLocaleOf(sourceLocale);
  const values: Record<string, string | null> = { ...original };
  const untranslated: (keyof T & string)[] = [];
  if (locale !== source) {
    for (const field of Object.keys(original) as (keyof T & string)[]) {
      const translated = version?.[field];
      if (translated) values[field] = translated;
      else if (original[field]) untranslated.push(field);
    }
  }
  return { values: values as T, translation: { locale, sourceLocale: source, untranslated } };
}

/** Whether any of `fields` (default: all) of the piece is shown in the original. */
export function isUntranslated<F extends string>(translation: TranslationInfo<F>, fields?: readonly F[]): boolean {
  return fields ? fields.some((field) => translation.untranslated.includes(field)) : translation.untranslated.length > 0;
}

/**
 * The lang and dir a field's element needs: none when it is in the page's
 * language (it inherits <html lang>), the original's when it fell back.
 */
export function fieldLanguage<F extends string>(translation: TranslationInfo<F>, field: F): { lang?: string; dir?: "ltr" | "rtl" } {
  if (!translation.untranslated.includes(field)) return {};
  return originalLanguage(translation);
}

/** lang and dir of text that is always in the original's language (defender events), when it differs from the page's. */
export function originalLanguage(translation: Pick<TranslationInfo, "locale" | "sourceLocale">): { lang?: string; dir?: "ltr" | "rtl" } {
  const { locale, sourceLocale } = translation;
  if (locale === sourceLocale) return {};
  const dir = textDirection(sourceLocale);
  return { lang: languageTags[sourceLocale], ...(dir !== textDirection(locale) ? { dir } : {}) };
}

/** A language's name in the reader's language ("fr" read in English: "French"), from the runtime's ICU data. */
export function languageName(code: string, readerLocale: string): string {
  const tag = isLocale(code) ? languageTags[code] : code;
  try {
    return new Intl.DisplayNames([readerLocale], { type: "language" }).of(tag) ?? code;
  } catch {
    return code;
  }
}
