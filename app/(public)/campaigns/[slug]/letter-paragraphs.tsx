import { getLocale, getTranslations } from "next-intl/server";
import type { LetterParagraph } from "@/db/queries/public-campaign-page";
import { countryName } from "@/lib/format";

/** Letter writers' own paragraphs they asked to share, once approved. Never rendered on high-risk campaigns (the query returns none). */
export async function LetterParagraphs({ paragraphs }: { paragraphs: LetterParagraph[] }) {
  if (paragraphs.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("LetterParagraphs"), getLocale()]);
  return (
    <section aria-labelledby="paragraphs-heading">
      <h2 id="paragraphs-heading" className="text-3xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-2 text-muted">{t("lead")}</p>
      <ul className="mt-6 columns-1 gap-4 sm:columns-2 lg:columns-3">
        {paragraphs.map((paragraph) => (
          <li key={paragraph.id} className="mb-4 break-inside-avoid">
            <figure className="rounded-xl border border-line bg-surface p-5">
              <blockquote lang={paragraph.language ?? undefined} className="font-serif text-lg leading-snug whitespace-pre-line">
                {paragraph.text}
              </blockquote>
              <figcaption className="mt-3 text-sm text-muted">
                <span className="font-semibold text-ink">{paragraph.name ?? t("anonymous")}</span>
                {paragraph.country ? ` ${t("from", { country: countryName(paragraph.country, locale) })}` : null}
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
