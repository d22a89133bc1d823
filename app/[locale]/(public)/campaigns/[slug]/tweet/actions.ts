"use server";

import { createHash } from "node:crypto";
import { redirect } from "@/i18n/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { mastodonHost } from "@/components/share/share-urls";
import { publicAction } from "@/server/action";
import { embedSentPath } from "@/lib/embed-origins";
import { isEmbedRequest } from "@/server/embed";
import { openChannel, recordChannel } from "@/server/supporter-actions/channel";
import { idempotencyKeyField, optionalCountryField, optionalUuidField, partnerFields } from "@/server/supporter-actions/fields";
import { outcomeState, recorded } from "@/server/supporter-actions/outcome";
import { composeUrl } from "./compose";
import { tweetOffers } from "./offers";

const tweetSchema = z.object({
  campaignSlug: z.string().min(1, "Validation.required").max(200, "Validation.tooLong"),
  targetId: optionalUuidField,
  country: optionalCountryField,
  idempotencyKey: idempotencyKeyField,
  network: z.enum(["x", "bluesky", "mastodon"]).default("x"),
  /** Mastodon only: the supporter's own server, where the compose page is (there is no central one). */
  server: z.string().max(300, "Validation.tooLong").default(""),
  ...partnerFields,
}).superRefine((input, ctx) => {
  if (input.network === "mastodon" && !mastodonHost(input.server)) {
    ctx.addIssue({ code: "custom", path: ["server"], message: "Channels.tweet.mastodonInvalid" });
  }
});

/**
 * Records a tweet (campaign, target, hash of the text; no personal data) and
 * sends the supporter on to X's, Bluesky's or their Mastodon server's compose
 * page with the text: a post on any of the three counts the same. Over the
 * rate limit the click is not counted, but the supporter still gets to post.
 */
export const recordTweet = publicAction({
  schema: tweetSchema,
  echo: ["server"],
  run: async (input) => {
    const [open, locale] = await Promise.all([openChannel("tweet", input.campaignSlug), getLocale()]);
    if (!open.ok) return outcomeState(open, "");
    const offer = (await tweetOffers(open.campaign, input.country, locale)).find((o) => o.targetId === input.targetId);
    if (!offer) return outcomeState(await recorded("unknown_target"), "");
    const outcome = await recordChannel("tweet", open, {
      targetId: offer.targetId,
      idempotencyKey: input.idempotencyKey,
      selfReported: false,
      status: "confirmed",
      country: input.country,
      textHash: createHash("sha256").update(offer.text).digest("hex"),
      withoutAddress: true,
      source: input.source,
      partnerContact: input.partnerContact,
    });
    // Over the rate limit the click is not counted, but the supporter still gets to post.
    if (!outcome.ok && outcome.reason !== "rate_limited") return outcomeState(outcome, "");
    // X, Bluesky and Mastodon refuse to be framed: from an embed, a page in the frame opens them in a new window (ADR 0030).
    if (await isEmbedRequest()) return redirect(embedTweetSent(input));
    return redirect(composeUrl(input.network, input.server, offer.text) ?? "/");
  },
});

function embedTweetSent(input: { campaignSlug: string; network: string; targetId: string | null; country: string | null; server: string }): string {
  const query = new URLSearchParams({ network: input.network, target: input.targetId ?? "", country: input.country ?? "" });
  if (input.network === "mastodon") query.set("server", input.server);
  return `${embedSentPath(input.campaignSlug, "tweet")}?${query}`;
}
