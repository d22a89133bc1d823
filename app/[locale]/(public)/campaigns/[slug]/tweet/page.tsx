import { partnerSourceForPage } from "@/server/supporter-actions/partner";
import type { PartnerSourceChoice } from "@/lib/partner-source";
import { reportChannelProblem } from "../email/_channel/report-actions";
import { ReportProblemForm } from "../email/_channel/report-form";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getChannelCampaign } from "@/db/queries/supporter-actions";
import { actionPath } from "@/lib/routes";
import { maxTweetLength } from "@/lib/tweets/compose";
import { ChannelPage, CountryPicker } from "../email/_channel/channel-page";
import { newIdempotencyKey, supporterCountry } from "../email/_channel/server";
import { tweetOffers, type TweetOffer } from "./offers";
import { MastodonForm, TweetForm } from "./tweet-form";
import { isolate } from "@/i18n/bidi";
import { campaignTitleIn } from "@/components/campaign/campaign-title";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ country?: string | string[]; source?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [campaign, t] = await Promise.all([getChannelCampaign(slug, "tweet"), getTranslations("Channels")]);
  return { title: campaign ? t("tweet.metaTitle", { title: await campaignTitleIn(slug, campaign.title) }) : undefined, robots: { index: false } };
}

export default async function TweetPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const campaign = await getChannelCampaign(slug, "tweet");
  if (!campaign?.offersKind) notFound();
  // The partner that brought the supporter (?source=, ADR 0029): an unknown code is simply none.
  const source = await partnerSourceForPage(campaign.id, query.source);
  const [t, locale, country] = await Promise.all([getTranslations("Channels"), getLocale(), supporterCountry(query.country)]);
  const offers = campaign.collecting ? await tweetOffers(campaign, country, locale) : [];

  return (
    <ChannelPage campaign={campaign} title={t("tweet.title")} lead={t("tweet.lead")} collecting={campaign.collecting}>
      <CountryPicker path={actionPath(slug, "tweet")} country={country} source={source?.code} />
      {offers.length === 0 ? <p>{t("tweet.none")}</p> : null}
      {offers.map((offer, index) => (
        <TweetOfferCard key={offer.targetId ?? "general"} offer={offer} index={index} slug={slug} country={country} source={source} />
      ))}
    </ChannelPage>
  );
}

async function TweetOfferCard({
  offer,
  index,
  slug,
  country,
  source,
}: {
  offer: TweetOffer;
  index: number;
  slug: string;
  country: string | null;
  source: PartnerSourceChoice | null;
}) {
  const [t, tCommon, tHealth] = await Promise.all([getTranslations("Channels"), getTranslations("Common"), getTranslations("ChannelHealth.report")]);
  const headingId = `tweet-${index}`;
  // One key for the offer: a post on X, Bluesky or Mastodon of the same text counts once, whichever the supporter picks.
  const idempotencyKey = newIdempotencyKey();
  return (
    <section aria-labelledby={headingId} className="space-y-4 border-t border-line pt-8">
      <div>
        <h2 id={headingId} className="text-2xl font-semibold">
          {offer.targetName ? isolate((v) => t("tweet.to", v), { name: offer.targetName }) : t("tweet.general")}
        </h2>
        {offer.handle ? <p className="text-muted">@{offer.handle.replace(/^@/, "")}</p> : null}
        {offer.isExample ? (
          <p className="mt-2 rounded-md bg-tone-amber-soft p-3 text-sm text-tone-amber">
            <strong>{tCommon("exampleData")}:</strong> {t("tweet.exampleHandle")}
          </p>
        ) : null}
      </div>
      <blockquote className="rounded-lg border border-line bg-surface p-4 font-serif text-lg whitespace-pre-line">
        {offer.text}
      </blockquote>
      <p className={`text-sm ${offer.fits ? "text-muted" : "font-semibold text-tone-red"}`}>
        {t("tweet.length", { length: offer.length, max: maxTweetLength })}
        {offer.trimmed ? ` ${t("tweet.trimmed")}` : null}
      </p>
      <TweetForm
        source={source}
        campaignSlug={slug}
        targetId={offer.targetId}
        country={country}
        idempotencyKey={idempotencyKey}
        formId={headingId}
        labels={{ x: t("tweet.postX"), bluesky: t("tweet.postBluesky"), newWindowHint: t("tweet.recordedHint") }}
      />
      <MastodonForm
        source={source}
        campaignSlug={slug}
        targetId={offer.targetId}
        country={country}
        idempotencyKey={idempotencyKey}
        formId={headingId}
        labels={{ server: t("tweet.mastodonLabel"), post: t("tweet.postMastodon") }}
      />
      {offer.targetId && offer.handle && !offer.isExample ? (
        <ReportProblemForm
          action={reportChannelProblem}
          campaignSlug={slug}
          targetId={offer.targetId}
          channel="x"
          labels={{ lead: tHealth("leadX"), submit: tHealth("submitX"), pending: tHealth("pending") }}
          formId={`tweet-report-${index}`}
        />
      ) : null}
    </section>
  );
}
