import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganisePageHeader } from "@/components/organise/page-header";
import { targetKinds } from "@/db/schema/enums";
import { confirmImport, previewImport } from "../actions";
import { TargetsMessages } from "../messages-provider";
import { requirePagePermission } from "@/server/guards";
import { ImportForm } from "./import-form";
import { importColumns } from "./parse-import";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Targets.import");
  return { title: t("metaTitle") };
}

export default async function ImportTargetsPage() {
  await requirePagePermission("target:edit:any", "/organise/targets/import");
  const [t, tForm] = await Promise.all([getTranslations("Targets.import"), getTranslations("Targets.form")]);
  return (
    <>
      <OrganisePageHeader title={t("title")} back={{ href: "/organise/targets", label: tForm("back") }} />
      <p className="mb-6 max-w-3xl text-muted">{t("lead")}</p>
      <TargetsMessages>
        <ImportForm preview={previewImport} confirm={confirmImport} />
      </TargetsMessages>
      <section aria-labelledby="columns-heading" className="mt-10 max-w-3xl">
        <h2 id="columns-heading" className="text-xl font-semibold">
          {t("columnsHeading")}
        </h2>
        <p className="mt-2 text-muted">{t("columnsLead", { kinds: targetKinds.join(", ") })}</p>
        <p className="mt-3 rounded-md border border-line bg-surface p-3 text-sm break-all">
          <code>{Object.keys(importColumns).join(",")}</code>
        </p>
      </section>
    </>
  );
}
