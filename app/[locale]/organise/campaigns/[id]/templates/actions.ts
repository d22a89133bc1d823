"use server";

import { updateTag } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { deleteTemplate, saveTemplate } from "@/db/queries/templates";
import { protectedAction } from "@/server/action";
import { cacheTags } from "@/lib/cache-tags";
import { templateProblems, templateSchema } from "./template-input";

/** Saves the template for its (kind, language, target) slot; unknown placeholders are named next to the field. */
export const saveTemplateAction = protectedAction("campaign:edit:own", {
  schema: templateSchema,
  echo: ["kind", "language", "targetId", "subject", "body"],
  run: async (input, { viewer, formData }) => {
    const t = await getTranslations("Templates");
    const values = Object.fromEntries(["kind", "language", "targetId", "subject", "body"].map((k) => [k, String(formData.get(k) ?? "")]));
    const problems = templateProblems(input);
    if (problems.length) {
      const fieldErrors: Record<string, string[]> = {};
      for (const p of problems) (fieldErrors[p.field] ??= []).push(t(p.key, p.values));
      return { ok: false, message: t("fixErrors"), fieldErrors, values };
    }
    const saved = await saveTemplate(viewer, input.campaignId, input);
    if (!saved.ok) {
      if (saved.reason === "target-not-in-campaign") {
        return { ok: false, message: t("fixErrors"), fieldErrors: { targetId: [t("errors.targetNotInCampaign")] }, values };
      }
      return { ok: false, message: t("errors.notFound") };
    }
    updateTag(cacheTags.campaign(saved.slug));
    return { ok: true, message: t("saved"), values };
  },
});

export const deleteTemplateAction = protectedAction("campaign:edit:own", {
  schema: z.object({ campaignId: z.string(), templateId: z.string() }),
  run: async ({ campaignId, templateId }, { viewer }) => {
    const t = await getTranslations("Templates");
    const deleted = await deleteTemplate(viewer, campaignId, templateId);
    if (!deleted) return { ok: false, message: t("errors.notFound") };
    updateTag(cacheTags.campaign(deleted.slug));
    return { ok: true, message: t("deleted") };
  },
});

/** The list's delete buttons post here (a plain form action); the tab then shows the list without it. */
export async function deleteTemplateFromList(formData: FormData): Promise<void> {
  await deleteTemplateAction({ ok: false }, formData);
  return redirect(`/organise/campaigns/${encodeURIComponent(String(formData.get("campaignId") ?? ""))}/templates`);
}
