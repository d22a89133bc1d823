import { partnerSourceForPage } from "@/server/supporter-actions/partner";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getChannelCampaign, listChannelOffers, type ChannelOffer } from "@/db/queries/supporter-actions";
import { actionPath } from "@/lib/routes";
import { renderTemplate } from "@/lib/templates/render";
import { ChannelPage, CountryPicker, didItLabels, supporterCountryOptions, TargetHeading } from "./_channel/channel-page";
import { DidItForm } from "./_channel/did-it-form";
import { ChannelHealthNote } from "./_channel/health-note";
import { reportChannelProblem } from "./_channel/report-actions";
import { ReportProblemForm } from "./_channel/report-form";
import { mailtoHref } from "./_channel/links";
import { reportEmailSent } from "./_channel/self-report-actions";
import { channelLanguages, commonTemplateValues, fillInFallbacks, newIdempotencyKey, supporterCountry } from "./_channel/server";
import { TemplateLanguageLine, TemplateLanguageSwitch } from "@/components/campaign/template-language";
import { languageDirection } from "@/lib/templates/language";
import { isolate } from "@/i18n/bidi";
import { campaignTitleIn } from "@/components/campaign/campaign-title";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ country?: string | string[]; lang?: string | string[]; source?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [campaign, t] = await Promise.all([getChannelCampaign(slug, "email"), getTranslations("Channels")]);
  return { title: campaign ? t("email.metaTitle", { title: await campaignTitleIn(slug, campaign.title) }) : undefined, robots: { index: false } };
}

export default async function EmailPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const campaign = await getChannelCampaign(slug, "email");
  if (!campaign?.offersKind) notFound();
  // The partner that brought the supporter (?source=, ADR 0029): an unknown code is simply none.
  const source = await partnerSourceForPage(campaign.id, query.source);
  const [t, locale, country, languages] = await Promise.all([
    getTranslations("Channels"),
    getLocale(),
    supporterCountry(query.country),
    channelLanguages(campaign, "email", query.lang),
  ]);
  const offers = campaign.collecting ? await listChannelOffers(campaign.id, "email", country, languages.preference) : [];
  const [labels, countries, fallbacks, tHealth] = await Promise.all([
    didItLabels("email"),
    supporterCountryOptions(),
    fillInFallbacks(),
    getTranslations("ChannelHealth.report"),
  ]);

  return (
    <ChannelPage campaign={campaign} title={t("email.title")} lead={t("email.lead")} collecting={campaign.collecting}>
      <CountryPicker path={actionPath(slug, "email")} country={country} lang={languages.asked} source={source?.code} />
      <TemplateLanguageSwitch
        current={languages.asked ?? offers.find((offer) => offer.template)?.template?.language ?? ""}
        available={languages.available}
        path={actionPath(slug, "email")}
        query={{ country }}
      />
      {offers.length === 0 ? <p>{t("noTargets")}</p> : null}
      {offers.map((offer, index) => {
        const values = commonTemplateValues(campaign, offer.target.target, locale);
        const subject = renderTemplate(offer.template?.subject ?? campaign.title, values);
        const body = offer.template ? renderTemplate(offer.template.body, values, { fallbacks }) : "";
        const headingId = `target-${index}`;
        return (
          <section key={offer.target.target.id} aria-labelledby={headingId} className="space-y-4 border-t border-line pt-8">
            <TargetHeading target={offer.target} id={headingId} />
            <ChannelHealthNote target={offer.target} campaignSlug={slug} />
            {offer.target.problem ? null : (
              <>
            {offer.template?.reason ? (
              <TemplateLanguageLine
                text="email"
                choice={{ language: offer.template.language, reason: offer.template.reason }}
                targetName={[offer.target.target.honorific, offer.target.target.name].filter(Boolean).join(" ")}
              />
            ) : null}
            <EmailLink offer={offer} subject={subject} body={body} />
            {body ? (
              <details className="rounded-lg border border-line bg-surface p-4">
                <summary className="cursor-pointer font-semibold">{t("email.preview")}</summary>
                <p className="mt-3 font-semibold">{subject}</p>
                <p lang={offer.template?.language} dir={offer.template ? languageDirection(offer.template.language) : "auto"} className="mt-2 font-serif whitespace-pre-line">
                  {body}
                </p>
              </details>
            ) : null}
            <DidItForm
              source={source}
              action={reportEmailSent}
              campaignSlug={slug}
              targetId={offer.target.target.id}
              idempotencyKey={newIdempotencyKey()}
              defaultCountry={country}
              countries={countries}
              labels={labels}
              formId={`email-done-${index}`}
            />
            {offer.target.email && offer.target.contactable ? (
              <ReportProblemForm
                action={reportChannelProblem}
                campaignSlug={slug}
                targetId={offer.target.target.id}
                channel="email"
                labels={{ lead: tHealth("leadEmail"), submit: tHealth("submitEmail"), pending: tHealth("pending") }}
                formId={`email-report-${index}`}
              />
            ) : null}
              </>
            )}
          </section>
        );
      })}
    </ChannelPage>
  );
}

async function EmailLink({ offer, subject, body }: { offer: ChannelOffer; subject: string; body: string }) {
  const t = await getTranslations("Channels");
  const { email, contactable } = offer.target;
  if (!email) return <p>{t("email.noAddress")}</p>;
  if (!contactable) return <p>{isolate((v) => t("email.exampleAddress", v), { address: email })}</p>;
  return (
    <p>
      <a
        href={mailtoHref(email, subject, body)}
        className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark"
      >
        {isolate((v) => t("email.open", v), { address: email })}
      </a>
    </p>
  );
}
