import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { countActionsBySource } from "@/db/queries/partner-sources";
import { kindMessageKey } from "@/lib/action-kinds";
import type { Viewer } from "@/lib/permissions";

/** Confirmed actions per partner source and kind (ADR 0029), under the campaign's analytics. */
export async function PartnerCounts({ viewer, campaignId }: { viewer: Viewer; campaignId: string }) {
  const [rows, t, tRoot, format] = await Promise.all([
    countActionsBySource(viewer, campaignId),
    getTranslations("Partners.analytics"),
    getTranslations(),
    getFormatter(),
  ]);
  return (
    <section aria-labelledby="per-source-heading" className="mt-12">
      <h3 id="per-source-heading" className="text-xl font-semibold">
        {t("heading")}
      </h3>
      {rows.length === 0 ? (
        <p className="mt-4 text-muted">{t("empty")}</p>
      ) : (
        <DataTable
          columns={[{ label: t("source") }, { label: t("kind") }, { label: t("confirmed"), numeric: true }]}
          className="mt-4"
          size="sm"
          density="compact"
          caption={t("heading")}
        >
          {rows.map((row) => (
            <tr key={`${row.sourceId}-${row.kind}`} className="border-b border-line" data-partner-code={row.code}>
              <th scope="row" className="py-1 pe-3 font-normal">
                <bdi>{row.archived ? t("archived", { name: row.name }) : row.name}</bdi>
              </th>
              <td className="py-1 pe-3">{tRoot(kindMessageKey(row.kind, "short"))}</td>
              <td className="py-1 text-end tabular-nums">{format.number(row.confirmed)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
