import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Organise.checkEmail");
  return { title: t("title"), robots: { index: false } };
}

/** The same words for every address: this page never says whether an account exists. */
export default async function CheckEmailPage() {
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
