import { partnerSourceForPage } from "@/server/supporter-actions/partner";
import type { PartnerSourceChoice } from "@/lib/partner-source";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getChannelCampaign, listChannelOffers, type ChannelCampaign, type ChannelOffer } from "@/db/queries/supporter-actions";
import { countryName } from "@/lib/format";
import { routes } from "@/lib/routes";
import { ChannelPage, CountryPicker, didItLabels, supporterCountryOptions, TargetHeading } from "../email/_channel/channel-page";
import { DidItForm } from "../email/_channel/did-it-form";
import { mailtoHref } from "../email/_channel/links";
import { reportLetterSent } from "../email/_channel/self-report-actions";
import { channelLanguages, newIdempotencyKey, supporterCountry } from "../email/_channel/server";
import { TemplateLanguageLine, TemplateLanguageSwitch } from "@/components/campaign/template-language";
import { languageDirection } from "@/lib/templates/language";
import { postItFields } from "./fields";
import { letterFor, recipientLines } from "./letter";
import { PdfForm } from "./pdf-form";
import { isolate } from "@/i18n/bidi";
import { campaignTitleIn } from "@/components/campaign/campaign-title";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ country?: string | string[]; pdfError?: string | string[]; target?: string | string[]; lang?: string | string[]; source?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [campaign, t] = await Promise.all([getChannelCampaign(slug, "letter"), getTranslations("Channels")]);
  return { title: campaign ? t("post.metaTitle", { title: await campaignTitleIn(slug, campaign.title) }) : undefined, robots: { index: false } };
}

export default async function PostItPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const campaign = await getChannelCampaign(slug, "letter");
  if (!campaign?.offersKind) notFound();
  // The partner that brought the supporter (?source=, ADR 0029): an unknown code is simply none.
  const source = await partnerSourceForPage(campaign.id, query.source);
  const [t, locale, country, languages] = await Promise.all([
    getTranslations("Channels"),
    getLocale(),
    supporterCountry(query.country),
    channelLanguages(campaign, "letter", query.lang),
  ]);
  const offers = campaign.collecting ? await listChannelOffers(campaign.id, "letter", country, languages.preference) : [];
  const withLetters = offers.filter((offer) => offer.template);
  const pdfError = typeof query.pdfError === "string" ? query.pdfError : null;
  const errorTarget = typeof query.target === "string" ? query.target : null;

  return (
    <ChannelPage campaign={campaign} title={t("post.title")} lead={t("post.lead")} collecting={campaign.collecting}>
      <CountryPicker path={routes.postItYourself(slug)} country={country} lang={languages.asked} source={source?.code} />
      <TemplateLanguageSwitch
        current={languages.asked ?? withLetters[0]?.template?.language ?? ""}
        available={languages.available}
        path={routes.postItYourself(slug)}
        query={{ country }}
      />
      {withLetters.length === 0 ? <p>{t("noTargets")}</p> : null}
      {withLetters.map((offer, index) => (
        <PostItTarget
          key={offer.target.target.id}
          source={source}
          campaign={campaign}
          offer={offer}
          index={index}
          country={country}
          locale={locale}
          lang={languages.asked}
          pdfError={errorTarget === offer.target.target.id || (!errorTarget && index === 0) ? pdfError : null}
        />
      ))}
    </ChannelPage>
  );
}

async function PostItTarget({
  campaign,
  offer,
  index,
  country,
  locale,
  lang,
  pdfError,
  source,
}: {
  campaign: ChannelCampaign;
  offer: ChannelOffer;
  index: number;
  country: string | null;
  locale: string;
  /** The language the supporter asked for (?lang=, already checked), kept by the PDF form. */
  lang: string | null;
  pdfError: string | null;
  source: PartnerSourceChoice | null;
}) {
  const [t, tValidation, countries, postedLabels, sentLabels] = await Promise.all([
    getTranslations("Channels"),
    getTranslations("Validation"),
    supporterCountryOptions(),
    didItLabels("letter"),
    didItLabels("letterByEmail"),
  ]);
  const headingId = `target-${index}`;
  const preview = letterFor(campaign, offer, { name: null, city: null, country, personal: null }, locale)!;
  const address = recipientLines(offer, preview.language);
  const email = offer.target.contactable ? offer.target.email : null;
  const errorFor = (field: string) =>
    pdfError === field ? [field === "name" ? tValidation("required") : tValidation("invalid")] : undefined;
  return (
    <section aria-labelledby={headingId} className="space-y-6 border-t border-line pt-8">
      <TargetHeading target={offer.target} id={headingId} />
      {offer.template?.reason ? (
        <TemplateLanguageLine
          text="letter"
          choice={{ language: offer.template.language, reason: offer.template.reason }}
          targetName={[offer.target.target.honorific, offer.target.target.name].filter(Boolean).join(" ")}
        />
      ) : null}
      <div>
        <h3 className="font-semibold">{t("post.address")}</h3>
        <address className="mt-2 whitespace-pre-line not-italic">{address.join("\n")}</address>
      </div>
      <details className="rounded-lg border border-line bg-surface p-4">
        <summary className="cursor-pointer font-semibold">{t("post.preview")}</summary>
        <p lang={preview.language} dir={languageDirection(preview.language)} className="mt-3 font-serif whitespace-pre-line">
          {preview.body}
        </p>
      </details>
      <PdfForm
        action={`${routes.postItYourself(campaign.slug)}/pdf`}
        formId={`pdf-${index}`}
        targetId={offer.target.target.id}
        country={country}
        lang={lang}
        countryLabel={country ? countryName(country, locale) : t("countryNotGiven")}
        limits={postItFields}
        errors={{ name: errorFor("name"), city: errorFor("city"), personal: errorFor("personal") }}
        labels={{
          heading: t("post.pdfHeading"),
          lead: t("post.pdfLead"),
          name: t("post.name"),
          city: t("post.city"),
          country: t("post.country"),
          personal: t("post.personal"),
          personalHint: t("post.personalHint", { limit: postItFields.personal }),
          optional: t("optional"),
          submit: t("post.download"),
        }}
      />
      {email ? (
        <p>
          <a
            href={mailtoHref(email, preview.subject, preview.body)}
            className="inline-flex min-h-11 items-center rounded-md border border-brand px-5 py-2 font-semibold text-brand hover:bg-brand-soft"
          >
            {isolate((v) => t("post.mailto", v), { address: email })}
          </a>
        </p>
      ) : null}
      <div className="grid gap-6 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2">
        <DidItForm
          source={source}
          action={reportLetterSent}
          campaignSlug={campaign.slug}
          targetId={offer.target.target.id}
          idempotencyKey={newIdempotencyKey()}
          defaultCountry={country}
          countries={countries}
          labels={postedLabels}
          formId={`posted-${index}`}
        />
        {email ? (
          <DidItForm
            source={source}
            action={reportLetterSent}
            campaignSlug={campaign.slug}
            targetId={offer.target.target.id}
            idempotencyKey={newIdempotencyKey()}
            defaultCountry={country}
            countries={countries}
            labels={sentLabels}
            formId={`sent-${index}`}
          />
        ) : null}
      </div>
    </section>
  );
}
