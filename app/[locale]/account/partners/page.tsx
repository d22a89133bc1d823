import type { Metadata } from "next";
import Link from "@/i18n/link";
import { redirect } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { listMyPartnerSources } from "@/db/queries/partner-sources";
import { can } from "@/lib/permissions";
import { routes } from "@/lib/routes";
import { getViewer } from "@/server/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Partners.account");
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * A partner member's downloads (ADR 0029): the sources they belong to, each with the number
 * of confirmed supporters who agreed to be contacted by the partner, and its CSV. Any signed-in
 * account may open it; it lists only the viewer's own sources.
 */
export default async function PartnerDownloadsPage() {
  const viewer = await getViewer();
  if (!viewer || !can(viewer, "partner:export:own")) return redirect("/signin");
  const [sources, t, format] = await Promise.all([listMyPartnerSources(viewer), getTranslations("Partners.account"), getFormatter()]);
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <h1 className="text-4xl font-semibold tracking-tight">{t("heading")}</h1>
      <p className="mt-3 max-w-3xl text-muted">{t("lead")}</p>
      {sources.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <DataTable
          columns={[{ label: t("campaign") }, { label: t("source") }, { label: t("consenting"), numeric: true }, { label: t("downloadColumn"), hidden: true }]}
          className="mt-6"
          caption={t("heading")}
        >
          {sources.map((source) => (
            <tr key={source.id} className="border-b border-line align-top">
              <th scope="row" className="py-2 pe-4 font-normal">
                <Link href={routes.campaign(source.campaignSlug)} className="text-brand underline">
                  <bdi>{source.campaignTitle}</bdi>
                </Link>
              </th>
              <td className="py-2 pe-4">
                <bdi>{source.name}</bdi> <code className="text-sm text-muted">{source.code}</code>
                {source.archived ? <span className="text-sm text-muted"> ({t("archived")})</span> : null}
              </td>
              <td className="py-2 pe-4 text-end tabular-nums">{format.number(source.consenting)}</td>
              <td className="py-2">
                <a href={`/api/partners/${source.id}/export.csv`} className="font-semibold text-brand underline" download>
                  {t("download", { source: source.name })}
                </a>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
