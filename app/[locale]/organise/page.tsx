import type { Metadata } from "next";
import Link from "@/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { OrganisePageHeader, buttonLinkClass, secondaryButtonClass } from "@/components/organise/page-header";
import { OrganiseStatusBadge } from "@/components/organise/organise-status-badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { listCampaignsForOrganiser } from "@/db/queries/organise-campaigns";
import { requirePagePermission } from "@/server/guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Organise.dashboard");
  return { title: t("title") };
}

export default async function OrganiseDashboard() {
  const viewer = await requirePagePermission("organise:access:any", "/organise");
  const [t, tStats, format, campaigns] = await Promise.all([
    getTranslations("Organise.dashboard"),
    getTranslations("CampaignStats"),
    getFormatter(),
    listCampaignsForOrganiser(viewer),
  ]);

  return (
    <>
      <OrganisePageHeader
        title={t("title")}
        actions={
          <>
            <Link href="/organise/campaigns/new" className={buttonLinkClass}>
              {t("newCampaign")}
            </Link>
            <Link href="/organise/defenders/new" className={secondaryButtonClass}>
              {t("newDefender")}
            </Link>
          </>
        }
      />
      <section aria-labelledby="my-campaigns">
        <h2 id="my-campaigns" className="mb-3 text-xl font-semibold">
          {t("myCampaigns")}
        </h2>
        {campaigns.length === 0 ? (
          <EmptyState title={t("emptyTitle")}>
            <p>{t("emptyBody")}</p>
          </EmptyState>
        ) : (
          <DataTable
            columns={[
              { label: t("campaign") },
              { label: t("status") },
              { label: tStats("confirmedColumn"), numeric: true },
              { label: tStats("selfReportedColumn"), numeric: true },
              { label: t("updated") },
              { label: t("links") },
            ]}
          >
            {campaigns.map((campaign) => (
              <tr key={campaign.id} className="border-b border-line align-top">
                <th scope="row" className="py-3 pe-4 font-semibold">
                  <Link href={`/organise/campaigns/${campaign.id}`}>{campaign.title}</Link>
                </th>
                <td className="py-3 pe-4">
                  <OrganiseStatusBadge status={campaign.status} />
                </td>
                {/* The same figures, under the same words, as the public page and the analytics: the goal counts confirmed actions only. */}
                <td className="py-3 pe-4 text-end tabular-nums">
                  {campaign.goal
                    ? t("countOfGoal", { count: campaign.confirmed, goal: campaign.goal })
                    : format.number(campaign.confirmed)}
                </td>
                <td className="py-3 pe-4 text-end tabular-nums">{format.number(campaign.reported)}</td>
                <td className="py-3 pe-4">{format.dateTime(campaign.updatedAt, { dateStyle: "medium" })}</td>
                <td className="py-3">
                  <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
                    <li>
                      <Link className="inline-block min-h-6 py-0.5" href={`/organise/campaigns/${campaign.id}/team`}>{t("team")}</Link>
                    </li>
                    <li>
                      <Link className="inline-block min-h-6 py-0.5" href={`/organise/campaigns/${campaign.id}/templates`}>{t("templates")}</Link>
                    </li>
                    <li>
                      <Link className="inline-block min-h-6 py-0.5" href={`/organise/campaigns/${campaign.id}/delivery`}>{t("delivery")}</Link>
                    </li>
                    {campaign.status !== "draft" && campaign.status !== "in_review" ? (
                      <li>
                        <Link className="inline-block min-h-6 py-0.5" href={`/campaigns/${campaign.slug}`}>{t("publicPage")}</Link>
                      </li>
                    ) : null}
                  </ul>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
