import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { getChannelCampaign } from "@/db/queries/supporter-actions";
import { knownCountry } from "@/lib/countries";
import { composeUrl, type Network } from "../../compose";
import { tweetOffers } from "../../offers";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ network?: string | string[]; target?: string | string[]; country?: string | string[]; server?: string | string[] }>;
};

const networkNames: Record<Network, string> = { x: "X", bluesky: "Bluesky", mastodon: "Mastodon" };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Embed");
  return { title: t("tweetSentHeading"), robots: { index: false, follow: false } };
}

/**
 * After a post was counted from an embed: X, Bluesky and Mastodon refuse to be framed, so the
 * frame offers the compose page in a new window. The text and address are built again here from
 * the campaign's own offer (never taken from the query), like the action does.
 */
export default async function TweetEmbedSent({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const campaign = await getChannelCampaign(slug, "tweet");
  if (!campaign?.offersKind) notFound();
  const network = (Object.keys(networkNames) as Network[]).find((name) => name === first(query.network)) ?? "x";
  const [t, locale] = await Promise.all([getTranslations("Embed"), getLocale()]);
  const offers = await tweetOffers(campaign, knownCountry(first(query.country)), locale);
  const offer = offers.find((o) => (o.targetId ?? "") === first(query.target)) ?? offers[0];
  const url = offer ? composeUrl(network, first(query.server), offer.text) : null;
  if (!url) notFound();
  return (
    <EmbedFrame slug={slug} title={campaign.title} heading={t("tweetSentHeading")}>
      <p role="status">{t("tweetSentBody")}</p>
      <p className="mt-4">
        <a href={url} target="_blank" rel="noopener noreferrer" className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          {t("tweetOpen", { network: networkNames[network] })}
          <span className="sr-only"> {t("newWindow")}</span>
        </a>
      </p>
    </EmbedFrame>
  );
}
