import { redirect as nextRedirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { defaultLocale, isLocale, localizeHref, type Locale } from "./config";

/** The request's language (from its URL, see proxy.ts). */
export async function requestLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : defaultLocale;
}

/** The same path in the request's language. */
export async function localizedPath(href: string): Promise<string> {
  return localizeHref(href, await requestLocale());
}

/**
 * next/navigation's redirect, to the path in the request's language: a French
 * supporter who signs is sent to /fr/.../sent. Use as `return redirect(...)`.
 */
export async function redirect(href: string): Promise<never> {
  nextRedirect(await localizedPath(href));
}
