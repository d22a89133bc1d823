import { getLocale, getTranslations } from "next-intl/server";
import { WorldMap } from "@/components/map/world-map";
import type { CampaignProgress } from "@/db/queries/public-campaign-page";
import { countryName } from "@/lib/format";
import { routes } from "@/lib/routes";

type CountryRow = CampaignProgress["byCountry"][number];

/** Actions per country: a world map for the eye, and a table with the same numbers for everyone. */
export async function CountryStats({ campaignSlug, byCountry }: { campaignSlug: string; byCountry: CountryRow[] }) {
  if (byCountry.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("CampaignStats"), getLocale()]);
  const formatNumber = (value: number) => value.toLocaleString(locale);
  const counts = new Map(byCountry.map((row) => [row.country, row.confirmed]));
  const confirmedTotal = byCountry.reduce((sum, row) => sum + row.confirmed, 0);
  const showSelfReported = byCountry.some((row) => row.selfReported > 0);
  return (
    <section aria-labelledby="countries-heading">
      <h2 id="countries-heading" className="text-3xl font-semibold">
        {t("countriesHeading")}
      </h2>
      <p className="mt-2 text-muted">{t("countriesIntro", { countries: byCountry.length })}</p>
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <WorldMap
          src={`${routes.campaign(campaignSlug)}/map.svg?v=${confirmedTotal}`}
          counts={counts}
          label={t("mapLabel")}
          legendLabel={t("legend")}
          noActionsLabel={t("legendNone")}
          formatNumber={formatNumber}
        />
        <div
          role="region"
          aria-labelledby="countries-table-caption"
          tabIndex={0}
          className="max-h-96 overflow-auto rounded-lg border border-line bg-surface"
        >
          <table className="w-full text-sm">
            <caption id="countries-table-caption" className="sr-only">
              {t("tableCaption")}
            </caption>
            <thead className="sticky top-0 bg-surface">
              <tr className="border-b border-line text-start">
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("countryColumn")}
                </th>
                <th scope="col" className="px-3 py-2 text-end font-semibold">
                  {t("confirmedColumn")}
                </th>
                {showSelfReported ? (
                  <th scope="col" className="px-3 py-2 text-end font-semibold">
                    {t("selfReportedColumn")}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {byCountry.map((row) => (
                <tr key={row.country}>
                  <th scope="row" className="px-3 py-1.5 text-start font-normal">
                    {countryName(row.country, locale)}
                  </th>
                  <td className="px-3 py-1.5 text-end tabular-nums">{formatNumber(row.confirmed)}</td>
                  {showSelfReported ? (
                    <td className="px-3 py-1.5 text-end tabular-nums">{formatNumber(row.selfReported)}</td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
