import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { OrganisePageHeader } from "@/components/organise/page-header";
import { OrganiseStatusBadge } from "@/components/organise/organise-status-badge";
import { OrganiseTabs } from "@/components/organise/tabs";
import { findCampaignFor } from "@/db/queries/access";
import { orNotFound } from "@/server/guards";
import { getViewer } from "@/server/viewer";

type Props = { children: ReactNode; params: Promise<{ id: string }> };

/** One campaign's organiser pages. Each page below still loads its data through a permission-checked query. */
export default async function CampaignOrganiseLayout({ children, params }: Props) {
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer) notFound();
  const campaign = await orNotFound(findCampaignFor(viewer, id, "read"));
  const [t, tEmbed, tPartners] = await Promise.all([getTranslations("Organise.tabs"), getTranslations("Embed"), getTranslations("Partners.organise")]);
  const base = `/organise/campaigns/${campaign.id}`;
  return (
    <>
      <OrganisePageHeader
        title={campaign.title}
        back={{ href: "/organise", label: t("backToDashboard") }}
        badge={<OrganiseStatusBadge status={campaign.status} />}
      />
      <OrganiseTabs
        label={t("label")}
        tabs={[
          { href: base, label: t("edit") },
          { href: `${base}/team`, label: t("team") },
          { href: `${base}/templates`, label: t("templates") },
          { href: `${base}/updates`, label: t("updates") },
          { href: `${base}/translations`, label: t("translations") },
          { href: `${base}/delivery`, label: t("delivery") },
          { href: `${base}/analytics`, label: t("analytics") },
          { href: `${base}/embed`, label: tEmbed("tab") },
          { href: `${base}/partners`, label: tPartners("tab") },
        ]}
      />
      {children}
    </>
  );
}
