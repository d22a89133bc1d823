import type { Metadata } from "next";
import Link from "@/i18n/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Organise.signInError");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ error?: string | string[] }> };

/** Auth.js sends its error code; only "Verification" (a used or expired link) gets its own words. */
export default async function SignInErrorPage({ searchParams }: Props) {
  const t = await getTranslations("Organise.signInError");
  const { error } = await searchParams;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      <p role="alert">{error === "Verification" ? t("expiredLink") : t("generic")}</p>
      <p>
        <Link href="/signin">{t("tryAgain")}</Link>
      </p>
    </div>
  );
}
