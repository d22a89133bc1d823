import type { Metadata } from "next";
import Link from "@/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm } from "@/components/ui/filter-form";
import { SelectField } from "@/components/ui/select-field";
import { listUsersForAdmin } from "@/db/queries/admin-users";
import { userRoles } from "@/db/schema/enums";
import { requirePagePermission } from "@/server/guards";
import { parseUserFilters, usersHref } from "./filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminUsers.list");
  return { title: t("title") };
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePagePermission("user:read:any", "/admin/users");
  const filters = parseUserFilters(await searchParams);
  const [t, roles, format, result] = await Promise.all([
    getTranslations("AdminUsers.list"),
    getTranslations("AdminUsers.roles"),
    getFormatter(),
    listUsersForAdmin(viewer, filters),
  ]);
  const hasFilters = Boolean(filters.q || filters.role || filters.suspended);

  return (
    <>
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <FilterForm action="/admin/users" heading={t("filters")} submitLabel={t("search")} clearLabel={t("clear")} hasFilters={hasFilters}>
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="filter-q" className="text-sm font-semibold">
            {t("query")}
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            dir="auto"
            defaultValue={filters.q ?? ""}
            maxLength={200}
            className="h-11 w-full rounded-md border border-line bg-surface px-3 text-base text-ink shadow-sm"
          />
        </div>
        <SelectField
          name="role"
          label={t("role")}
          anyLabel={t("anyRole")}
          value={filters.role}
          options={userRoles.map((role) => ({ value: role, label: roles(role) }))}
        />
        <SelectField
          name="suspended"
          label={t("suspended")}
          anyLabel={t("anyStatus")}
          value={filters.suspended}
          options={[
            { value: "no", label: t("activeOnly") },
            { value: "yes", label: t("suspendedOnly") },
          ]}
        />
      </FilterForm>

      <section aria-labelledby="users-heading" className="mt-8">
        <h2 id="users-heading" className="mb-3 text-xl font-semibold">
          {t("results")}
        </h2>
        {result.rows.length === 0 ? (
          <EmptyState title={t("emptyTitle")}>
            <p>{t("emptyBody")}</p>
          </EmptyState>
        ) : (
          <DataTable
            columns={[{ label: t("user") }, { label: t("role") }, { label: t("status") }, { label: t("created") }]}
          >
            {result.rows.map((user) => (
              <tr key={user.id} className="border-b border-line align-top">
                <th scope="row" className="py-3 pe-4 font-normal">
                  <Link href={`/admin/users/${user.id}`} dir={user.email ? "ltr" : undefined} className="font-semibold">
                    {user.email ?? t("noEmail")}
                  </Link>
                  {user.name ? (
                    <span dir="auto" className="block text-sm text-muted">
                      {user.name}
                    </span>
                  ) : null}
                </th>
                <td className="py-3 pe-4">{roles(user.role)}</td>
                <td className="py-3 pe-4">
                  {user.suspendedAt ? <Badge tone="red">{t("suspendedBadge")}</Badge> : <Badge tone="green">{t("activeBadge")}</Badge>}
                </td>
                <td className="py-3">{format.dateTime(user.createdAt, { dateStyle: "medium" })}</td>
              </tr>
            ))}
          </DataTable>
        )}
        {result.page > 1 || result.hasNext ? (
          <nav aria-label={t("pagination")} className="mt-4 flex items-center gap-4">
            {result.page > 1 ? (
              <Link href={usersHref(filters, result.page - 1)} rel="prev">
                {t("previous")}
              </Link>
            ) : null}
            <span className="text-sm text-muted">{t("pageNumber", { page: result.page })}</span>
            {result.hasNext ? (
              <Link href={usersHref(filters, result.page + 1)} rel="next">
                {t("next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}
