"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { recordChannelReport } from "@/db/queries/channel-health";
import { publicAction } from "@/server/action";
import { openChannel } from "@/server/supporter-actions/channel";

const reportSchema = z.object({
  campaignSlug: z.string().min(1, "Validation.required").max(200, "Validation.tooLong"),
  targetId: z.uuid("Validation.invalid"),
  channel: z.enum(["email", "x"], "Validation.invalid"),
});

/**
 * A supporter's "this address bounced / this account no longer exists" on the
 * email and tweet pages: the supporter pipeline's gate and screening, then one
 * report per reporter (ADR 0028). A repeat reads like the first.
 */
export const reportChannelProblem = publicAction({
  schema: reportSchema,
  run: async (input, { viewer }) => {
    const t = await getTranslations("ChannelHealth.report");
    const open = await openChannel(input.channel === "email" ? "email" : "tweet", input.campaignSlug);
    if (!open.ok) return { ok: false, message: open.message };
    const requestKey = viewer ? `user:${viewer.id}` : open.screening.ipHash;
    const outcome = await recordChannelReport({ ...input, requestKey }, open.screening.charges);
    if (outcome === "rate_limited") return { ok: false, message: (await getTranslations("Channels"))("rateLimited") };
    if (outcome === "unknown_target") return { ok: false, message: (await getTranslations("Channels"))("unknownTarget") };
    return { ok: true, message: t("thanks") };
  },
});
