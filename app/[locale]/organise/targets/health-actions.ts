"use server";

import { updateTag } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { markTargetChannel } from "@/db/queries/channel-health";
import { targetChannels } from "@/db/schema/enums";
import { cacheTags } from "@/lib/cache-tags";
import { protectedAction } from "@/server/action";

const markSchema = z.object({
  targetId: z.uuid("Validation.invalid"),
  channel: z.enum(targetChannels, "Validation.invalid"),
  working: z.enum(["0", "1"], "Validation.invalid"),
  reason: z.string().trim().min(1, "Validation.required").max(300, "Validation.tooLong"),
});

/**
 * An organiser marks one of a target's channels failing or working again,
 * with a reason (ADR 0028). The query refuses organisers whose campaigns do
 * not address the target; admins may mark any.
 */
export const markChannelAction = protectedAction("target:edit:any", {
  schema: markSchema,
  echo: ["reason"],
  refusals: { notFound: "ChannelHealth.panel.notFound" },
  run: async (input, { viewer }) => {
    const t = await getTranslations("ChannelHealth.panel");
    const { campaignSlugs } = await markTargetChannel(viewer, { ...input, working: input.working === "1" });
    for (const slug of campaignSlugs) updateTag(cacheTags.campaign(slug));
    return { ok: true, message: t("marked") };
  },
});
