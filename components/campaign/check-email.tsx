import type { Metadata } from "next";
import { pageLocale } from "@/i18n/page-locale";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/i18n/navigation";
import { getPublishedCampaign } from "@/db/queries/public-campaign-page";
import { confirmWindowDays } from "@/db/queries/signatures";
import { routes } from "@/lib/routes";
import { campaignUrl } from "@/components/embed/embed-frame";
import { CheckEmailAnswer, type CheckEmailLabels } from "./check-email-answer";

/** "Check your email"'s words for a campaign, on a page of the site or in an embed; the forms get them too, to answer in place. */
export async function checkEmailLabels(campaignSlug: string, frame: CheckEmailLabels["frame"]): Promise<CheckEmailLabels> {
  const t = await getTranslations("SupporterActions.checkEmail");
  const words = { frame, heading: t("heading"), body: t("body"), spam: t("spam", { days: confirmWindowDays }) };
  if (frame === "page") return { ...words, back: { label: t("back"), href: routes.campaign(campaignSlug) } };
  const embed = await getTranslations("Embed");
  return { ...words, back: { label: embed("openOnInkwell"), href: await campaignUrl(campaignSlug), newWindow: embed("newWindow") } };
}

/** "Check your email": the one answer to every accepted submission, first or repeat (without JavaScript, as a page of its own). */
export async function CheckEmail({ campaignSlug }: { campaignSlug: string }) {
  return (
    <article className="mx-auto max-w-2xl px-4 py-14 sm:px-6">
      <CheckEmailAnswer labels={await checkEmailLabels(campaignSlug, "page")} />
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
