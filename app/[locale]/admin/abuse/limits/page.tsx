import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadSiteSettings } from "@/db/queries/settings";
import { requirePagePermission } from "@/server/guards";
import { AbuseMessages } from "../abuse-messages";
import { AbuseNav } from "../abuse-nav";
import { saveRateLimitsAction } from "./actions";
import { formValuesOf } from "./input";
import { LimitsForm } from "./limits-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminAbuse.limits");
  return { title: t("title") };
}

export default async function RateLimitsPage() {
  await requirePagePermission("settings:edit:any", "/admin/abuse/limits");
  const [t, settings] = await Promise.all([getTranslations("AdminAbuse.limits"), loadSiteSettings()]);
  return (
    <>
      <h1 className="mb-4 text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <AbuseNav current="limits" />
      <p className="mb-6 max-w-3xl text-muted">{t("lead")}</p>
      <AbuseMessages>
        <LimitsForm action={saveRateLimitsAction} current={formValuesOf(settings.rateLimits)} />
      </AbuseMessages>
    </>
  );
}
