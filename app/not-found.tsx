import ar from "@/messages/ar/NotFound.json";
import en from "@/messages/en/NotFound.json";
import es from "@/messages/es/NotFound.json";
import fr from "@/messages/fr/NotFound.json";
import zh from "@/messages/zh/NotFound.json";
import { languageTags, localizeHref, locales, textDirection, type Locale } from "@/i18n/config";
import "./globals.css";

const catalogue: Record<Locale, typeof en> = { en, fr, es, zh, ar };

/**
 * The 404 for a path no page claims (/nope, /fr/nope). It sits outside app/[locale]/ and
 * Next renders it ahead of time, with no request to read a language from, so it says so in
 * every language, each with its own lang and direction and a link to that language's home.
 * A 404 raised inside a page's tree is app/[locale]/not-found.tsx.
 */
export default function GlobalNotFound() {
  const title = locales.map((locale) => catalogue[locale].metaTitle).join(" · ");
  return (
    <html lang="en">
      <body className="min-h-dvh bg-paper text-ink antialiased">
        <title>{title}</title>
        <meta property="og:title" content={title} />
        <meta property="og:type" content="website" />
        <meta name="robots" content="noindex" />
        <main className="mx-auto max-w-3xl space-y-10 px-4 py-20 sm:px-6">
          <p className="font-serif text-6xl font-semibold text-brand" aria-hidden="true">
            404
          </p>
          {locales.map((locale, index) => {
            const t = catalogue[locale];
            const Heading = index === 0 ? "h1" : "h2";
            return (
              <section key={locale} lang={languageTags[locale]} dir={textDirection(locale)}>
                <Heading className="text-3xl font-semibold tracking-tight">{t.title}</Heading>
                <p className="mt-3 text-lg text-muted">{t.body}</p>
                <p className="mt-4">
                  <a href={localizeHref("/", locale)} className="font-semibold underline">
                    {t.home}
                  </a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
