import { getTranslations } from "next-intl/server";
import { QuoteGrid } from "@/components/campaign/quote-grid";
import type { LetterParagraph } from "@/db/queries/public-campaign-page";

/** Letter writers' own paragraphs they asked to share, once approved. Never rendered on high-risk campaigns (the query returns none). */
export async function LetterParagraphs({ paragraphs }: { paragraphs: LetterParagraph[] }) {
  if (paragraphs.length === 0) return null;
  const t = await getTranslations("LetterParagraphs");
  return (
    <section aria-labelledby="paragraphs-heading">
      <h2 id="paragraphs-heading" className="text-3xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-2 text-muted">{t("lead")}</p>
      <QuoteGrid quotes={paragraphs} anonymous={t("anonymous")} from={(country) => t("from", { country })} cardClassName="bg-surface" />
    </section>
  );
}
