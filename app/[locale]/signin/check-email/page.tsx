import type { Metadata } from "next";
import { pageLocale } from "@/i18n/page-locale";
import Link from "@/i18n/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations("Organise.checkEmail");
  return { title: t("title"), robots: { index: false } };
}

/** The same words for every address: this page never says whether an account exists. */
export default async function CheckEmailPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations("Organise.checkEmail");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      <p>{t("body")}</p>
      <p className="text-muted">{t("noMail")}</p>
      <p>
        <Link href="/signin">{t("tryAgain")}</Link>
      </p>
    </div>
  );
}
