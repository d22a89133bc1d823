import Link from "@/i18n/link";
import { Markdown } from "@/components/ui/markdown";
import { isLocale, languageTags, locales, textDirection, type Locale } from "@/i18n/config";
import { languageName } from "@/lib/translations";

/** The language a Translations page works on: ?lang= when it is another language than the original's, else the first other one. */
export function chosenLanguage(asked: string | string[] | undefined, sourceLocale: Locale): Locale {
  const value = Array.isArray(asked) ? asked[0] : asked;
  if (isLocale(value) && value !== sourceLocale) return value;
  return locales.find((locale) => locale !== sourceLocale)!;
}

/** lang and dir for text written in `locale`. */
export function languageAttributes(locale: Locale): { lang: string; dir: "ltr" | "rtl" } {
  return { lang: languageTags[locale], dir: textDirection(locale) };
}

/**
 * Links to each language other than the original's, saying which have a
 * version; the current one is marked. Plain links: works without JavaScript.
 */
export function LanguagePicker({
  basePath,
  sourceLocale,
  current,
  translated,
  readerLocale,
  label,
  describe,
}: {
  basePath: string;
  sourceLocale: Locale;
  current: Locale;
  translated: readonly Locale[];
  readerLocale: string;
  label: string;
  /** "French: translated" / "French: not yet translated". */
  describe: (language: string, translated: boolean) => string;
}) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {locales
          .filter((locale) => locale !== sourceLocale)
          .map((locale) => {
            const done = translated.includes(locale);
            return (
              <li key={locale}>
                <Link
                  href={`${basePath}?lang=${locale}`}
                  aria-current={locale === current ? "page" : undefined}
                  className="inline-flex min-h-11 items-center rounded-md border border-line bg-surface px-3 py-2 text-ink no-underline hover:bg-brand-soft aria-[current=page]:border-brand aria-[current=page]:bg-brand-soft aria-[current=page]:font-semibold"
                >
                  {describe(languageName(locale, readerLocale), done)}
                </Link>
              </li>
            );
          })}
      </ul>
    </nav>
  );
}

export interface OriginalItem {
  label: string;
  value: string | null;
  markdown?: boolean;
}

/** The original, read-only, in its own language, beside the form for a version. */
export function OriginalText({ heading, headingId, locale, items, emptyLabel }: { heading: string; headingId: string; locale: Locale; items: OriginalItem[]; emptyLabel: string }) {
  return (
    <section aria-labelledby={headingId} className="min-w-0 rounded-xl border border-line bg-paper p-4">
      <h3 id={headingId} className="mb-3 text-lg font-semibold">
        {heading}
      </h3>
      <dl className="flex flex-col gap-3">
        {items.map((item) => (
          <div key={item.label} className="min-w-0">
            <dt className="text-sm font-semibold text-muted">{item.label}</dt>
            <dd {...(item.value ? languageAttributes(locale) : {})} className="mt-0.5 break-words">
              {!item.value ? <span className="text-muted">{emptyLabel}</span> : item.markdown ? <Markdown>{item.value}</Markdown> : item.value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
