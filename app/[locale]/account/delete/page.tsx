import type { Metadata } from "next";
import { redirect } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { listMyActions } from "@/db/queries/account";
import { can } from "@/lib/permissions";
import { getViewer } from "@/server/viewer";
import { DeleteForm } from "./delete-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account");
  return { title: t("deleteMetaTitle"), robots: { index: false } };
}

export default async function DeleteMyDataPage() {
  const viewer = await getViewer();
  if (!viewer || !can(viewer, "account:delete:own")) return redirect("/signin");
  const [myActions, t] = await Promise.all([listMyActions(viewer), getTranslations("Account")]);
  return (
    <div className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
      <h1 className="text-4xl font-semibold tracking-tight">{t("deleteHeading")}</h1>
      <p className="mt-4 text-lg">{t("deleteExplain")}</p>
      <p className="mt-3 text-muted">{t("deleteKeeps", { count: myActions.length })}</p>
      <DeleteForm
        text={{ confirm: t("deleteConfirm"), submit: t("deleteSubmit"), submitting: t("deleteSubmitting"), cancel: t("cancel") }}
      />
    </div>
  );
}
