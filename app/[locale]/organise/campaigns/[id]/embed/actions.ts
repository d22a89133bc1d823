"use server";

import { refresh, updateTag } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { saveEmbedOrigins } from "@/db/queries/embed";
import { cacheTags } from "@/lib/cache-tags";
import { maxEmbedOrigins, parseEmbedOrigins } from "@/lib/embed-origins";
import { protectedAction } from "@/server/action";

/**
 * Saves the sites allowed to frame the campaign's embeds (ADR 0030): one
 * origin a line, each checked and normalised (lib/embed-origins.ts); any bad
 * line is named next to the field and nothing is saved. Audited by the query.
 */
export const saveEmbedOriginsAction = protectedAction("campaign:edit:own", {
  schema: z.object({ campaignId: z.string(), origins: z.string().max(20_000, "Validation.tooLong").default("") }),
  echo: ["origins"],
  refusals: { notFound: "Embed.notFound" },
  run: async ({ campaignId, origins }, { viewer }) => {
    const t = await getTranslations("Embed");
    const parsed = parseEmbedOrigins(origins);
    if (!parsed.ok) {
      return {
        ok: false,
        message: t("fixErrors"),
        fieldErrors: { origins: parsed.problems.map(({ line, problem }) => t(`problem.${problem}`, { line, max: maxEmbedOrigins })) },
        values: { origins },
      };
    }
    const saved = await saveEmbedOrigins(viewer, campaignId, parsed.origins);
    updateTag(cacheTags.campaign(saved.slug));
    refresh();
    return { ok: true, message: t("saved"), values: { origins: parsed.origins.join("\n") } };
  },
});
