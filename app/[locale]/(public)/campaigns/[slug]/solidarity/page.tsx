import { partnerSourceForPage } from "@/server/supporter-actions/partner";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getChannelCampaign, getGeneralTemplate } from "@/db/queries/supporter-actions";
import { renderTemplate } from "@/lib/templates/render";
import { ChannelPage, supporterCountryOptions } from "../email/_channel/channel-page";
import { commonTemplateValues, newIdempotencyKey, supporterCountry } from "../email/_channel/server";
import { defaultMessageLanguage, messageLanguages, solidarityMessageMaxLength } from "./fields";
import { SolidarityForm } from "./solidarity-form";
import { campaignTitleIn } from "@/components/campaign/campaign-title";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ country?: string | string[]; source?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [campaign, t] = await Promise.all([getChannelCampaign(slug, "solidarity"), getTranslations("Channels")]);
  return { title: campaign ? t("solidarity.metaTitle", { title: await campaignTitleIn(slug, campaign.title) }) : undefined, robots: { index: false } };
}

export default async function SolidarityPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const campaign = await getChannelCampaign(slug, "solidarity");
  if (!campaign?.offersKind) notFound();
  // The partner that brought the supporter (?source=, ADR 0029): an unknown code is simply none.
  const source = await partnerSourceForPage(campaign.id, query.source);
  const [t, tSolidarity, locale, country, countries] = await Promise.all([
    getTranslations("Channels"),
    getTranslations("Channels.solidarity"),
    getLocale(),
    supporterCountry(query.country),
    supporterCountryOptions(),
  ]);
  const prompt = await getGeneralTemplate(campaign.id, "solidarity", locale);
  const values = commonTemplateValues(campaign, null, locale);
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  const languages = messageLanguages
    .map((code) => ({ value: code, label: languageNames.of(code) ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));

  return (
    <ChannelPage
      campaign={campaign}
      title={tSolidarity("title", { names: values["defender.name"] || campaign.title })}
      lead={tSolidarity("lead")}
      collecting={campaign.collecting}
    >
      {prompt ? (
        <p lang={prompt.language} dir="auto" className="rounded-xl border-s-4 border-accent bg-accent-soft p-5 font-serif text-xl whitespace-pre-line">
          {renderTemplate(prompt.body, values)}
        </p>
      ) : null}
      <p className="text-sm text-muted">{tSolidarity("moderationNotice")}</p>
      <SolidarityForm
        source={source}
        campaignSlug={slug}
        highRisk={campaign.highRisk}
        idempotencyKey={newIdempotencyKey()}
        defaultCountry={country}
        defaultLanguage={defaultMessageLanguage(locale)}
        countries={countries}
        languages={languages}
        maxLength={solidarityMessageMaxLength}
        labels={{
          name: tSolidarity("name"),
          anonymous: tSolidarity("anonymous"),
          anonymousHint: tSolidarity("anonymousHint"),
          highRiskNotice: tSolidarity("highRiskNotice"),
          country: tSolidarity("country"),
          countryPlaceholder: t("countryNotGiven"),
          optional: t("optional"),
          message: tSolidarity("message"),
          messageHint: tSolidarity("messageHint", { limit: solidarityMessageMaxLength }),
          language: tSolidarity("language"),
          honeypot: tSolidarity("honeypot"),
          submit: tSolidarity("submit"),
          pending: t("sending"),
          doneHeading: tSolidarity("doneHeading"),
        }}
      />
    </ChannelPage>
  );
}
