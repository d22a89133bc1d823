"use server";

import { refresh, updateTag } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import {
  attachCampaignTarget,
  changeCampaignStatus,
  createCampaign,
  detachCampaignTarget,
  updateCampaign,
  type DefenderRefusal,
} from "@/db/queries/organise-campaigns";
import { actionKinds, campaignStatuses, campaignTargetRules, isPublicCampaignStatus } from "@/db/schema/enums";
import { protectedAction, type ActionState } from "@/server/action";
import { cacheTags } from "@/lib/cache-tags";
import { statusActionGate } from "@/lib/campaign-status";
import { campaignEcho, campaignSchema } from "./campaign-schema";

function refreshPublicCampaign(...slugs: string[]) {
  for (const slug of new Set(slugs)) updateTag(cacheTags.campaign(slug));
  updateTag(cacheTags.campaigns);
}

export const createCampaignAction = protectedAction("campaign:create:any", {
  schema: campaignSchema,
  echo: campaignEcho,
  run: async ({ intent, fields }, { viewer, formData }) => {
    const t = await getTranslations("Organise.campaign");
    if (intent === "preview") return { ok: true, message: t("previewReady"), values: previewValues(formData) };
    const result = await createCampaign(viewer, fields);
    if (!result.ok) return refusal(result.reason, formData, t);
    return redirect(`/organise/campaigns/${result.id}?created=1`);
  },
});

export const updateCampaignAction = protectedAction("campaign:edit:own", {
  schema: campaignSchema.and(z.object({ campaignId: z.string() })),
  echo: campaignEcho,
  refusals: { notFound: "Organise.campaign.notFound" },
  run: async ({ intent, fields, campaignId }, { viewer, formData }) => {
    const t = await getTranslations("Organise.campaign");
    if (intent === "preview") return { ok: true, message: t("previewReady"), values: previewValues(formData) };
    const result = await updateCampaign(viewer, campaignId, fields);
    if (!result.ok) return refusal(result.reason, formData, t);
    if (result.public) refreshPublicCampaign(result.previousSlug, result.slug);
    refresh();
    return { ok: true, message: result.sentBackToReview ? t("savedBackToReview") : t("saved") };
  },
});

function previewValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = { preview: "1" };
  for (const field of campaignEcho) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value;
  }
  return values;
}

type Translate = Awaited<ReturnType<typeof getTranslations<"Organise.campaign">>>;

function refusal(reason: "slugTaken" | DefenderRefusal, formData: FormData, t: Translate): ActionState {
  const values = previewValues(formData);
  delete values.preview;
  if (reason === "slugTaken") return { ok: false, message: t("fixErrors"), fieldErrors: { slug: [t("slugTaken")] }, values };
  return { ok: false, message: t("fixErrors"), fieldErrors: { defenderIds: [t(reason)] }, values };
}

/**
 * Gated on statusActionGate: the move itself is gated inside the query's
 * transaction on the status it locked: the permission from -> to needs
 * (lib/campaign-status.ts), on this campaign.
 */
export const changeStatusAction = protectedAction(statusActionGate, {
  schema: z.object({ campaignId: z.string(), to: z.enum(campaignStatuses) }),
  refusals: { notFound: "Organise.lifecycle.notFound", notAllowed: "Organise.lifecycle.notAllowed" },
  run: async ({ campaignId, to }, { viewer }) => {
    const t = await getTranslations("Organise.lifecycle");
    const result = await changeCampaignStatus(viewer, campaignId, to);
    if (!result.ok) return { ok: false, message: t("consentMissing", { names: result.missing.map((gap) => gap.name).join(", ") }) };
    if (isPublicCampaignStatus(result.from) || isPublicCampaignStatus(result.to)) refreshPublicCampaign(result.slug);
    refresh();
    return { ok: true, message: t("changed", { status: result.to }) };
  },
});

const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .default("")
  .refine((v) => v === "" || /^[A-Z]{2}$/.test(v), "Organise.validation.country");

export const attachTargetAction = protectedAction("campaign:edit:own", {
  schema: z
    .object({
      campaignId: z.string(),
      rule: z.enum(campaignTargetRules, "Validation.required"),
      responsibleState: countryCode,
      targetId: z.string().default(""),
      targetKinds: z.preprocess(
        (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
        z.array(z.enum(actionKinds)),
      ),
    })
    .superRefine((input, ctx) => {
      if (input.rule !== "fixed" && !input.responsibleState) {
        ctx.addIssue({ code: "custom", path: ["responsibleState"], message: "Organise.validation.responsibleStateNeeded" });
      }
      if (input.rule !== "embassy" && !input.targetId) {
        ctx.addIssue({ code: "custom", path: ["targetId"], message: "Organise.validation.targetNeeded" });
      }
    }),
  echo: ["rule", "responsibleState", "targetId"],
  refusals: { notFound: "Organise.targets.notFound" },
  run: async (input, { viewer }) => {
    const t = await getTranslations("Organise.targets");
    const result = await attachCampaignTarget(viewer, input.campaignId, {
      rule: input.rule,
      responsibleState: input.responsibleState || null,
      targetId: input.targetId || null,
      actionKinds: input.targetKinds,
    });
    if (!result.ok) return { ok: false, message: t("fixErrors"), fieldErrors: { targetId: [t("unknownTarget")] } };
    refreshPublicCampaign(result.slug);
    refresh();
    return { ok: true, message: result.sentBackToReview ? t("attachedBackToReview") : t("attached") };
  },
});

export const detachTargetAction = protectedAction("campaign:edit:own", {
  schema: z.object({ campaignId: z.string(), campaignTargetId: z.string() }),
  refusals: { notFound: "Organise.targets.notFound" },
  run: async ({ campaignId, campaignTargetId }, { viewer }) => {
    const t = await getTranslations("Organise.targets");
    const result = await detachCampaignTarget(viewer, campaignId, campaignTargetId);
    refreshPublicCampaign(result.slug);
    refresh();
    return { ok: true, message: result.sentBackToReview ? t("detachedBackToReview") : t("detached") };
  },
});
