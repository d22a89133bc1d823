import Link from "@/i18n/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { AuditEntryRow } from "@/db/queries/admin-audit";
import { changedKeys, entityHref } from "./summary";

export interface AuditTableEntry extends AuditEntryRow {
  time: string;
  relative: string;
  entityFilterHref: string;
  actorFilterHref: string | null;
}

/** Entries with who, when, what, on which entity, and the keys that changed. */
export async function AuditTable({ entries }: { entries: AuditTableEntry[] }) {
  const t = await getTranslations("AdminAudit");
  return (
    <DataTable
      columns={[{ label: t("when") }, { label: t("actor") }, { label: t("action") }, { label: t("entity") }, { label: t("changes") }]}
      size="sm"
      caption={t("caption")}
    >
      {entries.map((entry) => {
        const href = entityHref(entry.entityType, entry.entityId);
        const changes = changedKeys(entry.before, entry.after);
        return (
          <tr key={entry.id} className="border-b border-line align-top" data-audit-id={entry.id}>
            <td className="py-3 pe-4 whitespace-nowrap">
              <time dateTime={entry.createdAt.toISOString()}>{entry.time}</time>
              <span className="block text-muted">{entry.relative}</span>
            </td>
            <td className="py-3 pe-4 break-all">
              {entry.actorFilterHref ? <Link href={entry.actorFilterHref}>{entry.actorLabel}</Link> : entry.actorLabel}
            </td>
            <td className="py-3 pe-4 font-mono whitespace-nowrap">{entry.action}</td>
            <td className="py-3 pe-4">
              <span className="block">{entry.entityType}</span>
              <Link href={entry.entityFilterHref} className="inline-block py-1 font-mono break-all" aria-label={t("entityHistory", { type: entry.entityType, id: entry.entityId })}>
                {entry.entityId}
              </Link>
              {href ? (
                <Link href={href} className="mt-1 block py-1">
                  {t("openEntity")}
                </Link>
              ) : null}
            </td>
            <td className="py-3">
              {changes.length === 0 ? (
                <span className="text-muted">{t("noChanges")}</span>
              ) : (
                <ul className="flex flex-col gap-1">
                  {changes.map((change) => (
                    <li key={change.key} className="break-words">
                      {change.key ? <span className="font-semibold">{change.key}: </span> : null}
                      <span className="text-muted">{change.before ?? t("empty")}</span>
                      {" "}
                      {/* Points from the old value to the new one: leftwards in right-to-left pages. */}
                      <span className="inline-block rtl:-scale-x-100">→</span>{" "}
                      <span>{change.after ?? t("empty")}</span>
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
