import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganisePageHeader } from "@/components/organise/page-header";
import { requirePagePermission } from "@/server/guards";
import { createDefenderAction } from "../actions";
import { DefenderForm } from "../defender-form";
import { defenderStatusOptions } from "../options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Organise.defender");
  return { title: t("newTitle") };
}

export default async function NewDefenderPage() {
  await requirePagePermission("defender:create:any", "/organise/defenders/new");
  const [t, statusOptions] = await Promise.all([getTranslations("Organise.defender"), defenderStatusOptions()]);
  return (
    <>
      <OrganisePageHeader title={t("newTitle")} back={{ href: "/organise/defenders", label: t("backToList") }} />
      <DefenderForm
        action={createDefenderAction}
        statusOptions={statusOptions}
        initial={{ name: "", nameNative: "", slug: "", country: "", profession: "", status: "detained", summary: "", storyMarkdown: "" }}
      />
    </>
  );
}
