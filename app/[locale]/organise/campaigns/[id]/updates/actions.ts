"use server";

import { refresh, updateTag } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { postCampaignUpdate } from "@/db/queries/campaign-updates";
import { campaignUpdateKinds, defenderStatuses } from "@/db/schema/enums";
import { protectedAction } from "@/server/action";
import { cacheTags } from "@/lib/cache-tags";
import { campaignUpdateMail } from "@/server/mail/campaign-update";
import { uuidField } from "@/lib/ids";

const yearMs = 366 * 24 * 60 * 60 * 1000;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "CampaignUpdates.dateInvalid")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "CampaignUpdates.dateInvalid")
  .refine((value) => Date.parse(`${value}T00:00:00Z`) <= Date.now() + yearMs, "CampaignUpdates.dateInFuture");

const updateSchema = z.object({
  campaignId: uuidField("Validation.invalid"),
  kind: z.enum(campaignUpdateKinds, "Validation.required"),
  title: z.string().trim().min(1, "Validation.required").max(200, "Validation.tooLong"),
  body: z.string().trim().max(20_000, "Validation.tooLong").default(""),
  occurredOn: isoDate,
  setsDefenderStatus: z
    .union([z.literal(""), z.enum(defenderStatuses)], "Validation.invalid")
    .default("")
    .transform((value) => value || null),
  notifySigners: z
    .literal("on", "Validation.invalid")
    .optional()
    .transform((value) => value === "on"),
});

export const postUpdateAction = protectedAction("campaign:edit:own", {
  schema: updateSchema,
  echo: ["kind", "title", "body", "occurredOn", "setsDefenderStatus", "notifySigners"],
  refusals: { notFound: "CampaignUpdates.notFound" },
  run: async ({ campaignId, ...input }, { viewer }) => {
    const t = await getTranslations("CampaignUpdates");
    const posted = await postCampaignUpdate(viewer, campaignId, input, campaignUpdateMail);
    if ("refused" in posted) {
      return {
        ok: false,
        message: t("fixErrors"),
        fieldErrors: { setsDefenderStatus: [t("defenderNotYours", { names: posted.defenderNames.join(", ") })] },
      };
    }

    updateTag(cacheTags.campaign(posted.campaignSlug));
    updateTag(cacheTags.campaigns);
    for (const slug of posted.defenderSlugs) updateTag(cacheTags.defender(slug));
    if (input.setsDefenderStatus) updateTag(cacheTags.defenders);
    refresh();

    if (posted.heldBack) return { ok: true, message: t("postedHeldBack") };
    if (posted.mailed > 0) return { ok: true, message: t("postedAndMailed", { count: posted.mailed }) };
    return { ok: true, message: t("posted") };
  },
});
