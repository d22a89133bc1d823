import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account");
  return { title: t("deletedMetaTitle"), robots: { index: false } };
}

/** Where the deletion lands; the account no longer exists, so it asks for no sign-in. */
export default async function DataDeletedPage() {
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
