import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { env } from "@/lib/env";
import { pageMetadata } from "@/lib/metadata";
import { PrivacyBody, privacyFacts } from "./privacy-body";

type Props = { params: Promise<{ locale: string }> };

// The durations come from the server's settings when it runs, not when it was built.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations("Privacy");
  return pageMetadata({ title: t("metaTitle"), description: t("metaDescription"), path: "/privacy" });
}

export default async function PrivacyPage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations("Privacy");
  return <PrivacyBody t={t} facts={privacyFacts(env())} />;
}
