"use client";

import Link from "next/link";
import { NextIntlClientProvider, useTranslations } from "next-intl";
// Only this namespace: importing the whole catalogue put every page's text into a chunk every page loads.
import errorMessages from "@/messages/en/Error.json";
import { defaultLocale, timeZone } from "@/i18n/config";
import "./globals.css";

/**
 * Replaces the root layout when the layout itself fails, so it renders its own
 * <html> and brings the default catalogue with it.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang={defaultLocale}>
      <body className="min-h-dvh bg-paper text-ink">
        <NextIntlClientProvider locale={defaultLocale} timeZone={timeZone} messages={{ Error: errorMessages }}>
          <GlobalErrorContent digest={error.digest} reset={reset} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

function GlobalErrorContent({ digest, reset }: { digest?: string; reset: () => void }) {
  const t = useTranslations("Error");
  return (
    <main className="mx-auto max-w-3xl px-4 py-20 sm:px-6">
      <h1 className="text-4xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-4 text-lg text-muted">{t("body")}</p>
      {digest ? <p className="mt-2 text-sm text-muted">{t("reference", { digest })}</p> : null}
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <button type="button" onClick={reset} className="h-11 rounded-md bg-brand px-5 font-semibold text-white">
          {t("retry")}
        </button>
        <Link href="/" className="font-semibold underline">
          {t("home")}
        </Link>
      </div>
    </main>
  );
}
