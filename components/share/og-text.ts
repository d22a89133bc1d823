/**
 * What the OpenGraph image can write with the fonts we ship (Noto Sans: Latin,
 * Latin Extended, Vietnamese, Greek, Cyrillic). next/og fetches a font from
 * Google for any other character, and we never call third parties, so the
 * others (CJK, Arabic, emoji...) are left out here; the page itself shows them.
 */
// Basic Latin to Latin Extended-B, combining diacritics, Greek, Cyrillic, Latin Extended Additional
// (Vietnamese), general punctuation and currency signs: all in the shipped subsets.
const drawable = /^[\u0020-\u007E\u00A0-\u024F\u0300-\u036F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF\u2010-\u2027\u2030-\u205E\u202F\u20A0-\u20C0]$/u;

export function drawableText(text: string): string {
  return Array.from(text.normalize("NFC").replace(/\s+/g, " "))
    .filter((char) => drawable.test(char))
    .join("")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Cuts a text to a number of characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const atWord = cut.lastIndexOf(" ");
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}
