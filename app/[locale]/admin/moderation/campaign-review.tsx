import Link from "@/i18n/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Markdown } from "@/components/ui/markdown";
import type { CampaignForReview } from "@/db/queries/campaign-review";
import { countryName } from "@/lib/format";
import { languageName, originalLanguage, sourceLocaleOf } from "@/lib/translations";
import { ConsentOverrideForm } from "./consent-override-form";
import { kindMessageKey, templateKindMessageKey } from "@/lib/action-kinds";

/**
 * A campaign in review, in full: what it says, whom it names (with their
 * consent record), whom it addresses and the prepared texts, with the way to
 * its preview. Admins decide from this, not from the one-line summary.
 */
export async function CampaignReview({ campaign, canOverride }: { campaign: CampaignForReview; canOverride: boolean }) {
  const locale = await getLocale();
  const [t, tc, consentText, kinds, templateKinds, rules, format] = await Promise.all([
    getTranslations("AdminModeration.campaign"),
    getTranslations("AdminModeration.consent"),
    getTranslations("Organise.consent.statuses"),
    getTranslations(),
    getTranslations(),
    getTranslations("Enums.targetRule"),
    getFormatter(),
  ]);
  const { consent } = campaign;
  const blocked = !consent.publishable;
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/campaigns/${campaign.slug}/preview`} prefetch={false} className="font-semibold">
          {t("preview")}
        </Link>
      </p>

      <section aria-labelledby="review-campaign-heading" className="flex flex-col gap-3">
        <h2 id="review-campaign-heading" className="text-2xl font-semibold">
          {campaign.title}
        </h2>
        <p className="text-lg text-muted">{campaign.summary}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">{t("address")}</dt>
          <dd>/campaigns/{campaign.slug}</dd>
          <dt className="font-semibold">{t("actions")}</dt>
          <dd>{campaign.actionKinds.length ? campaign.actionKinds.map((kind) => kinds(kindMessageKey(kind, "label"))).join(", ") : t("none")}</dd>
          <dt className="font-semibold">{t("goal")}</dt>
          <dd>{campaign.goal ? format.number(campaign.goal) : t("none")}</dd>
          <dt className="font-semibold">{t("deadline")}</dt>
          <dd>{campaign.deadline ? format.dateTime(campaign.deadline, { dateStyle: "long" }) : t("none")}</dd>
          <dt className="font-semibold">{t("hashtags")}</dt>
          <dd>{campaign.hashtags.length ? campaign.hashtags.map((tag) => `#${tag}`).join(" ") : t("none")}</dd>
          <dt className="font-semibold">{t("highRisk")}</dt>
          <dd>{campaign.highRisk ? t("yes") : t("no")}</dd>
        </dl>
      </section>

      <section aria-labelledby="review-ask-heading">
        <h2 id="review-ask-heading" className="mb-2 text-xl font-semibold">
          {t("ask")}
        </h2>
        <p className="rounded-md border-s-4 border-accent bg-accent-soft p-3 font-serif text-lg">{campaign.ask || t("none")}</p>
      </section>

      <section aria-labelledby="review-story-heading">
        <h2 id="review-story-heading" className="mb-2 text-xl font-semibold">
          {t("story")}
        </h2>
        {campaign.storyMarkdown ? (
          <div className="rounded-md border border-line bg-surface p-4">
            <Markdown>{campaign.storyMarkdown}</Markdown>
          </div>
        ) : (
          <p className="text-muted">{t("none")}</p>
        )}
      </section>

      <CampaignVersions campaign={campaign} />

      <section aria-labelledby="review-defenders-heading" className="flex flex-col gap-3">
        <h2 id="review-defenders-heading" className="text-xl font-semibold">
          {t("defenders")}
        </h2>
        {campaign.defenders.length === 0 ? <p className="text-muted">{t("noDefenders")}</p> : null}
        <ul className="flex flex-col gap-2">
          {campaign.defenders.map((defender) => (
            <li key={defender.id} className="rounded-md border border-line bg-surface p-3" aria-label={defender.name}>
              <p className="flex flex-wrap items-center gap-2">
                <bdi className="font-semibold">{defender.name}</bdi>
                <span className="text-muted">{countryName(defender.country, locale)}</span>
                <Badge tone={defender.consenting ? "green" : "red"}>{t("consentLine", { status: consentText(defender.consentStatus) })}</Badge>
                {defender.quiet ? <Badge tone="amber">{t("quiet")}</Badge> : null}
              </p>
              {defender.consentGivenBy || defender.consentMethod || defender.consentGivenOn ? (
                <p className="text-sm">
                  {t("consentDetail", {
                    by: defender.consentGivenBy ?? "—",
                    method: defender.consentMethod ?? "—",
                    on: defender.consentGivenOn ?? "—",
                  })}
                </p>
              ) : null}
              {defender.consentNote ? <p className="text-sm text-muted">{defender.consentNote}</p> : null}
            </li>
          ))}
        </ul>
        {consent.override ? (
          <p role="status" className="rounded-md bg-tone-blue-soft p-3 text-tone-blue">
            {tc("overrideStands", {
              who: consent.override.by ?? tc("someone"),
              when: format.dateTime(new Date(consent.override.at), { dateStyle: "medium", timeStyle: "short" }),
              reason: consent.override.reason,
            })}
          </p>
        ) : null}
        {blocked ? (
          <>
            <p role="status" className="rounded-md bg-tone-red-soft p-3 font-semibold text-tone-red">
              {tc("blocked", { names: consent.gaps.map((gap) => gap.name).join(", ") })}
            </p>
            {canOverride ? (
              <ConsentOverrideForm
                campaignId={campaign.id}
                labels={{
                  legend: tc("legend"),
                  explain: tc("explain"),
                  reason: tc("reason"),
                  reasonHint: tc("reasonHint"),
                  submit: tc("submit"),
                  pending: tc("pending"),
                }}
              />
            ) : null}
          </>
        ) : null}
      </section>

      <section aria-labelledby="review-targets-heading">
        <h2 id="review-targets-heading" className="mb-2 text-xl font-semibold">
          {t("targets")}
        </h2>
        {campaign.targets.length === 0 ? <p className="text-muted">{t("noTargets")}</p> : null}
        <ul className="flex flex-col gap-2">
          {campaign.targets.map((target) => (
            <li key={target.id} className="rounded-md border border-line bg-surface p-3">
              <p className="font-semibold">
                {rules(target.rule)}
                {target.responsibleState ? ` · ${t("responsibleState", { state: countryName(target.responsibleState, locale) })}` : ""}
              </p>
              {target.targetName ? (
                <p>
                  {[target.targetName, target.targetTitle, target.hostCountry ? countryName(target.hostCountry, locale) : null].filter(Boolean).join(", ")}
                  {target.isExample ? ` (${t("example")})` : ""}
                </p>
              ) : null}
              {target.email || target.phone || target.xHandle ? (
                <p className="text-sm text-muted">{[target.email, target.phone, target.xHandle ? `@${target.xHandle.replace(/^@/, "")}` : null].filter(Boolean).join(" · ")}</p>
              ) : null}
              <p className="text-sm">
                {t("for", { kinds: target.actionKinds.length ? target.actionKinds.map((kind) => kinds(kindMessageKey(kind, "label"))).join(", ") : t("everyKind") })}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="review-templates-heading">
        <h2 id="review-templates-heading" className="mb-2 text-xl font-semibold">
          {t("templates")}
        </h2>
        {campaign.templates.length === 0 ? <p className="text-muted">{t("noTemplates")}</p> : null}
        <ul className="flex flex-col gap-2">
          {campaign.templates.map((template) => (
            <li key={template.id} className="rounded-md border border-line bg-surface p-3">
              <p className="font-semibold">
                {t("templateSlot", { kind: templateKinds(templateKindMessageKey(template.kind)), language: template.language, target: template.targetName ?? "none" })}
              </p>
              {template.subject ? <p className="text-sm">{t("subject", { subject: template.subject })}</p> : null}
              <blockquote className="mt-1 border-s-4 border-line ps-3 whitespace-pre-wrap">{template.body}</blockquote>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** What the campaign says in its other languages (campaign_translations): reviewed with the original, since they show on the public page. */
async function CampaignVersions({ campaign }: { campaign: CampaignForReview }) {
  const [t, locale] = await Promise.all([getTranslations("AdminModeration.campaign"), getLocale()]);
  return (
    <section aria-labelledby="review-versions-heading" className="flex flex-col gap-3">
      <h2 id="review-versions-heading" className="text-xl font-semibold">
        {t("versionsHeading")}
      </h2>
      <p className="text-sm text-muted">{t("originalLanguage", { language: languageName(campaign.sourceLocale, locale) })}</p>
      {campaign.versions.length === 0 ? <p className="text-muted">{t("none")}</p> : null}
      {campaign.versions.map((version) => {
        const attrs = originalLanguage({ locale: sourceLocaleOf(locale), sourceLocale: sourceLocaleOf(version.locale) });
        return (
          <article key={version.locale} aria-labelledby={`review-version-${version.locale}`} className="rounded-md border border-line bg-surface p-4">
            <h3 id={`review-version-${version.locale}`} className="text-lg font-semibold">
              {languageName(version.locale, locale)}
            </h3>
            <div {...attrs} className="mt-2 flex flex-col gap-2">
              <p className="font-semibold">{version.title}</p>
              <p className="text-muted">{version.summary}</p>
              {version.ask ? <p className="rounded-md border-s-4 border-accent bg-accent-soft p-3 font-serif">{version.ask}</p> : null}
              {version.storyMarkdown ? <Markdown>{version.storyMarkdown}</Markdown> : null}
            </div>
          </article>
        );
      })}
    </section>
  );
}
