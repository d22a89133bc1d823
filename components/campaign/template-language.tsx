import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/i18n/link";
import { isolate } from "@/i18n/bidi";
import { languageDirection, type LanguageChoice } from "@/lib/templates/language";
import { languageName } from "@/lib/translations";

/** Which text the line speaks of: its catalogue key under SupporterActions.templateLanguage. */
export type TemplateLanguageText = "letter" | "petition" | "email" | "call";

/** A language's name in itself, capitalised as a list entry ("français" -> "Français"). */
function ownName(language: string): string {
  const name = languageName(language, language);
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

interface LineProps {
  text: TemplateLanguageText;
  choice: LanguageChoice;
  /** The target whose working language `choice.reason === "target"` speaks of. */
  targetName: string | null;
}

interface SwitchProps {
  /** The language shown now (not linked). */
  current: string;
  /** Every language the campaign has this template in. */
  available: readonly string[];
  /** The page (site-relative, unlocalised: Link adds the language prefix). */
  path: string;
  /** Query parameters to keep on the links (the chosen country). */
  query?: Record<string, string | null | undefined>;
}

/** "This letter is in French, the language of the Ministry." (or the reader's, the campaign's, their choice). */
export async function TemplateLanguageLine({ text, choice, targetName }: LineProps) {
  const [t, locale] = await Promise.all([getTranslations("SupporterActions.templateLanguage"), getLocale()]);
  const reason = choice.reason === "target" && !targetName ? "other" : choice.reason;
  const language = languageName(choice.language, locale);
  return <p>{isolate((v) => t(text, { ...v, reason, language }), { target: targetName ?? "" })}</p>;
}

/**
 * Links to the same page with ?lang=<each other language the campaign wrote
 * it in>, the page's other query parameters kept: works without JavaScript.
 * The page checks ?lang= against the campaign's templates itself
 * (lib/templates/language.ts chooseLanguage).
 */
export async function TemplateLanguageSwitch({ current, available, path, query = {} }: SwitchProps) {
  const others = available.filter((code) => code !== current);
  if (others.length === 0) return null;
  const t = await getTranslations("SupporterActions.templateLanguage");
  const href = (code: string) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
    params.set("lang", code);
    return `${path}?${params.toString()}`;
  };
  return (
    <nav aria-label={t("switchLabel")} className="mt-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
      <span className="text-muted">{t("switchLead")}</span>
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {others.map((code) => (
          <li key={code}>
            <Link
              href={href(code)}
              lang={code}
              dir={languageDirection(code)}
              className="inline-flex min-h-11 items-center font-semibold text-brand underline underline-offset-2"
            >
              {ownName(code)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The line and the switch together, for pages with one text (the letter, the petition). */
export async function TemplateLanguage({ className = "mt-3", ...props }: LineProps & Omit<SwitchProps, "current"> & { className?: string }) {
  return (
    <div className={className} data-testid="template-language">
      <TemplateLanguageLine text={props.text} choice={props.choice} targetName={props.targetName} />
      <TemplateLanguageSwitch current={props.choice.language} available={props.available} path={props.path} query={props.query} />
    </div>
  );
}
