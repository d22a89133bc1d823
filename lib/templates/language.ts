/**
 * Which language a supporter's letter (petition text, email, call script) is
 * offered in, among the languages a campaign has that template in. Pure: the
 * action pages choose with it, and the signing pipeline
 * (server/supporter-actions/letter-language.ts) validates and stores with it.
 *
 * The rule: the language the supporter asked for (?lang=, the form's field)
 * when the campaign has it; else their interface language; else the target's
 * working language (targets.language); else the language the campaign was
 * written in (campaigns.source_locale); else English; else any.
 */

/** What the default choice depends on. */
export interface LanguageFacts {
  /** The interface language of the page (i18n/config locales). */
  locale: string;
  /** The working language of the target the letter is addressed to (BCP 47), when there is one. */
  targetLanguage: string | null;
  /** The language the campaign was written in. */
  sourceLocale: string | null;
}

/** Why a language was offered, for the line that says so. */
export type LanguageReason = "target" | "interface" | "source" | "chosen" | "other";

export interface LanguageChoice {
  /** One of the available languages, spelt as the template's. */
  language: string;
  reason: LanguageReason;
}

function base(tag: string): string {
  return tag.toLowerCase().split("-")[0]!;
}

/** The available language `wanted` stands for: the same tag, else the same base language ("fr-CA" and "fr"); null when none. */
export function matchLanguage(available: readonly string[], wanted: string | null | undefined): string | null {
  if (!wanted) return null;
  const lower = wanted.toLowerCase();
  return available.find((language) => language.toLowerCase() === lower) ?? available.find((language) => base(language) === base(lower)) ?? null;
}

/**
 * A language the supporter asked for, when it is exactly one of `available`
 * (any case): the template's spelling of it, else null. Never a guess: what a
 * form posts is taken only when the campaign has a template in it.
 */
export function askedLanguage(available: readonly string[], asked: unknown): string | null {
  if (typeof asked !== "string" || asked === "" || asked.length > 35) return null;
  const lower = asked.toLowerCase();
  return available.find((language) => language.toLowerCase() === lower) ?? null;
}

/** The language offered when the supporter asked for none: interface, target's, campaign's own, English, else the first. */
export function defaultLanguage(available: readonly string[], facts: LanguageFacts): string | null {
  return (
    matchLanguage(available, facts.locale) ??
    matchLanguage(available, facts.targetLanguage) ??
    matchLanguage(available, facts.sourceLocale) ??
    matchLanguage(available, "en") ??
    available[0] ??
    null
  );
}

/** Why `language` is a good one to send, as the page says it: the target's, the reader's, the campaign's, their choice. */
export function languageReason(language: string, facts: LanguageFacts, asked: boolean): LanguageReason {
  const same = (other: string | null) => other !== null && base(other) === base(language);
  if (same(facts.targetLanguage)) return "target";
  if (same(facts.locale)) return "interface";
  if (same(facts.sourceLocale)) return "source";
  return asked ? "chosen" : "other";
}

/** The language to offer and why; null when the campaign has no template of this kind. */
export function chooseLanguage(available: readonly string[], asked: unknown, facts: LanguageFacts): LanguageChoice | null {
  const picked = askedLanguage(available, asked);
  const language = picked ?? defaultLanguage(available, facts);
  if (language === null) return null;
  return { language, reason: languageReason(language, facts, picked !== null) };
}

/** The text direction of a language tag, for dir= on text written in it. */
export function languageDirection(tag: string): "ltr" | "rtl" {
  return ["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"].includes(base(tag)) ? "rtl" : "ltr";
}
