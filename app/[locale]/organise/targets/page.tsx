import type { Metadata } from "next";
import Link from "@/i18n/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonLinkClass, OrganisePageHeader, secondaryButtonClass } from "@/components/organise/page-header";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm } from "@/components/ui/filter-form";
import { SelectField } from "@/components/ui/select-field";
import { listFailingChannels } from "@/db/queries/channel-health";
import { listTargetCountries, listTargets, type TargetFilters } from "@/db/queries/targets-directory";
import { targetKinds } from "@/db/schema/enums";
import { countryName, countryOptions } from "@/lib/format";
import { requirePagePermission } from "@/server/guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Targets");
  return { title: t("metaTitle") };
}

type SearchParams = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v?.trim() ? v.trim() : undefined;
}

function parseFilters(params: SearchParams): TargetFilters {
  const code = (v: string | undefined) => (v && /^[A-Za-z]{2}$/.test(v) ? v.toUpperCase() : undefined);
  const kind = single(params.kind);
  return {
    q: single(params.q)?.slice(0, 100),
    representedState: code(single(params.state)),
    hostCountry: code(single(params.host)),
    kind: (targetKinds as readonly string[]).includes(kind ?? "") ? (kind as TargetFilters["kind"]) : undefined,
  };
}

export default async function TargetsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const viewer = await requirePagePermission("target:read:any", "/organise/targets");
  const filters = parseFilters(params);
  const imported = Number(single(params.imported) ?? 0);
  const [targets, countries, t, tCommon, tKind, locale] = await Promise.all([
    listTargets(viewer, filters),
    listTargetCountries(viewer),
    getTranslations("Targets"),
    getTranslations("Common"),
    getTranslations("Enums.targetKind"),
    getLocale(),
  ]);
  const hasFilters = Object.values(filters).some(Boolean);
  const [failing, tHealth] = await Promise.all([listFailingChannels(viewer, targets.map((target) => target.id)), getTranslations("ChannelHealth")]);

  return (
    <>
      <OrganisePageHeader
        title={t("title")}
        actions={
          <>
            <Link href="/organise/targets/new" className={buttonLinkClass}>
              {t("newTarget")}
            </Link>
            <Link href="/organise/targets/import" className={secondaryButtonClass}>
              {t("importCsv")}
            </Link>
          </>
        }
      />
      <p className="mb-6 max-w-3xl text-muted">{t("lead")}</p>
      <div role="status">
        {imported > 0 ? <p className="mb-6 rounded-md bg-tone-green-soft p-3 font-semibold text-tone-green">{t("imported", { count: imported })}</p> : null}
      </div>
      <FilterForm action="/organise/targets" heading={t("filtersHeading")} submitLabel={tCommon("filter")} clearLabel={tCommon("clearFilters")} hasFilters={hasFilters}>
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="filter-q" className="text-sm font-semibold">
            {t("search")}
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            dir="auto"
            defaultValue={filters.q ?? ""}
            className="h-11 w-full rounded-md border border-line bg-surface px-3 text-base text-ink shadow-sm"
          />
        </div>
        <SelectField name="kind" label={t("kind")} anyLabel={tCommon("allOption")} value={filters.kind} options={targetKinds.map((k) => ({ value: k, label: tKind(k) }))} />
        <SelectField name="state" label={t("representedState")} anyLabel={tCommon("allOption")} value={filters.representedState} options={countryOptions(countries.representedStates, locale)} />
        <SelectField name="host" label={t("hostCountry")} anyLabel={tCommon("allOption")} value={filters.hostCountry} options={countryOptions(countries.hostCountries, locale)} />
      </FilterForm>

      <section aria-labelledby="results-heading" className="mt-8">
        <h2 id="results-heading" className="text-lg font-semibold text-muted">
          {targets.length === 0 ? t("emptyTitle") : t("resultCount", { count: targets.length, more: String(targets.length >= 100) })}
        </h2>
        {targets.length === 0 ? (
          <div className="mt-4">
            <EmptyState>{t("emptyBody")}</EmptyState>
          </div>
        ) : (
          <DataTable
            columns={[{ label: t("columnName") }, { label: t("columnKind") }, { label: t("columnState") }, { label: t("columnHost") }]}
            className="mt-4"
          >
            {targets.map((target) => (
              <tr key={target.id} className="border-b border-line align-top">
                <td className="py-2 pe-4">
                  <Link href={`/organise/targets/${target.id}`} aria-label={t("edit", { name: target.name })}>
                    {[target.honorific, target.name].filter(Boolean).join(" ")}
                  </Link>
                  {target.title ? <span className="block text-sm text-muted">{target.title}</span> : null}
                  {(failing.get(target.id) ?? []).map((channel) => (
                    <span key={channel} className="me-1 mt-1 inline-block rounded bg-tone-red-soft px-2 text-sm text-tone-red">
                      {tHealth("panel.status.failing")}: {tHealth(`channel.${channel}`)}
                    </span>
                  ))}
                  {target.isExample ? <span className="ms-0 mt-1 inline-block rounded bg-tone-amber-soft px-2 text-sm text-tone-amber">{t("exampleBadge")}</span> : null}
                </td>
                <td className="py-2 pe-4">{tKind(target.kind)}</td>
                <td className="py-2 pe-4">{target.representedState ? countryName(target.representedState, locale) : "—"}</td>
                <td className="py-2">
                  {target.hostCountry ? countryName(target.hostCountry, locale) : "—"}
                  {target.city ? <span className="block text-sm text-muted">{target.city}</span> : null}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
