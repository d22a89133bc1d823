/** Locales with a complete catalogue in messages/. Add a locale here and a messages/<locale>.json file. */
export const locales = ["en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** Dates in the data are calendar dates or UTC instants; render them in UTC so a day never shifts. */
export const timeZone = "UTC";

export function isLocale(value: string | undefined): value is Locale {
  return locales.includes(value as Locale);
}
