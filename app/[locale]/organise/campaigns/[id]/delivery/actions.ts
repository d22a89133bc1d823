"use server";

import { updateTag } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { recordDelivery, setDeliveryResponse } from "@/db/queries/delivery";
import { protectedAction } from "@/server/action";
import { cacheTags } from "@/lib/cache-tags";
import { deliverySchema, responseSchema } from "./delivery-input";

/** Records a delivery (date, method, who, count; optionally the response). */
export const recordDeliveryAction = protectedAction("campaign:export:own", {
  schema: deliverySchema,
  echo: ["targetId", "deliveredOn", "method", "actionCount", "response"],
  refusals: { notFound: "Delivery.notFound" },
  run: async ({ campaignId, ...input }, { viewer }) => {
    const t = await getTranslations("Delivery");
    const saved = await recordDelivery(viewer, campaignId, input);
    if ("refused" in saved) return { ok: false, message: t("fixErrors"), fieldErrors: { targetId: [t("targetNotInCampaign")] } };
    updateTag(cacheTags.campaign(saved.slug)); // deliveries appear on the public timeline
    return { ok: true, message: t("recorded") };
  },
});

const saveResponse = protectedAction("campaign:export:own", {
  schema: responseSchema,
  refusals: { notFound: "Delivery.notFound" },
  run: async ({ campaignId, deliveryId, response }, { viewer }) => {
    const t = await getTranslations("Delivery");
    const saved = await setDeliveryResponse(viewer, campaignId, deliveryId, response);
    updateTag(cacheTags.campaign(saved.slug));
    return { ok: true, message: t("responseSaved") };
  },
});

/** The history's response forms post here (plain form actions); the tab then shows the saved response. */
export async function saveResponseFromList(formData: FormData): Promise<void> {
  const result = await saveResponse({ ok: false }, formData);
  const campaignId = encodeURIComponent(String(formData.get("campaignId") ?? ""));
  return redirect(`/organise/campaigns/${campaignId}/delivery?response=${result.ok ? "saved" : "failed"}`);
}
