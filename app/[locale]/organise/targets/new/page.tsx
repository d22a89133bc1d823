import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganisePageHeader } from "@/components/organise/page-header";
import { saveTarget } from "../actions";
import { TargetsMessages } from "../messages-provider";
import { requirePagePermission } from "@/server/guards";
import { TargetForm } from "../target-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Targets.form");
  return { title: t("newTitle") };
}

export default async function NewTargetPage() {
  await requirePagePermission("target:edit:any", "/organise/targets/new");
  const t = await getTranslations("Targets.form");
  return (
    <>
      <OrganisePageHeader title={t("newTitle")} back={{ href: "/organise/targets", label: t("back") }} />
      <TargetsMessages>
        <TargetForm
          action={saveTarget}
          initial={{
            kind: "embassy",
            honorific: "",
            name: "",
            title: "",
            representedState: "",
            hostCountry: "",
            addressLines: "",
            city: "",
            postcode: "",
            phone: "",
            email: "",
            xHandle: "",
            blueskyHandle: "",
            website: "",
            language: "en",
            isExample: true,
          }}
        />
      </TargetsMessages>
    </>
  );
}
