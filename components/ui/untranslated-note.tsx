import { getTranslations } from "next-intl/server";
import { isUntranslated, languageName, type TranslationInfo } from "@/lib/translations";

/**
 * "Not yet translated into French — shown in English": said wherever some of a
 * piece of content (a campaign, an update, a profile, a card) is its original
 * because the page's language has no version of it. The text itself carries
 * its own lang (lib/translations.ts fieldLanguage); this says why.
 */
export async function UntranslatedNote<F extends string>({
  translation,
  fields,
  className = "text-sm text-muted",
}: {
  translation: TranslationInfo<F>;
  /** Only these fields count (default: all of them). */
  fields?: readonly F[];
  className?: string;
}) {
  if (!isUntranslated(translation, fields)) return null;
  const t = await getTranslations("Common");
  const { locale, sourceLocale } = translation;
  return (
    <p className={className} data-untranslated={sourceLocale}>
      {t("untranslated", { language: languageName(locale, locale), original: languageName(sourceLocale, locale) })}
    </p>
  );
}
