import { getLocale, getTranslations } from "next-intl/server";
import type { SolidarityMessage } from "@/db/queries/public-campaign-page";
import { countryName } from "@/lib/format";

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
        {defenderNames.length > 0 ? t("wallLead", { names }) : t("wallLeadGeneric")}{" "}
        {sentCount > 0 ? t("wallCount", { count: sentCount }) : null}
      </p>
      {highRisk ? <p className="mt-2 text-sm font-medium text-tone-amber">{t("highRiskNotice")}</p> : null}
      {messages.length === 0 ? (
        <p className="mt-4">{t("wallEmpty")}</p>
      ) : (
        <ul className="mt-6 columns-1 gap-4 sm:columns-2 lg:columns-3">
          {messages.map((message) => (
            <li key={message.id} className="mb-4 break-inside-avoid">
              <figure className="rounded-xl border border-line bg-accent-soft/60 p-5">
                <blockquote lang={message.language ?? undefined} className="font-serif text-lg leading-snug whitespace-pre-line">
                  {message.message}
                </blockquote>
                <figcaption className="mt-3 text-sm text-muted">
                  <span className="font-semibold text-ink">{message.name ?? t("wallAnonymous")}</span>
                  {message.country ? ` ${t("wallFrom", { country: countryName(message.country, locale) })}` : null}
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
