import type { Metadata } from "next";
import Link from "@/i18n/link";
import { Arrow } from "@/components/ui/arrow";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { requestLocale } from "@/i18n/navigation";
import type { ReactNode } from "react";
import { ActionKindList } from "@/components/campaign/action-kind-list";
import { CampaignCard } from "@/components/campaign/campaign-card";
import { DefenderCard } from "@/components/defender/defender-card";
import {
  getPublicActionTotals,
  listFeaturedCampaigns,
  listRecentOutcomes,
  type ActionTotals,
} from "@/db/queries/public-campaigns";
import { listSpotlightDefenders } from "@/db/queries/public-defenders";
import { actionKinds } from "@/db/schema/enums";
import { pageMetadata } from "@/lib/metadata";
import { withSiteFeeds } from "@/lib/feeds/metadata";
import { SiteJsonLd } from "@/components/seo/page-json-ld";
import { HeroLetter } from "./hero-letter";
import { RecentOutcomes } from "./recent-outcomes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Metadata");
  return withSiteFeeds(await pageMetadata({ title: t("defaultTitle"), description: t("description"), path: "/", absoluteTitle: true }));
}

export default async function HomePage() {
  // Rendered per request (its data is cached by tag), never at build time, when there is no database.
  await connection();
  const locale = await requestLocale();
  const [featured, totals, outcomes, defenders, t] = await Promise.all([
    listFeaturedCampaigns(6, locale),
    getPublicActionTotals(),
    listRecentOutcomes(4, locale),
    listSpotlightDefenders(3, locale),
    getTranslations("Home"),
  ]);

  return (
    <>
      <SiteJsonLd locale={locale} />
      <Hero />
      <Totals totals={totals} />

      <div className="mx-auto max-w-6xl space-y-20 px-4 pt-16 sm:px-6">
        <HomeSection
          id="featured"
          title={t("featuredHeading")}
          lead={t("featuredLead")}
          more={{ href: "/campaigns", label: t("allCampaigns") }}
        >
          {featured.length === 0 ? (
            <p className="mt-6 text-muted">{t("featuredEmpty")}</p>
          ) : (
            <ul className={`mt-6 grid gap-5 md:grid-cols-2 ${featured.length % 3 === 0 ? "lg:grid-cols-3" : ""}`}>
              {featured.map((campaign) => (
                <li key={campaign.slug}>
                  <CampaignCard campaign={campaign} />
                </li>
              ))}
            </ul>
          )}
        </HomeSection>

        <HomeSection id="ways" title={t("waysHeading")} lead={t("waysLead")}>
          <div className="mt-6">
            <ActionKindList kinds={actionKinds} columns={3} />
          </div>
        </HomeSection>

        <HomeSection id="outcomes" title={t("outcomesHeading")} lead={t("outcomesLead")}>
          <RecentOutcomes outcomes={outcomes} />
        </HomeSection>

        {defenders.length > 0 ? (
          <HomeSection id="defenders" title={t("defendersHeading")} more={{ href: "/defenders", label: t("allDefenders") }}>
            <ul className="mt-6 grid gap-5 md:grid-cols-2 lg:grid-cols-3">
              {defenders.map((defender) => (
                <li key={defender.slug}>
                  <DefenderCard defender={defender} />
                </li>
              ))}
            </ul>
          </HomeSection>
        ) : null}
      </div>
    </>
  );
}

async function Hero() {
  const t = await getTranslations("Home");
  return (
    <section aria-labelledby="hero-heading" className="on-dark bg-brand-dark text-white">
      <div className="mx-auto grid max-w-6xl items-center gap-10 px-4 py-16 sm:px-6 sm:py-24 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div>
          <p className="text-sm font-bold tracking-[0.14em] text-accent uppercase">{t("heroEyebrow")}</p>
          <h1 id="hero-heading" className="mt-4 max-w-3xl text-4xl font-semibold tracking-tight sm:text-6xl">
            {t("heroTitle")}
          </h1>
          <p className="mt-6 max-w-2xl text-lg leading-relaxed text-white/90 sm:text-xl">{t("heroLead")}</p>
          <div className="mt-9 flex flex-wrap gap-3">
            <Link
              href="/campaigns"
              className="inline-flex h-12 items-center rounded-md bg-accent px-6 font-semibold text-ink no-underline hover:bg-white hover:text-ink"
            >
              {t("heroPrimary")}
            </Link>
            <Link
              href="/defenders"
              className="inline-flex h-12 items-center rounded-md px-6 font-semibold text-white no-underline ring-1 ring-white/60 ring-inset hover:bg-white/10 hover:text-white"
            >
              {t("heroSecondary")}
            </Link>
          </div>
        </div>
        <div className="hidden justify-center lg:flex">
          <HeroLetter />
        </div>
      </div>
    </section>
  );
}

async function Totals({ totals }: { totals: ActionTotals }) {
  const [t, locale] = await Promise.all([getTranslations("Home"), getLocale()]);
  const stats = [
    { value: totals.confirmed, label: t("totalActions", { count: totals.confirmed }) },
    { value: totals.campaigns, label: t("totalCampaigns", { count: totals.campaigns }) },
    { value: totals.campaignsWon, label: t("totalWon", { count: totals.campaignsWon }) },
  ];
  return (
    <section aria-labelledby="totals-heading" className="border-b border-line bg-surface">
      <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        <h2 id="totals-heading" className="sr-only">
          {t("totalsHeading")}
        </h2>
        <dl className="grid grid-cols-3 gap-4 text-center sm:text-start">
          {stats.map((stat) => (
            <div key={stat.label} className="flex flex-col-reverse">
              <dt className="text-sm text-muted sm:text-base">{stat.label}</dt>
              <dd className="font-serif text-3xl font-semibold text-brand sm:text-5xl">{stat.value.toLocaleString(locale)}</dd>
            </div>
          ))}
        </dl>
        {totals.selfReported > 0 ? (
          <p className="mt-4 text-sm text-muted">{t("selfReportedNote", { count: totals.selfReported })}</p>
        ) : null}
      </div>
    </section>
  );
}

function HomeSection({
  id,
  title,
  lead,
  more,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
  more?: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id={`${id}-heading`} className="text-3xl font-semibold sm:text-4xl">
            {title}
          </h2>
          {lead ? <p className="mt-2 text-muted">{lead}</p> : null}
        </div>
        {more ? (
          <Link href={more.href} className="font-semibold">
            {more.label} <Arrow to="forward" />
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}
