import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { embedMetadata } from "@/components/embed/embed-metadata";
import { getChannelCampaign } from "@/db/queries/supporter-actions";
import { partnerSourceForPage } from "@/server/supporter-actions/partner";
import { isolate } from "@/i18n/bidi";
import { newIdempotencyKey, supporterCountry } from "../../email/_channel/server";
import { tweetOffers } from "../offers";
import { MastodonForm, TweetForm } from "../tweet-form";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ source?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [campaign, t] = await Promise.all([getChannelCampaign(slug, "tweet"), getTranslations("Channels")]);
  if (!campaign) notFound();
  return embedMetadata(slug, campaign.title, (title) => t("tweet.metaTitle", { title }));
}

/**
 * The prepared posts alone, for partner sites to frame (ADR 0030): the same forms and action as
 * the tweet page. The action counts the click, then (from an embed) shows a link that opens
 * the network in a new window, since X, Bluesky and Mastodon refuse to be framed.
 */
export default async function TweetEmbed({ params, searchParams }: Props) {
  const { slug } = await params;
  const campaign = await getChannelCampaign(slug, "tweet");
  if (!campaign?.offersKind) notFound();
  // The partner named by the frame's ?source= (ADR 0029), passed on like the kind page does.
  const source = await partnerSourceForPage(campaign.id, (await searchParams).source);
  const [t, locale, country] = await Promise.all([getTranslations("Channels"), getLocale(), supporterCountry(undefined)]);
  const offers = campaign.collecting ? await tweetOffers(campaign, country, locale) : [];
  return (
    <EmbedFrame slug={slug} title={campaign.title} heading={t("tweet.title")}>
      {!campaign.collecting ? (
        <p role="status" className="rounded-md bg-tone-grey-soft p-3">
          {t("closed")}
        </p>
      ) : null}
      {campaign.collecting && offers.length === 0 ? <p>{t("tweet.none")}</p> : null}
      <div className="space-y-6">
        {offers.map((offer, index) => {
          const formId = `tweet-${index}`;
          const idempotencyKey = newIdempotencyKey();
          return (
            <section key={offer.targetId ?? "general"} aria-labelledby={formId} className="space-y-3">
              <h2 id={formId} className="text-lg font-semibold">
                {offer.targetName ? isolate((v) => t("tweet.to", v), { name: offer.targetName }) : t("tweet.general")}
              </h2>
              <blockquote className="rounded-lg border border-line bg-surface p-3 font-serif whitespace-pre-line">{offer.text}</blockquote>
              <TweetForm
                source={source}
                campaignSlug={slug}
                targetId={offer.targetId}
                country={country}
                idempotencyKey={idempotencyKey}
                formId={formId}
                labels={{ x: t("tweet.postX"), bluesky: t("tweet.postBluesky"), newWindowHint: t("tweet.recordedHint") }}
              />
              <MastodonForm
                source={source}
                campaignSlug={slug}
                targetId={offer.targetId}
                country={country}
                idempotencyKey={idempotencyKey}
                formId={formId}
                labels={{ server: t("tweet.mastodonLabel"), post: t("tweet.postMastodon") }}
              />
            </section>
          );
        })}
      </div>
    </EmbedFrame>
  );
}
