import { partnerSourceForPage } from "@/server/supporter-actions/partner";
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "@/i18n/link";
import { notFound } from "next/navigation";
import { getLocale, getNow, getTranslations } from "next-intl/server";
import { cache } from "react";
import { countryCodes, knownCountry } from "@/lib/countries";
import { getCampaignForAction, listLetterTemplates } from "@/db/queries/signatures";
import { resolveSupporterTargets } from "@/db/queries/supporter-targets";
import { countryOptions } from "@/lib/format";
import { collectionGateFor } from "@/server/supporter-actions/gate";
import { requestMeta } from "@/lib/request-meta";
import { actionPath, routes } from "@/lib/routes";
import { personalTextLimit } from "@/server/supporter-actions/fields";
import { LetterForm } from "./letter-form";
import { letterFormLabels } from "./form-labels";
import { LetterPreview } from "./letter-preview";
import { LetterTargets } from "./letter-targets";
import { CampaignTitleLine, campaignTitleIn } from "@/components/campaign/campaign-title";
import { TemplateLanguage } from "@/components/campaign/template-language";
import { listTemplateLanguages } from "@/db/queries/template-languages";
import { askedLanguage, chooseLanguage } from "@/lib/templates/language";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ country?: string | string[]; lang?: string | string[]; source?: string | string[] }> };

const campaignBySlug = cache(getCampaignForAction);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [campaign, t] = await Promise.all([campaignBySlug(slug), getTranslations("SupporterActions.letter")]);
  if (!campaign) notFound();
  return { title: t("metaTitle", { campaign: await campaignTitleIn(slug, campaign.title) }), robots: { index: false } };
}

/** The country from ?country= (the "Change" form), else a guess from Accept-Language; never from the IP. */
async function chosenCountry(searchParams: Props["searchParams"]): Promise<string | null> {
  const { country } = await searchParams;
  const asked = knownCountry(Array.isArray(country) ? country[0] : country);
  return asked ?? knownCountry(requestMeta(await headers()).country);
}

export default async function LetterPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const campaign = await campaignBySlug(slug);
  if (!campaign || !campaign.actionKinds.includes("letter")) notFound();
  const country = await chosenCountry(searchParams);
  const [targets, templates, languages, gate, t, tForm, locale, now] = await Promise.all([
    resolveSupporterTargets(campaign.id, "letter", country),
    listLetterTemplates(campaign.id),
    listTemplateLanguages(campaign.id, "letter"),
    collectionGateFor(campaign, "letter"),
    getTranslations("SupporterActions.letter"),
    getTranslations("SupporterActions.form"),
    getLocale(),
    getNow(),
  ]);
  const countries = countryOptions([...countryCodes], locale);
  // The letter's language: ?lang= when the campaign wrote it, else the reader's, the first target's, the campaign's own.
  const { lang, source: askedSource } = await searchParams;
  // The partner that brought the supporter (?source=, ADR 0029): an unknown code is simply none.
  const source = await partnerSourceForPage(campaign.id, askedSource);
  const asked = askedLanguage(languages, Array.isArray(lang) ? lang[0] : lang);
  const firstTarget = targets[0]?.target ?? null;
  const choice = chooseLanguage(languages, asked, { locale, targetLanguage: firstTarget?.language ?? null, sourceLocale: campaign.sourceLocale });
  const languageLine = choice ? (
    <TemplateLanguage
      text="letter"
      choice={choice}
      available={languages}
      targetName={firstTarget ? [firstTarget.honorific, firstTarget.name].filter(Boolean).join(" ") : null}
      path={actionPath(slug, "letter")}
      query={{ country }}
    />
  ) : null;

  return (
    <article className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <p>
        <Link href={routes.campaign(slug)} className="text-brand underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="mt-4 text-4xl font-semibold tracking-tight">{t("heading")}</h1>
      <CampaignTitleLine slug={slug} original={campaign.title} />
      <p className="mt-4">{t("lead")}</p>

      <section aria-labelledby="country-heading" className="mt-10">
        <h2 id="country-heading" className="text-2xl font-semibold">
          {t("countryHeading")}
        </h2>
        <p className="mt-1 text-muted">{t("countryLead")}</p>
        <form method="get" className="mt-3 flex flex-wrap items-end gap-3">
          {asked ? <input type="hidden" name="lang" value={asked} /> : null}
          {source ? <input type="hidden" name="source" value={source.code} /> : null}
          <div className="flex min-w-60 flex-col gap-1">
            <label htmlFor="change-country" className="font-semibold">
              {t("countryHeading")}
            </label>
            <select
              id="change-country"
              name="country"
              defaultValue={country ?? ""}
              className="h-11 rounded-md border border-line bg-surface px-3 text-base shadow-sm"
            >
              <option value="">{tForm("countryPlaceholder")}</option>
              {countries.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="h-11 rounded-md border border-brand px-4 font-semibold text-brand hover:bg-brand-soft">
            {t("change")}
          </button>
        </form>
      </section>

      <LetterTargets targets={targets} country={country} />

      {targets.length > 0 ? (
        <section aria-labelledby="preview-heading" className="mt-10">
          <h2 id="preview-heading" className="text-2xl font-semibold">
            {t("previewHeading")}
          </h2>
          {languageLine}
          <div className="mt-4 space-y-6">
            {targets.map(({ target }) => (
              <LetterPreview
                key={target.id}
                target={target}
                templates={templates}
                language={choice?.language ?? null}
                defenderName={campaign.defenderNames[0] ?? null}
                campaignTitle={campaign.title}
                supporterCountry={country}
                now={now}
              />
            ))}
          </div>
        </section>
      ) : (
        languageLine
      )}

      <section aria-labelledby="sign-heading" className="mt-10 rounded-xl border border-line bg-surface p-5 sm:p-8">
        <h2 id="sign-heading" className="text-2xl font-semibold">
          {t("formHeading")}
        </h2>
        <div className="mt-4">
          {gate.open ? (
            <LetterForm
              campaignSlug={slug}
              idempotencyKey={randomUUID()}
              country={country}
              countries={countries}
              language={choice?.language ?? null}
              highRisk={campaign.highRisk}
              personalTextLimit={personalTextLimit}
              labels={await letterFormLabels(campaign.highRisk, slug, "page")}
              source={source}
            />
          ) : (
            <p role="status" className="rounded-md bg-tone-grey-soft p-3">
              {gate.message}
            </p>
          )}
        </div>
      </section>
    </article>
  );
}
