import { getLocale } from "next-intl/server";
import { countryName } from "@/lib/format";

export interface Quote {
  id: number;
  text: string;
  language: string | null;
  /** Null unless the writer agreed to be named. */
  name: string | null;
  country: string | null;
}

/** What supporters wrote, as a masonry of quotes: solidarity messages, shared letter paragraphs. */
export async function QuoteGrid({
  quotes,
  anonymous,
  from,
  cardClassName,
}: {
  quotes: Quote[];
  anonymous: string;
  from: (country: string) => string;
  cardClassName: string;
}) {
  const locale = await getLocale();
  return (
    <ul className="mt-6 columns-1 gap-4 sm:columns-2 lg:columns-3">
      {quotes.map((quote) => (
        <li key={quote.id} className="mb-4 break-inside-avoid">
          <figure className={`rounded-xl border border-line p-5 ${cardClassName}`}>
            <blockquote lang={quote.language ?? undefined} dir="auto" className="font-serif text-lg leading-snug whitespace-pre-line">
              {quote.text}
            </blockquote>
            <figcaption className="mt-3 text-sm text-muted">
              <bdi className="font-semibold text-ink">{quote.name ?? anonymous}</bdi>
              {quote.country ? ` ${from(countryName(quote.country, locale))}` : null}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
