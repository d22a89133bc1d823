"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";
import type { ComponentProps } from "react";
import { localizeHref, splitLocale } from "./config";

/**
 * next/link that keeps the page's language: "/campaigns" on a French page is
 * "/fr/campaigns". The language is read from the current path (so it needs no
 * i18n runtime in the browser) and is the same on the server and the client.
 */
export default function Link({ href, ...props }: ComponentProps<typeof NextLink>) {
  const { locale } = splitLocale(usePathname() ?? "/");
  const localised = typeof href === "string" ? localizeHref(href, locale) : href.pathname ? { ...href, pathname: localizeHref(href.pathname, locale) } : href;
  return <NextLink href={localised} {...props} />;
}

/** The current page's language, from its path (for client components that build hrefs). */
export function usePathLocale() {
  return splitLocale(usePathname() ?? "/").locale;
}

/** The current path without its language prefix ("/fr/campaigns" -> "/campaigns"), to compare with hrefs. */
export function useUnlocalizedPathname(): string {
  return splitLocale(usePathname() ?? "/").path;
}
