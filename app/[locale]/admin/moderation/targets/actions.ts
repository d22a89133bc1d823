"use server";

import { refresh, updateTag } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { decideTargetRevision } from "@/db/queries/targets-directory";
import { protectedAction } from "@/server/action";
import { cacheTags } from "@/lib/cache-tags";

/** An admin approves or refuses a held change to a shared target; approved details go live on every campaign that shows it. */
export const decideTargetRevisionAction = protectedAction("moderation:decide:any", {
  schema: z.object({
    revisionId: z.string(),
    decision: z.enum(["granted", "refused"], "Validation.invalid"),
    reason: z
      .string()
      .trim()
      .max(500, "Validation.tooLong")
      .optional()
      .transform((value) => value || null),
  }),
  refusals: { notFound: "AdminModeration.targetChanges.notFound" },
  run: async ({ revisionId, decision, reason }, { viewer }) => {
    const t = await getTranslations("AdminModeration.targetChanges");
    const result = await decideTargetRevision(viewer, revisionId, decision, reason);
    for (const slug of result.campaignSlugs) updateTag(cacheTags.campaign(slug));
    refresh();
    return { ok: true, message: t(decision === "granted" ? "approved" : "refused") };
  },
});
