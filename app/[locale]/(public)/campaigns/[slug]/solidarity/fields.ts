/** Longest message of solidarity, in characters. */
export const solidarityMessageMaxLength = 1000;

/** Languages a solidarity message may be marked as written in (BCP 47), for the wall's lang attribute. */
export const messageLanguages = [
  "en", "fr", "es", "de", "it", "pt", "nl", "sv", "da", "no", "fi", "pl", "cs", "hu", "ro", "el", "tr",
  "ru", "uk", "ar", "fa", "he", "hi", "bn", "ur", "zh", "ja", "ko", "vi", "th", "id", "ms", "sw",
] as const;

export type MessageLanguage = (typeof messageLanguages)[number];

/** The reader's language when offered, else English. */
export function defaultMessageLanguage(locale: string): MessageLanguage {
  const base = locale.split("-")[0]!.toLowerCase();
  return (messageLanguages as readonly string[]).includes(base) ? (base as MessageLanguage) : "en";
}
