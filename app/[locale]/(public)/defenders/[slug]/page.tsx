import type { Metadata } from "next";
import { pageLocale } from "@/i18n/page-locale";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache, type ReactNode } from "react";
import { CampaignCard } from "@/components/campaign/campaign-card";
import { DefenderPortrait } from "@/components/defender/defender-portrait";
import { DefenderStatusBadge } from "@/components/defender/defender-status-badge";
import { DefenderJsonLd } from "@/components/seo/page-json-ld";
import { Markdown } from "@/components/ui/markdown";
import { UntranslatedNote } from "@/components/ui/untranslated-note";
import { listPublicCampaignsForDefender } from "@/db/queries/public-campaigns";
import { getPublicDefender } from "@/db/queries/public-defenders";
import { countryName } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { fieldLanguage } from "@/lib/translations";
import { DefenderTimeline } from "./defender-timeline";
import { isolate } from "@/i18n/bidi";

/**
 * Rendered on first request and then served from the cache (ISR): nothing is
 * prerendered at build time, when there is no database. Tagged data
 * (defender:<slug>, defenders, campaigns) refreshes it on demand; see ADR 0003.
 */
export const revalidate = 60;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

const defenderBySlug = cache(getPublicDefender);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const defender = await defenderBySlug(slug, locale);
  if (!defender) notFound();
  return pageMetadata({
    title: defender.name,
    description: defender.summary,
    path: `/defenders/${defender.slug}`,
    type: "profile",
  });
}

export default async function DefenderPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const defender = await defenderBySlug(slug, locale);
  if (!defender) notFound();
  const [campaigns, t] = await Promise.all([listPublicCampaignsForDefender(slug, locale), getTranslations("Defender")]);

  return (
    <article>
      <DefenderJsonLd defender={defender} locale={locale} />
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-10 sm:flex-row sm:items-start sm:px-6 sm:py-14">
          <DefenderPortrait
            name={defender.name}
            photoPath={defender.photoPath}
            photoAlt={defender.photoAlt}
            photoLanguage={fieldLanguage(defender.translation, "photoAlt")}
            size="lg"
          />
          <div className="min-w-0">
            <h1 className="text-4xl font-semibold tracking-tight sm:text-5xl">
              <bdi>{defender.name}</bdi>
            </h1>
            {defender.nameNative ? (
              <p dir="auto" className="mt-2 text-2xl text-muted">
                {defender.nameNative}
              </p>
            ) : null}
            <dl className="mt-5 flex flex-wrap gap-x-8 gap-y-3">
              <Fact label={t("statusLabel")}>
                <DefenderStatusBadge status={defender.status} />
              </Fact>
              <Fact label={t("countryLabel")}>{countryName(defender.country, locale)}</Fact>
              {defender.profession ? (
                <Fact label={t("professionLabel")}>
                  <span {...fieldLanguage(defender.translation, "profession")}>{defender.profession}</span>
                </Fact>
              ) : null}
            </dl>
            <p {...fieldLanguage(defender.translation, "summary")} className="mt-6 max-w-3xl text-lg text-muted sm:text-xl">
              {defender.summary}
            </p>
            <UntranslatedNote translation={defender.translation} className="mt-3 max-w-3xl text-sm font-medium text-muted" />
          </div>
        </div>
      </header>

      <div className="mx-auto grid max-w-6xl gap-12 px-4 py-10 sm:px-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-14">
        <div className="min-w-0 space-y-12">
          {defender.storyMarkdown ? (
            <section aria-labelledby="story-heading">
              <h2 id="story-heading" className="text-3xl font-semibold">
                {t("storyHeading")}
              </h2>
              <div className="mt-4" {...fieldLanguage(defender.translation, "storyMarkdown")}>
                <Markdown>{defender.storyMarkdown}</Markdown>
              </div>
            </section>
          ) : null}
          <DefenderTimeline entries={defender.timeline} profile={defender.translation} />
        </div>

        <section aria-labelledby="campaigns-heading">
          <h2 id="campaigns-heading" className="text-3xl font-semibold">
            {t("campaignsHeading")}
          </h2>
          {campaigns.length === 0 ? (
            <p className="mt-4 text-muted">{isolate((v) => t("campaignsNone", v), { name: defender.name })}</p>
          ) : (
            <>
              <p className="mt-2 text-muted">{isolate((v) => t("campaignsLead", v), { name: defender.name })}</p>
              <ul className="mt-5 space-y-5">
                {campaigns.map((campaign) => (
                  <li key={campaign.slug}>
                    <CampaignCard campaign={campaign} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
    </article>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold tracking-wide text-muted uppercase">{label}</dt>
      <dd className="mt-1 font-medium">{children}</dd>
    </div>
  );
}
