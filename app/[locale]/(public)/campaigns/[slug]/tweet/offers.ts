import "server-only";
import { getGeneralTemplate, listChannelOffers, type ChannelCampaign } from "@/db/queries/supporter-actions";
import { env } from "@/lib/env";
import { routes } from "@/lib/routes";
import { renderTemplate } from "@/lib/templates/render";
import { composeTweet } from "@/lib/tweets/compose";
import { commonTemplateValues } from "../email/_channel/server";

export interface TweetOffer {
  /** The target addressed, or null for the campaign's general tweet. */
  targetId: string | null;
  targetName: string | null;
  /** The target's details are example data: its handle is shown but not put in the tweet. */
  isExample: boolean;
  handle: string | null;
  text: string;
  length: number;
  fits: boolean;
  trimmed: boolean;
}

/**
 * The tweets offered on a campaign: one per resolved target with an X handle
 * (its own template, else the general one), else the general tweet addressed
 * to no one. Built the same way for the page and for the action that records
 * a click, so the text sent to X is always ours, never the form's.
 */
export async function tweetOffers(
  campaign: Pick<ChannelCampaign, "id" | "slug" | "title" | "hashtags" | "defenderNames">,
  country: string | null, locale: string): Promise<TweetOffer[]> {
  const url = new URL(routes.campaign(campaign.slug), env().SITE_URL).toString();
  const targeted = (await listChannelOffers(campaign.id, "tweet", country))
    // A failing X account is not offered (its fallback target, if any, already stands in: ADR 0028).
    .filter((offer) => offer.template && offer.target.xHandle && !offer.target.problem)
    .map((offer): TweetOffer => {
      const target = offer.target;
      const handle = target.contactable ? target.xHandle : null;
      const body = renderTemplate(offer.template!.body, commonTemplateValues(campaign, target.target, locale));
      return {
        targetId: target.target.id,
        targetName: [target.target.honorific, target.target.name].filter(Boolean).join(" "),
        isExample: !target.contactable,
        handle: target.xHandle,
        ...composeTweet({ body, handle, hashtags: campaign.hashtags, url }),
      };
    });
  if (targeted.length > 0) return targeted;
  const general = await getGeneralTemplate(campaign.id, "tweet", locale);
  if (!general) return [];
  const body = renderTemplate(general.body, commonTemplateValues(campaign, null, locale));
  return [
    {
      targetId: null,
      targetName: null,
      isExample: false,
      handle: null,
      ...composeTweet({ body, hashtags: campaign.hashtags, url }),
    },
  ];
}
