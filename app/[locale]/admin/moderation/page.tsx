import type { Metadata } from "next";
import Link from "@/i18n/link";
import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/ui/filter-form";
import { SelectField } from "@/components/ui/select-field";
import { listModerationReasons } from "@/db/queries/moderation-decisions";
import {
  countModerationQueue,
  listModerationQueue,
  queueItemTypes,
  queueSorts,
  queueTabs,
  type QueueItem,
} from "@/db/queries/moderation-queue";
import { getSiteSettings } from "@/db/queries/settings";
import { requirePagePermission } from "@/server/guards";
import { DecisionForm } from "./decision-form";
import { parseQueueSearch, queueHref, subjectKey } from "./filters";
import { ItemCard } from "./item-card";
import { decisionLabels } from "./labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminModeration.meta");
  return { title: t("title") };
}

/**
 * The moderation queue: tabs (all, flagged, overdue) with counts, a type
 * filter and order, and the items with checkboxes for bulk decisions. Single
 * decisions are made on each item's review page, which also takes the lock.
 */
export default async function ModerationQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePagePermission("moderation:decide:any", "/admin/moderation");
  const query = parseQueueSearch(await searchParams);
  const [t, queue, counts, reasons, settings, labels] = await Promise.all([
    getTranslations("AdminModeration"),
    listModerationQueue(viewer, query),
    countModerationQueue(viewer, query.type),
    listModerationReasons(viewer, { activeOnly: true }),
    getSiteSettings(),
    decisionLabels("bulk"),
  ]);
  const totalOfAllTypes = Object.values(counts.types).reduce((sum, count) => sum + count, 0);

  return (
    <>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-3">
        <div className="flex max-w-prose flex-col gap-2">
          <h1 className="text-3xl font-semibold tracking-tight">{t("queue.title")}</h1>
          <p className="text-muted">{t("queue.intro", { hours: settings.moderationOverdueHours })}</p>
        </div>
        <div className="flex flex-col gap-1">
          <Link href="/admin/moderation/reasons">{t("queue.manageReasons")}</Link>
          <Link href="/admin/moderation/targets">{t("queue.targetChanges")}</Link>
        </div>
      </div>

      <nav aria-label={t("queue.tabsLabel")} className="mb-4 border-b border-line">
        <ul className="flex flex-wrap gap-1">
          {queueTabs.map((tab) => (
            <li key={tab}>
              <Link
                href={queueHref({ ...query, tab, page: 1 })}
                aria-current={query.tab === tab ? "page" : undefined}
                className="-mb-px inline-block border-b-2 border-transparent px-3 py-2 font-medium text-ink no-underline hover:border-line aria-[current=page]:border-brand aria-[current=page]:text-brand-dark"
              >
                {t(`queue.tabs.${tab}`, { count: counts.tabs[tab] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <FilterForm action="/admin/moderation" heading={t("queue.filterLabel")} submitLabel={t("queue.apply")} clearLabel="" hasFilters={false}>
        {query.tab !== "all" ? <input type="hidden" name="tab" value={query.tab} /> : null}
        <SelectField
          name="type"
          label={t("queue.typeLabel")}
          anyLabel={t("queue.allTypes", { count: totalOfAllTypes })}
          value={query.type ?? undefined}
          options={queueItemTypes.map((type) => ({ value: type, label: t("queue.typeOption", { type: t(`types.${type}`), count: counts.types[type] }) }))}
        />
        <SelectField
          name="sort"
          label={t("queue.sortLabel")}
          anyLabel={t("queue.sorts.oldest")}
          value={query.sort === "oldest" ? undefined : query.sort}
          options={queueSorts.filter((sort) => sort !== "oldest").map((sort) => ({ value: sort, label: t(`queue.sorts.${sort}`) }))}
        />
      </FilterForm>

      <section aria-labelledby="queue-items" className="mt-6">
        <h2 id="queue-items" className="sr-only">
          {t("queue.listLabel")}
        </h2>
        {queue.items.length === 0 ? (
          <p className="rounded-md border border-line bg-surface p-4">{t("queue.empty")}</p>
        ) : (
          <DecisionForm id="bulk" reasons={reasons} labels={labels}>
            <p className="text-muted">{t("queue.selectionHint")}</p>
            <ul className="flex flex-col gap-3">
              {queue.items.map((item) => (
                <li key={subjectKey({ type: item.subjectType, id: item.subjectId })}>
                  <ItemCard item={item} select={<SelectBox item={item} label={t("queue.select")} />} />
                </li>
              ))}
            </ul>
          </DecisionForm>
        )}
        <Pagination
          previous={query.page > 1 ? queueHref({ ...query, page: query.page - 1 }) : null}
          next={queue.hasMore ? queueHref({ ...query, page: query.page + 1 }) : null}
          labels={{ previous: t("queue.previous"), next: t("queue.next"), page: t("queue.pageOf", { page: query.page }) }}
        />
      </section>
    </>
  );
}

function SelectBox({ item, label }: { item: QueueItem; label: string }) {
  const key = subjectKey({ type: item.subjectType, id: item.subjectId });
  const id = `select-${key.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
  return (
    <span className="inline-flex items-center gap-2">
      <input type="checkbox" id={id} name="item" value={key} className="size-5 accent-brand" />
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
        <span className="sr-only">: {item.heading ?? item.body?.slice(0, 80) ?? item.itemType}</span>
      </label>
    </span>
  );
}

function Pagination({ previous, next, labels }: { previous: string | null; next: string | null; labels: { previous: string; next: string; page: string } }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={labels.page} className="mt-4 flex items-center gap-4">
      {previous ? <Link href={previous}>{labels.previous}</Link> : null}
      <span>{labels.page}</span>
      {next ? <Link href={next}>{labels.next}</Link> : null}
    </nav>
  );
}
