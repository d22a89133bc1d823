import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { embedMetadata } from "@/components/embed/embed-metadata";
import { getCampaignForAction } from "@/db/queries/signatures";
import { countryCodes } from "@/lib/countries";
import { countryOptions } from "@/lib/format";
import { partnerSourceForPage } from "@/server/supporter-actions/partner";
import { collectionGateFor } from "@/server/supporter-actions/gate";
import { signOnFormLabels } from "../form-labels";
import { SignOnForm } from "../sign-on-form";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ source?: string | string[] }> };

const campaignBySlug = cache(getCampaignForAction);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [campaign, t] = await Promise.all([campaignBySlug(slug), getTranslations("SupporterActions.signOn")]);
  if (!campaign) notFound();
  return embedMetadata(slug, campaign.title, (title) => t("metaTitle", { campaign: title }));
}

/** The organisations' sign-on form alone, for partner sites to frame (ADR 0030): the same form and action as the sign-on page. */
export default async function SignOnEmbed({ params, searchParams }: Props) {
  // Per request: the strict policy's nonce and the campaign's frame-ancestors (proxy.ts).
  await connection();
  const { slug } = await params;
  const campaign = await campaignBySlug(slug);
  if (!campaign || !campaign.actionKinds.includes("org_signon")) notFound();
  // The partner named by the frame's ?source= (ADR 0029), passed on like the kind page does.
  const source = await partnerSourceForPage(campaign.id, (await searchParams).source);
  const [gate, t, locale] = await Promise.all([collectionGateFor(campaign, "org_signon"), getTranslations("SupporterActions.signOn"), getLocale()]);
  return (
    <EmbedFrame slug={slug} title={campaign.title} heading={t("heading")}>
      {campaign.highRisk ? <p className="mb-4 rounded-md bg-tone-amber-soft p-3 text-sm text-tone-amber">{t("highRiskNote")}</p> : null}
      {gate.open ? (
        <SignOnForm campaignSlug={slug} idempotencyKey={randomUUID()} countries={countryOptions([...countryCodes], locale)} labels={await signOnFormLabels(slug, "embed")} source={source} />
      ) : (
        <p role="status" className="rounded-md bg-tone-grey-soft p-3">
          {gate.message}
        </p>
      )}
    </EmbedFrame>
  );
}
