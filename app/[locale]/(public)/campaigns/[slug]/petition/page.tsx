import { partnerSourceForPage } from "@/server/supporter-actions/partner";
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "@/i18n/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { countryCodes, knownCountry } from "@/lib/countries";
import { getCampaignForAction, listLetterTemplates } from "@/db/queries/signatures";
import { resolveSupporterTargets } from "@/db/queries/supporter-targets";
import { countryOptions } from "@/lib/format";
import { requestMeta } from "@/lib/request-meta";
import { actionPath, routes } from "@/lib/routes";
import { renderTemplate } from "@/lib/templates/render";
import { personalTextLimit as commentLimit } from "@/server/supporter-actions/fields";
import { collectionGateFor } from "@/server/supporter-actions/gate";
import { addressBlock, pickTemplate } from "../letter/letter-preview";
import { PetitionForm } from "./petition-form";
import { petitionFormLabels } from "./form-labels";
import { CampaignTitleLine, campaignTitleIn } from "@/components/campaign/campaign-title";
import { TemplateLanguage } from "@/components/campaign/template-language";
import { listTemplateLanguages } from "@/db/queries/template-languages";
import { chooseLanguage, languageDirection } from "@/lib/templates/language";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ lang?: string | string[]; source?: string | string[] }> };

const campaignBySlug = cache(getCampaignForAction);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [campaign, t] = await Promise.all([campaignBySlug(slug), getTranslations("SupporterActions.petition")]);
  if (!campaign) notFound();
  return { title: t("metaTitle", { campaign: await campaignTitleIn(slug, campaign.title) }), robots: { index: false } };
}

/**
 * A petition to an intergovernmental body: one text, addressed to the
 * campaign's fixed recipients whatever the signer's country, signed with name,
 * email and country and confirmed by email like a letter.
 */
export default async function PetitionPage({ params, searchParams }: Props) {
  const [{ slug }, { lang, source: askedSource }] = await Promise.all([params, searchParams]);
  const campaign = await campaignBySlug(slug);
  if (!campaign || !campaign.actionKinds.includes("petition")) notFound();
  // The partner that brought the supporter (?source=, ADR 0029): an unknown code is simply none.
  const source = await partnerSourceForPage(campaign.id, askedSource);
  const [targets, texts, languages, gate, t, tKind, locale, requestHeaders] = await Promise.all([
    resolveSupporterTargets(campaign.id, "petition", null),
    listLetterTemplates(campaign.id, "petition"),
    listTemplateLanguages(campaign.id, "petition"),
    collectionGateFor(campaign, "petition"),
    getTranslations("SupporterActions.petition"),
    getTranslations("Enums.targetKind"),
    getLocale(),
    headers(),
  ]);
  const recipients = targets.map(({ target }) => target);
  // The text's language: ?lang= when the campaign wrote it, else the reader's, the first recipient's, the campaign's own.
  const choice = chooseLanguage(languages, Array.isArray(lang) ? lang[0] : lang, {
    locale,
    targetLanguage: recipients[0]?.language ?? null,
    sourceLocale: campaign.sourceLocale,
  });
  const text = pickTemplate(texts, choice?.language ?? locale);
  const recipientNames = recipients.map((target) => [target.honorific, target.name].filter(Boolean).join(" ")).join(", ");

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

      <section aria-labelledby="recipient-heading" className="mt-10">
        <h2 id="recipient-heading" className="text-2xl font-semibold">
          {t("recipientHeading")}
        </h2>
        {recipients.length === 0 ? (
          <p className="mt-3">{t("recipientNone")}</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {recipients.map((target) => (
              <li key={target.id} className="rounded-lg border border-line bg-surface p-4">
                <p className="text-xs tracking-wide text-muted uppercase">{tKind(target.kind)}</p>
                <address className="mt-1 not-italic">
                  {addressBlock(target, locale).map((line, index) => (
                    <span key={line} className={index === 0 ? "block font-semibold" : "block"}>
                      {line}
                    </span>
                  ))}
                </address>
                {target.isExample ? <p className="mt-2 text-sm text-muted">{t("recipientExample")}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="text-heading" className="mt-10">
        <h2 id="text-heading" className="text-2xl font-semibold">
          {t("textHeading")}
        </h2>
        {choice ? (
          <TemplateLanguage
            text="petition"
            choice={choice}
            available={languages}
            targetName={recipients[0] ? [recipients[0].honorific, recipients[0].name].filter(Boolean).join(" ") : null}
            path={actionPath(slug, "petition")}
          />
        ) : null}
        {text ? (
          <div lang={text.language} dir={languageDirection(text.language)} data-testid="petition-text" className="mt-4 rounded-lg border border-line bg-surface p-5 shadow-sm sm:p-8">
            {text.subject ? <p className="font-semibold">{text.subject}</p> : null}
            <div className="mt-3 font-serif text-lg leading-relaxed whitespace-pre-line">
              {renderTemplate(text.body, {
                "target.name": recipientNames || null,
                "campaign.title": campaign.title,
                "defender.name": campaign.defenderNames[0] ?? null,
              })}
            </div>
          </div>
        ) : (
          <p className="mt-3 text-muted">{t("noText")}</p>
        )}
      </section>

      <section aria-labelledby="sign-heading" className="mt-10 rounded-xl border border-line bg-surface p-5 sm:p-8">
        <h2 id="sign-heading" className="text-2xl font-semibold">
          {t("formHeading")}
        </h2>
        <div className="mt-4">
          {gate.open ? (
            <PetitionForm
              source={source}
              campaignSlug={slug}
              idempotencyKey={randomUUID()}
              country={knownCountry(requestMeta(requestHeaders).country)}
              countries={countryOptions([...countryCodes], locale)}
              language={choice?.language ?? null}
              commentLimit={commentLimit}
              labels={await petitionFormLabels(slug, "page")}
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
