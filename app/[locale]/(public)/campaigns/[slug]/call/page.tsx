import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getChannelCampaign, listChannelOffers, type ChannelTarget } from "@/db/queries/supporter-actions";
import { actionPath } from "@/lib/routes";
import { renderTemplate } from "@/lib/templates/render";
import { ChannelPage, CountryPicker, didItLabels, supporterCountryOptions, TargetHeading } from "../email/_channel/channel-page";
import { DidItForm } from "../email/_channel/did-it-form";
import { telHref } from "../email/_channel/links";
import { reportCallMade } from "../email/_channel/self-report-actions";
import { callNoteMaxLength } from "@/server/supporter-actions/fields";
import { commonTemplateValues, fillInFallbacks, newIdempotencyKey, supporterCountry } from "../email/_channel/server";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ country?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [campaign, t] = await Promise.all([getChannelCampaign(slug, "call"), getTranslations("Channels")]);
  return { title: campaign ? t("call.metaTitle", { title: campaign.title }) : undefined, robots: { index: false } };
}

export default async function CallPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const campaign = await getChannelCampaign(slug, "call");
  if (!campaign?.offersKind) notFound();
  const [t, locale, country] = await Promise.all([getTranslations("Channels"), getLocale(), supporterCountry(query.country)]);
  const offers = campaign.collecting ? await listChannelOffers(campaign.id, "call", country) : [];
  const [labels, countries, fallbacks] = await Promise.all([didItLabels("call"), supporterCountryOptions(), fillInFallbacks()]);

  return (
    <ChannelPage campaign={campaign} title={t("call.title")} lead={t("call.lead")} collecting={campaign.collecting}>
      <CountryPicker path={actionPath(slug, "call")} country={country} />
      {offers.length === 0 ? <p>{t("noTargets")}</p> : null}
      {offers.map((offer, index) => {
        const script = offer.template
          ? renderTemplate(offer.template.body, commonTemplateValues(campaign, offer.target.target, locale), { fallbacks })
          : "";
        const headingId = `target-${index}`;
        return (
          <section key={offer.target.target.id} aria-labelledby={headingId} className="space-y-4 border-t border-line pt-8">
            <TargetHeading target={offer.target} id={headingId} />
            <PhoneLink target={offer.target} />
            {script ? (
              <div className="rounded-lg border border-line bg-surface p-4">
                <h3 className="font-semibold">{t("call.script")}</h3>
                <p lang={offer.template?.language} className="mt-2 font-serif whitespace-pre-line">
                  {script}
                </p>
              </div>
            ) : null}
            <DidItForm
              action={reportCallMade}
              campaignSlug={slug}
              targetId={offer.target.target.id}
              idempotencyKey={newIdempotencyKey()}
              defaultCountry={country}
              countries={countries}
              labels={labels}
              formId={`call-done-${index}`}
              noteMaxLength={callNoteMaxLength}
            />
          </section>
        );
      })}
    </ChannelPage>
  );
}

async function PhoneLink({ target }: { target: ChannelTarget }) {
  const t = await getTranslations("Channels");
  if (!target.phone) return <p>{t("call.noNumber")}</p>;
  if (!target.contactable) return <p>{t("call.exampleNumber", { number: target.phone })}</p>;
  const href = telHref(target.phone);
  if (!href) return <p>{target.phone}</p>;
  return (
    <p>
      <a
        href={href}
        className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark"
      >
        {t("call.dial", { number: target.phone })}
      </a>
    </p>
  );
}
