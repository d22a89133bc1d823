import { getFormatter, getTranslations } from "next-intl/server";
import type { PendingTargetRevision } from "@/db/queries/targets-directory";
import { isolate } from "@/i18n/bidi";

function shown(value: unknown, t: (key: "empty" | "yes" | "no") => string): string {
  if (value === null || value === undefined || value === "") return t("empty");
  if (typeof value === "boolean") return value ? t("yes") : t("no");
  if (Array.isArray(value)) return value.length ? value.join(", ") : t("empty");
  return String(value);
}

/** A pending change to a shared target: who proposed it, and each field as it is now and as proposed. */
export async function TargetRevisionDiff({ revision }: { revision: PendingTargetRevision }) {
  const [t, format] = await Promise.all([getTranslations("Targets.revisions"), getFormatter()]);
  const fields = Object.keys(revision.changes) as (keyof PendingTargetRevision["changes"])[];
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-muted">
        {isolate((v) => t("proposed", { ...v, date: format.dateTime(revision.createdAt, { dateStyle: "medium", timeStyle: "short" }) }), { who: revision.proposedBy ?? "—" })}
      </p>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[20rem] border-collapse text-start text-sm">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pe-3">{t("field")}</th>
              <th scope="col" className="py-1 pe-3">{t("current")}</th>
              <th scope="col" className="py-1">{t("proposedValue")}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field} className="border-b border-line align-top">
                <th scope="row" className="py-1 pe-3 font-medium">{t("fieldName", { field })}</th>
                <td className="break-all py-1 pe-3">{shown(revision.current[field], t)}</td>
                <td className="break-all py-1 font-semibold">{shown(revision.changes[field], t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
