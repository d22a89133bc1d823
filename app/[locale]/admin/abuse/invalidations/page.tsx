import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/organise/action-form";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { listInvalidations, type InvalidationStatus } from "@/db/queries/invalidations";
import { requirePagePermission } from "@/server/guards";
import { AbuseMessages } from "../abuse-messages";
import { AbuseNav } from "../abuse-nav";
import { invalidationAction, undoInvalidationAction } from "./actions";
import { prefillFromQuery } from "./input";
import { InvalidationForm } from "./invalidation-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminAbuse.invalidations");
  return { title: t("title") };
}

const statusTone: Record<InvalidationStatus, BadgeTone> = {
  queued: "amber",
  running: "amber",
  done: "red",
  reverting: "amber",
  reverted: "grey",
  failed: "violet",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InvalidationsPage({ searchParams }: Props) {
  const viewer = await requirePagePermission("abuse:manage:any", "/admin/abuse/invalidations");
  const [t, format, rows, query] = await Promise.all([
    getTranslations("AdminAbuse.invalidations"),
    getFormatter(),
    listInvalidations(viewer),
    searchParams,
  ]);
  const working = rows.some((row) => row.status === "queued" || row.status === "reverting");

  return (
    <>
      <h1 className="mb-4 text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <AbuseNav current="invalidations" />
      <p className="mb-6 max-w-3xl text-muted">{t("lead")}</p>
      <section aria-labelledby="new-heading" className="mb-10">
        <h2 id="new-heading" className="mb-3 text-xl font-semibold">
          {t("newHeading")}
        </h2>
        <AbuseMessages>
          <InvalidationForm action={invalidationAction} prefill={prefillFromQuery(query, new Date())} />
        </AbuseMessages>
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-xl font-semibold">
          {t("historyHeading")}
        </h2>
        <div role="status">{query.undo === "queued" ? <p className="mb-3 rounded-md bg-tone-green-soft p-3 font-semibold text-tone-green">{t("undoQueued")}</p> : null}</div>
        {working ? <p className="mb-3 rounded-md bg-tone-amber-soft p-3 text-tone-amber">{t("working")}</p> : null}
        {rows.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <DataTable
            columns={[
              { label: t("columnCriteria") },
              { label: t("columnStatus") },
              { label: t("columnPreviewed"), numeric: true },
              { label: t("columnAffected"), numeric: true },
              { label: t("columnCreated") },
              { label: t("columnUndo"), hidden: true },
            ]}
          >
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-line align-top">
                <th scope="row" className="py-2 pe-4 text-sm font-normal break-all">
                  {row.criteria}
                </th>
                <td className="py-2 pe-4">
                  <Badge tone={statusTone[row.status]}>{t(`status.${row.status}`)}</Badge>
                  {row.lastError ? <p className="mt-1 text-sm text-tone-red">{t("error", { error: row.lastError })}</p> : null}
                </td>
                <td className="py-2 pe-4 text-end">{format.number(row.previewCount)}</td>
                <td className="py-2 pe-4 text-end">{row.finishedAt ? format.number(row.affected) : "—"}</td>
                <td className="py-2 pe-4 text-sm">
                  {t("createdBy", {
                    date: format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                    who: row.createdByLabel ?? "—",
                  })}
                </td>
                <td className="py-2">
                  {row.status === "done" ? (
                    <ActionForm
                      action={undoInvalidationAction}
                      hidden={{ invalidationId: row.id }}
                      label={t("undo")}
                      pendingLabel={t("undoing")}
                      messageId={`undo-${row.id}`}
                      buttonClassName="min-h-11 rounded-md border border-line bg-surface px-4 font-semibold hover:bg-brand-soft"
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
