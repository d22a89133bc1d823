import naughtyWords from "naughty-words";

/** What automated pre-screening can find in a text. Flags are hints for a moderator; nothing is removed for them. */
export const prescreenFlags = ["link", "profanity", "repeated", "all_caps"] as const;
export type PrescreenFlag = (typeof prescreenFlags)[number];

/** The same text this many times within `repeatWindowHours` (this one included) is flagged as repeated. */
export const repeatThreshold = 3;
export const repeatWindowHours = 24;

export interface PrescreenOptions {
  /** The language the writer chose (ISO 639-1), when known: its whole list is used, short words included. */
  language?: string | null;
  /** How many times the same normalised text was submitted in the window, this submission included. */
  sameTextCount?: number;
  /** Organiser-written stories cite their sources: links are expected there, so they are not flagged. */
  linksExpected?: boolean;
}

/** Lower case, compatibility forms folded (full-width letters, ligatures), whitespace collapsed. */
export function normaliseText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}

export function prescreen(text: string, options: PrescreenOptions = {}): PrescreenFlag[] {
  const flags: PrescreenFlag[] = [];
  if (!options.linksExpected && containsLink(text)) flags.push("link");
  if (containsProfanity(text, options.language)) flags.push("profanity");
  if ((options.sameTextCount ?? 0) >= repeatThreshold) flags.push("repeated");
  if (isShouting(text)) flags.push("all_caps");
  return flags;
}

// Top-level domains spammers and ordinary writers actually use; a bare "word.word" is not enough
// (it would catch "Mr.Smith" or a missing space after a full stop), a known TLD or a path is.
const commonTlds =
  "com|org|net|info|biz|io|co|me|ly|xyz|top|site|online|shop|app|dev|ru|cn|de|uk|fr|es|it|nl|pl|br|in|us|ca|au|tk|cc|tv|eu|ua|kz|ir|tr|jp|kr|vn|id|ng|za|ch|se|no|dk|fi|be|at|pt|gr|cz|hu|ro|click|link|live|club|info";
const schemeOrWww = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)\S+/iu;
const domainWithPath = /(?<![@\p{L}\p{N}.-])(?:[a-z0-9-]+\.)+[a-z]{2,24}\/\S*/iu;
const bareDomain = new RegExp(`(?<![@\\p{L}\\p{N}.-])(?:[a-z0-9-]+\\.)+(?:${commonTlds})(?![\\p{L}\\p{N}-])`, "iu");

export function containsLink(text: string): boolean {
  return schemeOrWww.test(text) || domainWithPath.test(text) || bareDomain.test(text);
}

/** Scripts written without spaces between words: their entries are matched inside words. */
const unspacedScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/u;
/** Klingon is a joke list; the rest are real languages. */
const skippedLists = new Set(["tlh"]);
/**
 * Entries this short collide with ordinary words of other languages ("am" in Turkish, "del" in
 * Dutch, "fan" in Swedish): they only count when the writer said they wrote in that language.
 */
const shortestForeignEntry = 4;

interface WordList {
  /** Space-separated word sequences, matched on word boundaries. */
  spaced: string[];
  /** Entries in unspaced scripts, matched as substrings. */
  unspaced: string[];
}

const words = new Map<string, { all: WordList; foreign: WordList }>();

function wordsOf(language: string) {
  const cached = words.get(language);
  if (cached) return cached;
  const entries = naughtyWords[language] ?? [];
  const all: WordList = { spaced: [], unspaced: [] };
  const foreign: WordList = { spaced: [], unspaced: [] };
  for (const entry of entries) {
    if (unspacedScript.test(entry)) {
      const value = normaliseText(entry).replace(/\s/gu, "");
      all.unspaced.push(value);
      if ([...value].length >= 2) foreign.unspaced.push(value);
      continue;
    }
    const tokens = tokenize(entry);
    if (tokens.length === 0) continue;
    const value = tokens.join(" ");
    all.spaced.push(value);
    if (tokens.length > 1 || [...value].length >= shortestForeignEntry) foreign.spaced.push(value);
  }
  const built = { all, foreign };
  words.set(language, built);
  return built;
}

function tokenize(text: string): string[] {
  return normaliseText(text).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/**
 * Whether the text contains a word from the maintained multi-language list
 * (naughty-words). Words must stand alone ("Scunthorpe" is fine); the writer's
 * language and English are checked in full, other languages without their
 * shortest entries.
 */
export function containsProfanity(text: string, language?: string | null): boolean {
  const spaced = ` ${tokenize(text).join(" ")} `;
  const unspaced = normaliseText(text).replace(/\s/gu, "");
  const own = new Set(["en", language?.toLowerCase().split("-")[0] ?? "en"]);
  for (const list of Object.keys(naughtyWords)) {
    if (skippedLists.has(list)) continue;
    const { all, foreign } = wordsOf(list);
    const chosen = own.has(list) ? all : foreign;
    if (chosen.spaced.some((entry) => spaced.includes(` ${entry} `))) return true;
    if (chosen.unspaced.some((entry) => unspaced.includes(entry))) return true;
  }
  return false;
}

/** Mostly capital letters over a text long enough to tell (scripts without case never count). */
export function isShouting(text: string): boolean {
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
  const cased = upper + lower;
  return cased >= 12 && upper / cased >= 0.8;
}
