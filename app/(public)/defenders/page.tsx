import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DefenderCard } from "@/components/defender/defender-card";
import { FilterForm } from "@/components/ui/filter-form";
import { PageIntro } from "@/components/ui/page-intro";
import { ResultsGrid } from "@/components/ui/results-grid";
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
  const [defenders, countries, t, tCommon, tStatus, locale] = await Promise.all([
    listPublicDefenders(filters),
    listPublicDefenderCountries(),
    getTranslations("Defenders"),
    getTranslations("Common"),
    getTranslations("Enums.defenderStatus"),
    getLocale(),
  ]);

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-14">
      <PageIntro title={t("title")} lead={t("lead")} />
      <div className="mt-8">
        <FilterForm
          action="/defenders"
          heading={t("filtersHeading")}
          submitLabel={tCommon("filter")}
          clearLabel={tCommon("clearFilters")}
          hasFilters={hasDefenderFilters(filters)}
        >
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
        </FilterForm>
      </div>

      <ResultsGrid
        items={defenders}
        heading={defenders.length === 0 ? t("emptyTitle") : t("resultCount", { count: defenders.length })}
        emptyBody={t("emptyBody")}
        itemKey={(defender) => defender.slug}
        renderItem={(defender) => <DefenderCard defender={defender} />}
      />
    </div>
  );
}
