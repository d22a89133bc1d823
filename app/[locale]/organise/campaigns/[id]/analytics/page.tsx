import type { Metadata } from "next";
import { redirect } from "@/i18n/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { BarList, ColumnChart } from "@/components/charts/bar-chart";
import { reportedOnlyKinds } from "@/components/campaign/stats/counted-as";
import { DataTable } from "@/components/ui/data-table";
import { dayWindow, getCampaignAnalytics } from "@/db/queries/analytics";
import { calendarDate, countryName } from "@/lib/format";
import { orNotFound } from "@/server/guards";
import { getViewer } from "@/server/viewer";
import { kindMessageKey } from "@/lib/action-kinds";
import { PartnerCounts } from "./partner-counts";

type Props = { params: Promise<{ id: string }> };

const loadAnalytics = cache(async (id: string) => {
  const viewer = await getViewer();
  if (!viewer) return redirect("/signin");
  return orNotFound(getCampaignAnalytics(viewer, id));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [analytics, t] = await Promise.all([loadAnalytics(id), getTranslations("Analytics")]);
  return { title: t("metaTitle", { campaign: analytics.campaign.title }), robots: { index: false } };
}

export default async function CampaignAnalyticsPage({ params }: Props) {
  const { id } = await params;
  const [analytics, t, tKind, format, locale] = await Promise.all([
    loadAnalytics(id),
    getTranslations("Analytics"),
    getTranslations(),
    getFormatter(),
    getLocale(),
  ]);
  const { totals, perDay, perCountry, perKind } = analytics;
  const viewer = await getViewer();
  const number = (value: number) => format.number(value);
  const shortDay = (day: string) => format.dateTime(calendarDate(day), { day: "numeric", month: "short", timeZone: "UTC" });

  return (
    <div>
      <h2 className="text-2xl font-semibold">{t("heading")}</h2>
      <p className="mt-3 max-w-3xl text-lg text-muted">{t("lead")}</p>

      <dl className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label={t("confirmed")} value={number(totals.confirmed)} />
        <Figure label={t("selfReported")} value={number(totals.selfReported)} />
        <Figure label={t("pending")} value={number(totals.pending)} />
        <Figure
          label={t("confirmationRate")}
          value={analytics.confirmationRate === null ? "–" : format.number(analytics.confirmationRate, { style: "percent", maximumFractionDigits: 1 })}
          hint={analytics.confirmationRate === null ? t("confirmationRateNone") : t("confirmationRateHint")}
        />
      </dl>

      <section aria-labelledby="per-day-heading" className="mt-12">
        <h3 id="per-day-heading" className="text-xl font-semibold">
          {t("perDayHeading")}
        </h3>
        <p className="mt-1 text-sm text-muted">{t("perDayHint", { days: dayWindow })}</p>
        <div className="mt-4">
          <ColumnChart
            title={t("perDayHeading")}
            data={perDay.map((d) => ({ label: shortDay(d.day), value: d.confirmed }))}
            labelHeader={t("day")}
            valueHeader={t("actions")}
            tableToggle={t("showTable")}
            formatValue={number}
          />
        </div>
      </section>

      <div className="mt-12 grid grid-cols-1 gap-12 lg:grid-cols-2">
        <section aria-labelledby="per-country-heading">
          <h3 id="per-country-heading" className="text-xl font-semibold">
            {t("perCountryHeading")}
          </h3>
          <p className="mt-1 text-sm text-muted">{t("perCountryHint")}</p>
          <div className="mt-4">
            {perCountry.length === 0 ? (
              <p className="text-muted">{t("empty")}</p>
            ) : (
              <BarList
                title={t("perCountryHeading")}
                data={perCountry.map((c) => ({
                  label: c.country ? countryName(c.country, locale) : t("noCountry"),
                  value: c.confirmed + c.selfReported,
                }))}
                labelHeader={t("country")}
                valueHeader={t("actions")}
                tableToggle={t("showTable")}
                formatValue={number}
              />
            )}
          </div>
        </section>

        <section aria-labelledby="per-kind-heading">
          <h3 id="per-kind-heading" className="text-xl font-semibold">
            {t("perKindHeading")}
          </h3>
          <div className="mt-4">
            {perKind.length === 0 ? (
              <p className="text-muted">{t("empty")}</p>
            ) : (
              <>
                <BarList
                  title={t("perKindHeading")}
                  data={perKind.map((k) => ({ label: tKind(kindMessageKey(k.kind, "short")), value: k.confirmed + k.selfReported }))}
                  labelHeader={t("kind")}
                  valueHeader={t("actions")}
                  tableToggle={t("showTable")}
                  formatValue={number}
                />
                <DataTable
                  columns={[
                    { label: t("kind") },
                    { label: t("confirmed"), numeric: true },
                    { label: t("selfReported"), numeric: true },
                    { label: t("pending"), numeric: true },
                  ]}
                  className="mt-6"
                  size="sm"
                  density="compact"
                  caption={t("kindTableCaption")}
                >
                  {perKind.map((k) => (
                    <tr key={k.kind} className="border-b border-line">
                      <th scope="row" className="py-1 pe-3 font-normal">
                        {tKind(kindMessageKey(k.kind, "short"))}
                      </th>
                      <td className="py-1 pe-3 text-end tabular-nums">
                        {reportedOnlyKinds.has(k.kind) && k.confirmed === 0 ? (
                          <>
                            <span aria-hidden="true">–</span>
                            <span className="sr-only">{t("notConfirmable")}</span>
                          </>
                        ) : number(k.confirmed)}
                      </td>
                      <td className="py-1 pe-3 text-end tabular-nums">{number(k.selfReported)}</td>
                      <td className="py-1 text-end tabular-nums">{number(k.pending)}</td>
                    </tr>
                  ))}
                </DataTable>
              </>
            )}
          </div>
        </section>
      </div>

      {viewer ? <PartnerCounts viewer={viewer} campaignId={analytics.campaign.id} /> : null}
    </div>
  );
}

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="rounded-lg border border-line bg-surface p-4">
      <dt className="text-sm font-semibold text-muted">{label}</dt>
      <dd className="mt-1 text-3xl font-semibold tabular-nums">{value}</dd>
      {hint ? <dd className="mt-1 text-xs text-muted">{hint}</dd> : null}
    </div>
  );
}
