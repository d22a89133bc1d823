import type { Metadata } from "next";
import Link from "@/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm } from "@/components/ui/filter-form";
import { SelectField } from "@/components/ui/select-field";
import { listAuditEntityTypes, listAuditEntries } from "@/db/queries/admin-audit";
import { requirePagePermission } from "@/server/guards";
import { AuditTable } from "./audit-table";
import { auditFilters, auditHref, parseAuditSearch } from "./filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminAudit");
  return { title: t("title") };
}

/** The audit log, read-only: nothing on this page changes anything. */
export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePagePermission("audit:read:any", "/admin/audit");
  const values = parseAuditSearch(await searchParams);
  const [t, format, entityTypes, page] = await Promise.all([
    getTranslations("AdminAudit"),
    getFormatter(),
    listAuditEntityTypes(viewer),
    listAuditEntries(viewer, auditFilters(values)),
  ]);
  const { before, ...filters } = values;
  const hasFilters = Object.keys(filters).length > 0;
  const now = new Date();

  return (
    <>
      <h1 className="mb-2 text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mb-6 max-w-prose text-muted">{t("lead")}</p>
      <FilterForm action="/admin/audit" heading={t("filters")} submitLabel={t("apply")} clearLabel={t("clear")} hasFilters={hasFilters}>
        <FilterInput name="actor" label={t("actor")} hint={t("actorHint")} value={values.actor} />
        <SelectField
          name="entityType"
          label={t("entityType")}
          anyLabel={t("anyEntityType")}
          value={values.entityType}
          options={entityTypes.map((type) => ({ value: type, label: type }))}
        />
        <FilterInput name="entityId" label={t("entityId")} value={values.entityId} />
        <FilterInput name="action" label={t("action")} hint={t("actionHint")} value={values.action} />
        <FilterInput name="from" type="date" label={t("from")} value={values.from} />
        <FilterInput name="to" type="date" label={t("to")} value={values.to} />
      </FilterForm>

      <section aria-labelledby="entries-heading" className="mt-8">
        <h2 id="entries-heading" className="mb-3 text-xl font-semibold">
          {before ? t("olderEntries") : t("newestEntries")}
        </h2>
        {page.entries.length === 0 ? (
          <EmptyState title={t("emptyTitle")}>
            <p>{t("emptyBody")}</p>
          </EmptyState>
        ) : (
          <AuditTable
            entries={page.entries.map((entry) => ({
              ...entry,
              time: `${format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })} UTC`,
              relative: format.relativeTime(entry.createdAt, now),
              entityFilterHref: auditHref({ entityType: entry.entityType, entityId: entry.entityId }),
              actorFilterHref: entry.actorId ? auditHref({ actor: entry.actorId }) : null,
            }))}
          />
        )}
        <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center gap-4">
          {before ? <Link href={auditHref(filters)}>{t("newest")}</Link> : null}
          {page.nextBefore ? (
            <Link href={auditHref(filters, page.nextBefore)} rel="next">
              {t("older")}
            </Link>
          ) : null}
        </nav>
      </section>
    </>
  );
}

function FilterInput({ name, label, hint, value, type = "text" }: { name: string; label: string; hint?: string; value?: string; type?: "text" | "date" }) {
  const id = `filter-${name}`;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        dir={type === "text" ? "auto" : undefined}
        defaultValue={value ?? ""}
        maxLength={type === "text" ? 200 : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="h-11 w-full rounded-md border border-line bg-surface px-3 text-base text-ink shadow-sm"
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
