import type { Metadata } from "next";
import { pageLocale } from "@/i18n/page-locale";
import Link from "@/i18n/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations("Account");
  return { title: t("deletedMetaTitle"), robots: { index: false } };
}

/** Where the deletion lands; the account no longer exists, so it asks for no sign-in. */
export default async function DataDeletedPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations("Account");
  return (
    <div className="mx-auto max-w-2xl px-4 py-14 sm:px-6">
      <h1 className="text-4xl font-semibold tracking-tight">{t("deletedHeading")}</h1>
      <p className="mt-4 text-lg" role="status">
        {t("deletedText")}
      </p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-brand underline">
          {t("backHome")}
        </Link>
      </p>
    </div>
  );
}
