/**
 * The interface languages. English is served without a prefix (/campaigns/...), every
 * other language under its code (/fr/campaigns/...): ADR 0023. Add a locale here, a
 * messages/<locale>/ catalogue (messages/catalogues.test.ts checks it is complete) and
 * its line in `catalogues` (i18n/request.ts).
 */
export const locales = ["en", "fr", "es", "zh", "ar"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** Dates in the data are calendar dates or UTC instants; render them in UTC so a day never shifts. */
export const timeZone = "UTC";

/** Each language's name in itself, for the language switcher. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  fr: "Français",
  es: "Español",
  zh: "简体中文",
  ar: "العربية",
};

/** The BCP 47 tag for <html lang> and hreflang: "zh" is written in simplified characters here. */
export const languageTags: Record<Locale, string> = { en: "en", fr: "fr", es: "es", zh: "zh-Hans", ar: "ar" };

/** The cookie that remembers a visitor's chosen language (read only when they open "/"). */
export const localeCookie = "inkwell-locale";

export function isLocale(value: string | null | undefined): value is Locale {
  return locales.includes(value as Locale);
}

export function textDirection(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr";
}

/**
 * Paths that are not pages and are never localised: Next's files, route handlers
 * under /api, uploaded media, share redirects, the language switch itself and the
 * files at the root.
 */
const unlocalised = /^\/(?:_next\/|api(?:\/|$)|media\/|share\/|language(?:\/|$)|icon\.svg$|favicon\.ico$|apple-touch-icon\.png$|robots\.txt$|sitemap\.xml$|sitemap\/)/;

export function isLocalisedPath(pathname: string): boolean {
  return !unlocalised.test(pathname);
}

/** "/fr/campaigns/x" -> { locale: "fr", path: "/campaigns/x", prefixed: true }; "/campaigns/x" -> English, not prefixed. */
export function splitLocale(pathname: string): { locale: Locale; path: string; prefixed: boolean } {
  const match = /^\/([a-z]{2})(?=\/|$)/.exec(pathname);
  if (match && isLocale(match[1])) {
    return { locale: match[1], path: pathname.slice(match[0].length) || "/", prefixed: true };
  }
  return { locale: defaultLocale, path: pathname, prefixed: false };
}

/**
 * The same site-relative href in a language: "/campaigns/x" -> "/fr/campaigns/x".
 * English stays unprefixed; anything that is not a site-relative page path
 * (another host, "#top", "mailto:", /api/...) is returned as it is.
 */
export function localizeHref(href: string, locale: Locale): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  const [pathAndQuery, hash] = splitOnce(href, "#");
  const [pathname, query] = splitOnce(pathAndQuery, "?");
  if (!isLocalisedPath(pathname)) return href;
  const { path } = splitLocale(pathname);
  const localised = locale === defaultLocale ? path : path === "/" ? `/${locale}` : `/${locale}${path}`;
  return localised + (query !== undefined ? `?${query}` : "") + (hash !== undefined ? `#${hash}` : "");
}

function splitOnce(value: string, separator: string): [string, string | undefined] {
  const at = value.indexOf(separator);
  return at === -1 ? [value, undefined] : [value.slice(0, at), value.slice(at + 1)];
}

/**
 * The best of our locales for an Accept-Language header ("fr-CA,fr;q=0.9,en;q=0.8" -> "fr"),
 * by quality then order; "zh-TW" and "zh-Hant" are not matched to simplified Chinese.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | null {
  if (!acceptLanguage) return null;
  const ranges = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: (tag ?? "").trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.tag && r.q > 0 && Number.isFinite(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranges) {
    const [primary, ...rest] = tag.split("-");
    if (primary === "zh" && rest.some((s) => s === "tw" || s === "hk" || s === "mo" || s === "hant")) continue;
    if (isLocale(primary)) return primary;
  }
  return null;
}
