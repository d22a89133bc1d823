import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { getCampaignForAction } from "@/db/queries/signatures";
import { resolveSupporterTargets } from "@/db/queries/supporter-targets";
import { listTemplateLanguages } from "@/db/queries/template-languages";
import { countryCodes, knownCountry } from "@/lib/countries";
import { embedMetadata } from "@/components/embed/embed-metadata";
import { countryOptions } from "@/lib/format";
import { requestMeta } from "@/lib/request-meta";
import { chooseLanguage } from "@/lib/templates/language";
import { personalTextLimit } from "@/server/supporter-actions/fields";
import { partnerSourceForPage } from "@/server/supporter-actions/partner";
import { collectionGateFor } from "@/server/supporter-actions/gate";
import { letterFormLabels } from "../form-labels";
import { LetterForm } from "../letter-form";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ source?: string | string[] }> };

const campaignBySlug = cache(getCampaignForAction);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [campaign, t] = await Promise.all([campaignBySlug(slug), getTranslations("SupporterActions.letter")]);
  if (!campaign) notFound();
  return embedMetadata(slug, campaign.title, (title) => t("metaTitle", { campaign: title }));
}

/**
 * The letter form alone, for partner sites to frame (/embed/campaigns/<slug>/letter, ADR 0030):
 * the same form and action as the letter page; the letter itself is one click away on Inkwell.
 */
export default async function LetterEmbed({ params, searchParams }: Props) {
  const { slug } = await params;
  const campaign = await campaignBySlug(slug);
  if (!campaign || !campaign.actionKinds.includes("letter")) notFound();
  // The partner named by the frame's ?source= (ADR 0029), passed on like the kind page does.
  const source = await partnerSourceForPage(campaign.id, (await searchParams).source);
  const country = knownCountry(requestMeta(await headers()).country);
  const [targets, languages, gate, t, locale] = await Promise.all([
    resolveSupporterTargets(campaign.id, "letter", country),
    listTemplateLanguages(campaign.id, "letter"),
    collectionGateFor(campaign, "letter"),
    getTranslations("SupporterActions.letter"),
    getLocale(),
  ]);
  const choice = chooseLanguage(languages, undefined, { locale, targetLanguage: targets[0]?.target.language ?? null, sourceLocale: campaign.sourceLocale });
  return (
    <EmbedFrame slug={slug} title={campaign.title} heading={t("heading")}>
      {gate.open ? (
        <LetterForm
          campaignSlug={slug}
          idempotencyKey={randomUUID()}
          country={country}
          countries={countryOptions([...countryCodes], locale)}
          language={choice?.language ?? null}
          highRisk={campaign.highRisk}
          personalTextLimit={personalTextLimit}
          labels={await letterFormLabels(campaign.highRisk, slug, "embed")}
          source={source}
        />
      ) : (
        <p role="status" className="rounded-md bg-tone-grey-soft p-3">
          {gate.message}
        </p>
      )}
    </EmbedFrame>
  );
}
