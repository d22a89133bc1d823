import type { Metadata } from "next";
import { pageLocale } from "@/i18n/page-locale";
import Link from "@/i18n/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/i18n/navigation";
import { getPublishedCampaign } from "@/db/queries/public-campaign-page";
import { confirmWindowDays } from "@/db/queries/signatures";
import { routes } from "@/lib/routes";

/** "Check your email": the one answer to every accepted submission, first or repeat. */
export async function CheckEmail({ campaignSlug }: { campaignSlug: string }) {
  const t = await getTranslations("SupporterActions.checkEmail");
  return (
    <article className="mx-auto max-w-2xl px-4 py-14 sm:px-6">
      <h1 className="text-4xl font-semibold tracking-tight">{t("heading")}</h1>
      <p className="mt-4 text-lg">{t("body")}</p>
      <p className="mt-3 text-muted">{t("spam", { days: confirmWindowDays })}</p>
      <p className="mt-8">
        <Link href={routes.campaign(campaignSlug)} className="text-brand underline">
          {t("back")}
        </Link>
      </p>
    </article>
  );
}

/** CheckEmail for a public campaign's slug; any other slug is a 404 (so the cache holds real campaigns only). */
export async function CheckEmailForCampaign({ slug }: { slug: string }) {
  const campaign = await getPublishedCampaign(slug, await requestLocale());
  if (!campaign) notFound();
  return <CheckEmail campaignSlug={campaign.slug} />;
}

export async function checkEmailMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations("SupporterActions.checkEmail");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** A sent page's campaigns are rendered on first request, none at build (each route file keeps its literal `revalidate`). */
export function noPrebuiltCampaigns(): { slug: string }[] {
  return [];
}

/** The body of every kind's /campaigns/<slug>/<segment>/sent page (lib/action-kinds.ts `sentPage`). */
export async function CheckEmailPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  await pageLocale(params);
  const { slug } = await params;
  return <CheckEmailForCampaign slug={slug} />;
}
