import Link from "next/link";
import { getTranslations } from "next-intl/server";
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
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-4">{t("when")}</th>
            <th scope="col" className="py-2 pr-4">{t("actor")}</th>
            <th scope="col" className="py-2 pr-4">{t("action")}</th>
            <th scope="col" className="py-2 pr-4">{t("entity")}</th>
            <th scope="col" className="py-2">{t("changes")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const href = entityHref(entry.entityType, entry.entityId);
            const changes = changedKeys(entry.before, entry.after);
            return (
              <tr key={entry.id} className="border-b border-line align-top" data-audit-id={entry.id}>
                <td className="py-3 pr-4 whitespace-nowrap">
                  <time dateTime={entry.createdAt.toISOString()}>{entry.time}</time>
                  <span className="block text-muted">{entry.relative}</span>
                </td>
                <td className="py-3 pr-4 break-all">
                  {entry.actorFilterHref ? <Link href={entry.actorFilterHref}>{entry.actorLabel}</Link> : entry.actorLabel}
                </td>
                <td className="py-3 pr-4 font-mono whitespace-nowrap">{entry.action}</td>
                <td className="py-3 pr-4">
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
                          {" → "}
                          <span>{change.after ?? t("empty")}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
