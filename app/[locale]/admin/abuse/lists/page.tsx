import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/organise/action-form";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { listListEntries, type ListEntryRow } from "@/db/queries/abuse-lists";
import { requirePagePermission } from "@/server/guards";
import { AbuseMessages } from "../abuse-messages";
import { AbuseNav } from "../abuse-nav";
import { addListEntryAction, removeListEntryAction } from "./actions";
import { ListEntryForm } from "./list-entry-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminAbuse.lists");
  return { title: t("title") };
}

export default async function AbuseListsPage() {
  const viewer = await requirePagePermission("abuse:manage:any", "/admin/abuse/lists");
  const [t, entries] = await Promise.all([getTranslations("AdminAbuse.lists"), listListEntries(viewer)]);
  const blocked = entries.filter((entry) => entry.list === "block");
  const allowed = entries.filter((entry) => entry.list === "allow");

  return (
    <>
      <h1 className="mb-4 text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <AbuseNav current="lists" />
      <p className="mb-6 max-w-3xl text-muted">{t("lead")}</p>
      <section aria-labelledby="add-heading" className="mb-10">
        <h2 id="add-heading" className="mb-3 text-xl font-semibold">
          {t("addHeading")}
        </h2>
        <AbuseMessages>
          <ListEntryForm action={addListEntryAction} />
        </AbuseMessages>
      </section>
      <EntryTable heading={t("blockHeading")} id="block-heading" entries={blocked} empty={t("blockEmpty")} />
      <EntryTable heading={t("allowHeading")} id="allow-heading" entries={allowed} empty={t("allowEmpty")} />
    </>
  );
}

async function EntryTable({ heading, id, entries, empty }: { heading: string; id: string; entries: ListEntryRow[]; empty: string }) {
  const [t, format] = await Promise.all([getTranslations("AdminAbuse.lists"), getFormatter()]);
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="mb-3 text-xl font-semibold">
        {heading}
      </h2>
      {entries.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <DataTable
          columns={[
            { label: t("columnEntry") },
            { label: t("columnKind") },
            { label: t("columnReason") },
            { label: t("columnAdded") },
            { label: t("columnExpires") },
            { label: t("columnRemove"), hidden: true },
          ]}
        >
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-line align-top">
              <th scope="row" className="py-2 pe-4 font-mono text-sm font-normal break-all">
                {entry.label}
              </th>
              <td className="py-2 pe-4">{t(`kindNames.${entry.kind}`)}</td>
              <td className="py-2 pe-4">{entry.reason ?? "—"}</td>
              <td className="py-2 pe-4 text-sm">
                {t("addedBy", { date: format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" }), who: entry.createdByLabel ?? "—" })}
              </td>
              <td className="py-2 pe-4 text-sm">
                {entry.expired ? (
                  <Badge tone="grey">{t("expired")}</Badge>
                ) : entry.expiresAt ? (
                  format.dateTime(entry.expiresAt, { dateStyle: "medium" })
                ) : (
                  t("never")
                )}
              </td>
              <td className="py-2">
                <ActionForm
                  action={removeListEntryAction}
                  hidden={{ entryId: entry.id }}
                  label={t("remove")}
                  pendingLabel={t("removing")}
                  messageId={`remove-${entry.id}`}
                  buttonClassName="min-h-11 rounded-md border border-line bg-surface px-4 font-semibold hover:bg-tone-red-soft"
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
