"use server";

import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { settingKeys, updateSiteSetting } from "@/db/queries/settings";
import { protectedAction } from "@/server/action";
import { limitFields, limitNames, rateLimitFormSchema } from "./input";

const echo = limitNames.flatMap((name) => Object.values(limitFields(name)));

/** Saves every signing rate limit at once (one audit entry); in force everywhere within 5 s. */
export const saveRateLimitsAction = protectedAction("settings:edit:any", {
  schema: rateLimitFormSchema,
  echo,
  run: async (settings, { viewer }) => {
    const t = await getTranslations("AdminAbuse.limits");
    const changed = await updateSiteSetting(viewer, settingKeys.rateLimits, settings);
    refresh();
    return { ok: true, message: changed ? t("saved") : t("unchanged") };
  },
});
