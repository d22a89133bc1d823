import type { Metadata } from "next";
import Link from "@/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { getTrendingReport, surgeRatio, type TrendingRow } from "@/db/queries/trending";
import { requirePagePermission } from "@/server/guards";
import { AbuseNav } from "../abuse-nav";
import { invalidationFormHref } from "../invalidations/input";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminAbuse.trending");
  return { title: t("title") };
}

type Dimension = "ip" | "domain" | "campaign";

export default async function TrendingPage() {
  const viewer = await requirePagePermission("abuse:manage:any", "/admin/abuse/trending");
  const [t, report] = await Promise.all([getTranslations("AdminAbuse.trending"), getTrendingReport(viewer)]);
  const now = new Date();
  return (
    <>
      <h1 className="mb-4 text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <AbuseNav current="trending" />
      <p className="mb-6 max-w-3xl text-muted">{t("lead", { ratio: surgeRatio })}</p>
      <TrendingTable dimension="campaign" rows={report?.byCampaign ?? []} now={now} />
      <TrendingTable dimension="domain" rows={report?.byDomain ?? []} now={now} />
      <TrendingTable dimension="ip" rows={report?.byIp ?? []} now={now} />
    </>
  );
}

function prefill(dimension: Dimension, row: TrendingRow, now: Date): string {
  const lastHour = { from: new Date(now.getTime() - 3_600_000), to: new Date(now.getTime() + 60_000) };
  if (dimension === "ip") return invalidationFormHref({ ipHash: row.key, ...lastHour });
  if (dimension === "domain") return invalidationFormHref({ emailDomain: row.key, ...lastHour });
  return invalidationFormHref({ campaign: row.slug ?? "", ...lastHour });
}

async function TrendingTable({ dimension, rows, now }: { dimension: Dimension; rows: TrendingRow[]; now: Date }) {
  const [t, format] = await Promise.all([getTranslations("AdminAbuse.trending"), getFormatter()]);
  const headingId = `trending-${dimension}`;
  return (
    <section aria-labelledby={headingId} className="mb-10">
      <h2 id={headingId} className="mb-3 text-xl font-semibold">
        {t(`heading.${dimension}`)}
      </h2>
      {rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <DataTable
          columns={[
            { label: t(`column.${dimension}`) },
            { label: t("column.lastHour"), numeric: true },
            { label: t("column.usual"), numeric: true },
            { label: t("column.ratio"), numeric: true },
            { label: t("column.act"), hidden: true },
          ]}
        >
          {rows.map((row) => {
            const surge = row.ratio > surgeRatio;
            const name = dimension === "ip" ? `#${row.key.slice(0, 10)}` : dimension === "campaign" ? (row.label ?? row.key) : row.key;
            return (
              <tr key={row.key} className={`border-b border-line ${surge ? "bg-tone-red-soft" : ""}`}>
                <th scope="row" className={`py-2 pe-4 font-normal break-all ${dimension === "ip" ? "font-mono text-sm" : ""}`}>
                  {name}
                </th>
                <td className="py-2 pe-4 text-end">{format.number(row.lastHour)}</td>
                <td className="py-2 pe-4 text-end">{format.number(row.usualPerHour, { maximumFractionDigits: 1 })}</td>
                <td className="py-2 pe-4 text-end">
                  <span className="inline-flex items-center gap-2">
                    {surge ? <Badge tone="red">{t("surge")}</Badge> : null}
                    {t("times", { ratio: format.number(row.ratio, { maximumFractionDigits: 1 }) })}
                  </span>
                </td>
                <td className="py-2">
                  {dimension === "campaign" && !row.slug ? null : (
                    <Link href={prefill(dimension, row, now)}>{t("invalidate", { name })}</Link>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}
