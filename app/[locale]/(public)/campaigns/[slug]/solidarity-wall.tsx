import { getLocale, getTranslations } from "next-intl/server";
import type { SolidarityMessage } from "@/db/queries/public-campaign-page";
import { QuoteGrid } from "@/components/campaign/quote-grid";
import { isolate } from "@/i18n/bidi";

/** Approved messages of solidarity; names only where the supporter chose and the campaign allows. */
export async function SolidarityWall({
  messages,
  sentCount,
  defenderNames,
  highRisk,
}: {
  messages: SolidarityMessage[];
  sentCount: number;
  defenderNames: string[];
  highRisk: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations("Campaign"), getLocale()]);
  const names = new Intl.ListFormat(locale, { type: "conjunction" }).format(defenderNames);
  return (
    <section aria-labelledby="wall-heading">
      <h2 id="wall-heading" className="text-3xl font-semibold">
        {t("wallHeading")}
      </h2>
      <p className="mt-2 text-muted">
        {defenderNames.length > 0 ? isolate((v) => t("wallLead", v), { names }) : t("wallLeadGeneric")}{" "}
        {sentCount > 0 ? t("wallCount", { count: sentCount }) : null}
      </p>
      {highRisk ? <p className="mt-2 text-sm font-medium text-tone-amber">{t("highRiskNotice")}</p> : null}
      {messages.length === 0 ? (
        <p className="mt-4">{t("wallEmpty")}</p>
      ) : (
        <QuoteGrid
          quotes={messages.map(({ message, ...rest }) => ({ ...rest, text: message }))}
          anonymous={t("wallAnonymous")}
          from={(country) => t("wallFrom", { country })}
          cardClassName="bg-accent-soft/60"
        />
      )}
    </section>
  );
}
