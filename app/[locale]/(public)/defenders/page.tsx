import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/i18n/navigation";
import { DefenderCard } from "@/components/defender/defender-card";
import { ListPage } from "@/components/ui/list-page";
import { SelectField } from "@/components/ui/select-field";
import { listPublicDefenderCountries, listPublicDefenders } from "@/db/queries/public-defenders";
import { defenderStatuses } from "@/db/schema/enums";
import { countryOptions } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { hasDefenderFilters, parseDefenderFilters } from "./filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Defenders");
  return pageMetadata({ title: t("metaTitle"), description: t("metaDescription"), path: "/defenders" });
}

export default async function DefendersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filters = parseDefenderFilters(await searchParams);
  const locale = await requestLocale();
  const [defenders, countries, t, tCommon, tStatus] = await Promise.all([
    listPublicDefenders(filters, locale),
    listPublicDefenderCountries(),
    getTranslations("Defenders"),
    getTranslations("Common"),
    getTranslations("Enums.defenderStatus"),
  ]);

  return (
    <ListPage
      namespace="Defenders"
      action="/defenders"
      hasFilters={hasDefenderFilters(filters)}
      filters={
        <>
          <div className="flex min-w-0 flex-col gap-1">
            <div className="flex items-baseline justify-between gap-2">
              <label htmlFor="filter-q" className="text-sm font-semibold">
                {t("search")}
              </label>
              <span id="filter-q-hint" className="truncate text-xs text-muted">
                {t("searchHint")}
              </span>
            </div>
            <input
              id="filter-q"
              name="q"
              type="search"
              dir="auto"
              defaultValue={filters.q ?? ""}
              aria-describedby="filter-q-hint"
              maxLength={100}
              autoComplete="off"
              className="h-11 w-full rounded-md border border-line bg-surface px-3 text-base text-ink shadow-sm placeholder:text-muted"
            />
          </div>
          <SelectField
            name="country"
            label={t("country")}
            anyLabel={tCommon("allOption")}
            value={filters.country}
            options={countryOptions(countries, locale)}
          />
          <SelectField
            name="status"
            label={t("status")}
            anyLabel={tCommon("allOption")}
            value={filters.status}
            options={defenderStatuses.map((status) => ({ value: status, label: tStatus(status) }))}
          />
        </>
      }
      items={defenders}
      itemKey={(defender) => defender.slug}
      renderItem={(defender) => <DefenderCard defender={defender} />}
    />
  );
}
