import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganisePageHeader } from "@/components/organise/page-header";
import { listDefenderChoices } from "@/db/queries/organise-campaigns";
import { requirePagePermission } from "@/server/guards";
import { createCampaignAction } from "../actions";
import { CampaignForm } from "../campaign-form";
import { actionKindOptions } from "../kind-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Organise.campaign");
  return { title: t("newTitle") };
}

export default async function NewCampaignPage() {
  const viewer = await requirePagePermission("campaign:create:any", "/organise/campaigns/new");
  const [t, defenders, kindOptions] = await Promise.all([
    getTranslations("Organise.campaign"),
    listDefenderChoices(viewer),
    actionKindOptions(),
  ]);
  return (
    <>
      <OrganisePageHeader title={t("newTitle")} back={{ href: "/organise", label: t("backToDashboard") }} />
      <CampaignForm
        action={createCampaignAction}
        defenders={defenders}
        kindOptions={kindOptions}
        initial={{
          title: "",
          slug: "",
          summary: "",
          ask: "",
          storyMarkdown: "",
          goal: "",
          deadline: "",
          hashtags: "",
          highRisk: false,
          actionKinds: ["letter"],
          defenderIds: [],
        }}
      />
    </>
  );
}
