"use client";

import { usePathname } from "next/navigation";
import { languageTags, localeNames, locales, splitLocale } from "@/i18n/config";

/**
 * Every page's language menu: a <details> disclosure (works without JavaScript)
 * whose links open the same page in another language through /language, which
 * remembers the choice. Each name is written in its own language.
 */
export function LanguageSwitcher({ label }: { label: string }) {
  const { locale, path } = splitLocale(usePathname() ?? "/");
  return (
    <details className="group relative">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1.5 rounded-md px-2.5 py-2 font-medium text-ink select-none hover:bg-brand-soft focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand group-open:bg-brand-soft [&::-webkit-details-marker]:hidden">
        <GlobeIcon />
        <span className="sr-only">
          {label}: <span lang={languageTags[locale]}>{localeNames[locale]}</span>
        </span>
        {/* Narrow screens show the code only, so the header still fits 360 px beside the menu. */}
        <span aria-hidden="true" className="text-sm font-semibold sm:hidden">
          {locale.toUpperCase()}
        </span>
        <span aria-hidden="true" lang={languageTags[locale]} className="hidden sm:inline">
          {localeNames[locale]}
        </span>
      </summary>
      <ul className="absolute end-0 top-full z-50 mt-1 min-w-40 rounded-md border border-line bg-surface p-1 shadow-lg">
        {locales.map((code) => (
          <li key={code}>
            <a
              href={`/language?to=${code}&next=${encodeURIComponent(path)}`}
              hrefLang={languageTags[code]}
              lang={languageTags[code]}
              rel="nofollow"
              aria-current={code === locale ? "true" : undefined}
              className="flex min-h-11 items-center rounded px-3 text-ink no-underline hover:bg-brand-soft aria-[current=true]:font-semibold"
            >
              {localeNames[code]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

function GlobeIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="1.75">
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3Z" />
    </svg>
  );
}
