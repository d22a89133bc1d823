"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { unsubscribeFromCampaignUpdates } from "@/db/queries/campaign-updates";
import { publicAction } from "@/server/action";

export const unsubscribeAction = publicAction({
  schema: z.object({ token: z.string().min(1, "Validation.required").max(200, "Validation.invalid") }),
  run: async ({ token }) => {
    const t = await getTranslations("CampaignUpdates.unsubscribe");
    const done = await unsubscribeFromCampaignUpdates(token);
    if (!done) return { ok: false, message: t("invalid") };
    return { ok: true, message: t("done", { campaign: done.campaignTitle }) };
  },
});
