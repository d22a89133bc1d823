import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/ui/filter-form";
import { PageIntro } from "@/components/ui/page-intro";
import { ResultsGrid } from "@/components/ui/results-grid";

interface ListPageProps<T> {
  /** Messages of the page: title, lead, filtersHeading, emptyTitle, emptyBody, resultCount. */
  namespace: "Campaigns" | "Defenders";
  /** The page's own path: the filter form is a GET to it. */
  action: string;
  hasFilters: boolean;
  /** The filter fields. */
  filters: ReactNode;
  items: readonly T[];
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
}

/** A public list page (campaigns, defenders): intro, a filter form that works without JavaScript, and the results grid. */
export async function ListPage<T>({ namespace, action, hasFilters, filters, items, itemKey, renderItem }: ListPageProps<T>) {
  const [t, tCommon] = await Promise.all([getTranslations(namespace), getTranslations("Common")]);
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-14">
      <PageIntro title={t("title")} lead={t("lead")} />
      <div className="mt-8">
        <FilterForm action={action} heading={t("filtersHeading")} submitLabel={tCommon("filter")} clearLabel={tCommon("clearFilters")} hasFilters={hasFilters}>
          {filters}
        </FilterForm>
      </div>
      <ResultsGrid
        items={items}
        heading={items.length === 0 ? t("emptyTitle") : t("resultCount", { count: items.length })}
        emptyBody={t("emptyBody")}
        itemKey={itemKey}
        renderItem={renderItem}
      />
    </div>
  );
}
