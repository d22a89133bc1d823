"use client";

import { ErrorContent } from "@/components/ui/error-content";
import { languageTags, textDirection } from "@/i18n/config";
import { usePathLocale } from "@/i18n/link";
import "./globals.css";

/** Replaces the root layout when the layout itself fails, so it renders its own <html>, in the failed page's language and direction. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = usePathLocale();
  return (
    <html lang={languageTags[locale]} dir={textDirection(locale)}>
      <body className="min-h-dvh bg-paper text-ink">
        <ErrorContent as="main" digest={error.digest} reset={reset} />
      </body>
    </html>
  );
}
