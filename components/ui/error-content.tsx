"use client";

import type { Locale } from "@/i18n/config";
import Link, { usePathLocale } from "@/i18n/link";
// Only this namespace, and without next-intl's client runtime: error boundaries are in every page's bundle.
import ar from "@/messages/ar/Error.json";
import en from "@/messages/en/Error.json";
import es from "@/messages/es/Error.json";
import fr from "@/messages/fr/Error.json";
import zh from "@/messages/zh/Error.json";

const catalogues: Record<Locale, typeof en> = { en, fr, es, zh, ar };

/** The "Error" namespace in the language of the page that failed (from its path, as i18n/link reads it). */
export function useErrorMessages(): typeof en {
  return catalogues[usePathLocale()];
}

/** The error boundaries' text: the catalogue's "Error" namespace in the page's language, {digest} filled in. */
export function ErrorContent({ digest, reset, as: Tag = "div" }: { digest?: string; reset: () => void; as?: "div" | "main" }) {
  const errorMessages = useErrorMessages();
  return (
    <Tag className="mx-auto max-w-3xl px-4 py-20 sm:px-6">
      <h1 className="text-4xl font-semibold tracking-tight">{errorMessages.title}</h1>
      <p className="mt-4 text-lg text-muted">{errorMessages.body}</p>
      {digest ? <p className="mt-2 text-sm text-muted">{errorMessages.reference.replace("{digest}", digest)}</p> : null}
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="h-11 rounded-md bg-brand px-5 font-semibold text-white hover:bg-brand-dark"
        >
          {errorMessages.retry}
        </button>
        <Link href="/" className="font-semibold underline">
          {errorMessages.home}
        </Link>
      </div>
    </Tag>
  );
}
