"use client";

import { ErrorContent } from "@/components/ui/error-content";
import { defaultLocale } from "@/i18n/config";
import "./globals.css";

/** Replaces the root layout when the layout itself fails, so it renders its own <html>. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang={defaultLocale}>
      <body className="min-h-dvh bg-paper text-ink">
        <ErrorContent as="main" digest={error.digest} reset={reset} />
      </body>
    </html>
  );
}
