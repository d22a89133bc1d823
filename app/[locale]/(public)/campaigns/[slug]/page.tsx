import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getNow, getTranslations } from "next-intl/server";
import { cache } from "react";
import { pageLocale } from "@/i18n/page-locale";
import { CampaignStatusBadge } from "@/components/campaign/campaign-status-badge";
import { CountryStats } from "@/components/campaign/stats/country-stats";
import { ShareLinks } from "@/components/share/share-links";
import { CampaignJsonLd } from "@/components/seo/page-json-ld";
import { Markdown } from "@/components/ui/markdown";
import { UntranslatedNote } from "@/components/ui/untranslated-note";
import {
  getCampaignProgress,
  getPublishedCampaign,
  listCampaignPublicItems,
  type CampaignPage as CampaignPageData,
} from "@/db/queries/public-campaign-page";
import { env } from "@/lib/env";
import { feedAlternates, isSyndicated } from "@/lib/feeds/updates";
import { pageMetadata } from "@/lib/metadata";
import { fieldLanguage } from "@/lib/translations";
import { CampaignDefenders } from "./campaign-defenders";
import { CampaignProgress } from "./campaign-progress";
import { CampaignTargets } from "./campaign-targets";
import { CampaignUpdates } from "./campaign-updates";
import { LetterParagraphs } from "./letter-paragraphs";
import { Signatories } from "./signatories";
import { SolidarityWall } from "./solidarity-wall";
import { TakeAction } from "./take-action";

/**
 * Rendered on first request and then served from the cache (ISR): nothing is
 * prerendered at build time, when there is no database. Tagged data
 * (campaign:<slug>, campaigns, counters) refreshes it on demand; see ADR 0003.
 */
export const revalidate = 60;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

const campaignBySlug = cache(getPublishedCampaign);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const campaign = await campaignBySlug(slug, locale);
  if (!campaign) notFound();
  const metadata = await pageMetadata({
    title: campaign.title,
    description: campaign.summary,
    path: `/campaigns/${campaign.slug}`,
    type: "article",
    publishedTime: campaign.publishedAt ?? undefined,
    tags: campaign.hashtags,
  });
  const tFeeds = await getTranslations("Feeds");
  // The share card is ./opengraph-image.tsx (with the live count): Next adds it as og:image itself,
  // at a URL it chooses. X falls back to og:image; it only needs to be told to show it large.
  return {
    ...metadata,
    // Its feeds (./updates.rss, ./updates.atom) unless paused: paused campaigns are not syndicated.
    alternates: {
      ...metadata.alternates,
      types: isSyndicated(campaign.status) ? feedAlternates(locale, { rss: tFeeds("campaignRss"), atom: tFeeds("campaignAtom") }, campaign.slug) : undefined,
    },
    twitter: { card: "summary_large_image", title: campaign.title, description: campaign.summary },
  };
}

export default async function CampaignPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const campaign = await campaignBySlug(slug, locale);
  if (!campaign) notFound();
  const [progress, publicItems, t] = await Promise.all([
    getCampaignProgress(slug),
    listCampaignPublicItems(slug),
    getTranslations("Campaign"),
  ]);
  const isOpen = campaign.status === "published" || campaign.status === "paused";
  const kindCount = (kind: string) => progress.byKind.find((row) => row.kind === kind)?.confirmed ?? 0;
  const collectsSolidarity = campaign.actionKinds.includes("solidarity") || publicItems.messages.length > 0;
  const collectsSignOns = campaign.actionKinds.includes("org_signon") || publicItems.signatories.length > 0;

  return (
    <article>
      <CampaignJsonLd campaign={campaign} locale={locale} />
      <header className="border-b border-line bg-surface">
        <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-14">
          <CampaignStatusBadge status={campaign.status} />
          <h1 {...fieldLanguage(campaign.translation, "title")} className="mt-4 max-w-4xl text-4xl font-semibold tracking-tight sm:text-5xl">
            {campaign.title}
          </h1>
          <p {...fieldLanguage(campaign.translation, "summary")} className="mt-4 max-w-3xl text-lg text-muted sm:text-xl">
            {campaign.summary}
          </p>
          <UntranslatedNote translation={campaign.translation} className="mt-3 max-w-3xl text-sm font-medium text-muted" />
          <CampaignDefenders defenders={campaign.defenders} />
        </div>
      </header>

      {/* Phone: ask, then what to do, then the story. Desktop: ask and story left, actions right. */}
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-10 sm:px-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:grid-rows-[auto_1fr] lg:gap-x-14">
        {campaign.ask ? (
          <section
            aria-labelledby="ask-heading"
            className="rounded-xl border-s-4 border-accent bg-accent-soft p-5 sm:p-6 lg:col-start-1 lg:row-start-1 lg:self-start"
          >
            <h2 id="ask-heading" className="font-sans text-sm font-bold tracking-wide text-tone-amber uppercase">
              {isOpen ? t("askHeading") : t("askHeadingPast")}
            </h2>
            <p {...fieldLanguage(campaign.translation, "ask")} className="mt-2 font-serif text-xl leading-snug sm:text-2xl">
              {campaign.ask}
            </p>
          </section>
        ) : null}
        <div className="space-y-8 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <TakeAction campaign={campaign} />
          <CampaignProgress progress={progress} goal={isOpen ? campaign.goal : null} />
          <CampaignFacts campaign={campaign} />
          <ShareLinks
            url={new URL(`/campaigns/${campaign.slug}`, env().SITE_URL).toString()}
            text={campaign.title}
            hashtags={campaign.hashtags}
          />
        </div>
        {campaign.storyMarkdown ? (
          <section
            aria-labelledby="story-heading"
            className={`min-w-0 lg:col-start-1 ${campaign.ask ? "lg:row-start-2" : "lg:row-span-2 lg:row-start-1"}`}
          >
            <h2 id="story-heading" className="text-3xl font-semibold">
              {t("storyHeading")}
            </h2>
            <div className="mt-4" {...fieldLanguage(campaign.translation, "storyMarkdown")}>
              <Markdown>{campaign.storyMarkdown}</Markdown>
            </div>
          </section>
        ) : null}
      </div>

      <div className="mx-auto max-w-6xl space-y-14 px-4 sm:px-6">
        <CampaignTargets targets={campaign.targets} />
        <CampaignUpdates updates={campaign.updates} deliveries={campaign.deliveries} />
        <CountryStats campaignSlug={campaign.slug} byCountry={progress.byCountry} />
        {collectsSolidarity ? (
          <SolidarityWall
            messages={publicItems.messages}
            sentCount={kindCount("solidarity")}
            defenderNames={campaign.defenders.map((defender) => defender.name)}
            highRisk={campaign.highRisk}
          />
        ) : null}
        <LetterParagraphs paragraphs={publicItems.paragraphs} />
        {collectsSignOns ? (
          <Signatories
            signatories={publicItems.signatories}
            signedCount={kindCount("org_signon")}
            highRisk={campaign.highRisk}
          />
        ) : null}
      </div>
    </article>
  );
}

/** Deadline and hashtags, when the campaign has them. */
async function CampaignFacts({ campaign }: { campaign: CampaignPageData }) {
  const [t, format, now] = await Promise.all([getTranslations("Campaign"), getFormatter(), getNow()]);
  if (!campaign.deadline && campaign.hashtags.length === 0) return null;
  const deadline = campaign.deadline ? new Date(campaign.deadline) : null;
  const deadlineText = deadline ? format.dateTime(deadline, { dateStyle: "long" }) : "";
  const open = campaign.status === "published" || campaign.status === "paused";
  return (
    <div className="space-y-6">
      {deadline ? (
        <section aria-labelledby="deadline-heading">
          <h2 id="deadline-heading" className="font-sans text-sm font-semibold tracking-wide text-muted uppercase">
            {t("deadlineHeading")}
          </h2>
          <p className="mt-1 text-lg font-semibold">
            <time dateTime={campaign.deadline ?? undefined}>
              {open && deadline > now
                ? t("deadlineBody", { date: deadlineText })
                : t("deadlinePassed", { date: deadlineText })}
            </time>
          </p>
        </section>
      ) : null}
      {campaign.hashtags.length > 0 ? (
        <section aria-labelledby="hashtags-heading">
          <h2 id="hashtags-heading" className="font-sans text-sm font-semibold tracking-wide text-muted uppercase">
            {t("hashtagsHeading")}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {campaign.hashtags.map((tag) => (
              <li key={tag} className="rounded-full bg-brand-soft px-3 py-1 text-sm font-semibold text-brand">
                #{tag.replace(/^#/, "")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
