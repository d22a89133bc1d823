"use server";

import { createHash } from "node:crypto";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { getChannelCampaign, recordSupporterAction } from "@/db/queries/supporter-actions";
import { publicAction } from "@/lib/action";
import { blueskyIntentUrl, xIntentUrl } from "@/lib/tweets/intents";
import {
  channelRequest,
  idempotencyKeyField,
  optionalCountryField,
  optionalUuidField,
  outcomeState,
} from "../email/_channel/server";
import { tweetOffers } from "./offers";

const tweetSchema = z.object({
  campaignSlug: z.string().min(1, "Validation.required").max(200, "Validation.tooLong"),
  targetId: optionalUuidField,
  country: optionalCountryField,
  idempotencyKey: idempotencyKeyField,
  network: z.enum(["x", "bluesky"]).default("x"),
});

/**
 * Records a tweet (campaign, target, hash of the text; no personal data) and
 * sends the supporter on to X's or Bluesky's compose page with the text. Over
 * the rate limit the click is not counted, but the supporter still gets to post.
 */
export const recordTweet = publicAction({
  schema: tweetSchema,
  run: async (input) => {
    const [request, campaign, locale] = await Promise.all([
      channelRequest("tweet"),
      getChannelCampaign(input.campaignSlug, "tweet"),
      getLocale(),
    ]);
    if (!request.collecting) return outcomeState("paused", "");
    if (request.blocked) return outcomeState("blocked", "");
    if (!campaign?.collecting) return outcomeState("closed", "");
    const offer = (await tweetOffers(campaign, input.country, locale)).find((o) => o.targetId === input.targetId);
    if (!offer) return outcomeState("unknown_target", "");
    const outcome = await recordSupporterAction(
      {
        campaignSlug: campaign.slug,
        kind: "tweet",
        targetId: offer.targetId,
        idempotencyKey: input.idempotencyKey,
        selfReported: false,
        status: "confirmed",
        country: input.country,
        textHash: createHash("sha256").update(offer.text).digest("hex"),
      },
      request.charges,
    );
    if (outcome === "closed" || outcome === "unknown_target") return outcomeState(outcome, "");
    redirect(input.network === "bluesky" ? blueskyIntentUrl(offer.text) : xIntentUrl(offer.text));
  },
});
