import { partnerSourceForPage } from "@/server/supporter-actions/partner";
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "@/i18n/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { countryCodes } from "@/lib/countries";
import { getCampaignForAction } from "@/db/queries/signatures";
import { countryOptions } from "@/lib/format";
import { collectionGateFor } from "@/server/supporter-actions/gate";
import { routes } from "@/lib/routes";
import { SignOnForm } from "./sign-on-form";
import { signOnFormLabels } from "./form-labels";
import { CampaignTitleLine, campaignTitleIn } from "@/components/campaign/campaign-title";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ source?: string | string[] }> };

const campaignBySlug = cache(getCampaignForAction);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [campaign, t] = await Promise.all([campaignBySlug(slug), getTranslations("SupporterActions.signOn")]);
  if (!campaign) notFound();
  return { title: t("metaTitle", { campaign: await campaignTitleIn(slug, campaign.title) }), robots: { index: false } };
}

/** Organisations co-sign the campaign's open letter here. */
export default async function SignOnPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const campaign = await campaignBySlug(slug);
  if (!campaign || !campaign.actionKinds.includes("org_signon")) notFound();
  // The partner that brought the supporter (?source=, ADR 0029): an unknown code is simply none.
  const source = await partnerSourceForPage(campaign.id, query.source);
  const [gate, t, locale] = await Promise.all([
    collectionGateFor(campaign, "org_signon"),
    getTranslations("SupporterActions.signOn"),
    getLocale(),
  ]);

  return (
    <article className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
      <p>
        <Link href={routes.campaign(slug)} className="text-brand underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="mt-4 text-4xl font-semibold tracking-tight">{t("heading")}</h1>
      <CampaignTitleLine slug={slug} original={campaign.title} />
      <p className="mt-4">{t("lead")}</p>
      {campaign.highRisk ? <p className="mt-4 rounded-md bg-tone-amber-soft p-3 text-tone-amber">{t("highRiskNote")}</p> : null}
      <div className="mt-8 rounded-xl border border-line bg-surface p-5 sm:p-8">
        {gate.open ? (
          <SignOnForm
            campaignSlug={slug}
            idempotencyKey={randomUUID()}
            countries={countryOptions([...countryCodes], locale)}
            labels={await signOnFormLabels(slug, "page")}
            source={source}
          />
        ) : (
          <p role="status" className="rounded-md bg-tone-grey-soft p-3">
            {gate.message}
          </p>
        )}
      </div>
    </article>
  );
}
