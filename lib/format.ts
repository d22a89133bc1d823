/** Formatting helpers that need no dependency; dates go through next-intl's formatter instead. */

const regionNamesByLocale = new Map<string, Intl.DisplayNames>();

function regionNames(locale: string): Intl.DisplayNames {
  let names = regionNamesByLocale.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
    regionNamesByLocale.set(locale, names);
  }
  return names;
}

/** The name of a country from its ISO 3166-1 alpha-2 code, in the reader's language ("CN" → "China"). */
export function countryName(code: string, locale: string): string {
  try {
    return regionNames(locale).of(code.trim().toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Countries as select options, sorted by their name in the reader's language. */
export function countryOptions(codes: string[], locale: string): { value: string; label: string }[] {
  return codes
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** A calendar date (YYYY-MM-DD) as a Date at midnight UTC, for formatters set to UTC. */
export function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
}

/** A number between 0 and 1 for a goal, or null when there is no goal. */
export function goalFraction(count: number, goal: number | null): number | null {
  if (!goal || goal <= 0) return null;
  return Math.min(1, count / goal);
}
