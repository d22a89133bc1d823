"use server";

import { refresh, updateTag } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { setCampaignSwitch, setPausedKinds, setSiteSwitch } from "@/db/queries/kill-switches";
import { actionKinds } from "@/db/schema/enums";
import { protectedAction } from "@/server/action";
import { cacheTags } from "@/lib/cache-tags";
import { uuidField } from "@/lib/ids";

const which = z.enum(["collection", "mail"], "Validation.invalid");
const on = z.enum(["true", "false"], "Validation.invalid").transform((value) => value === "true");

/**
 * Site-wide "stop collecting" or "stop sending mail". Collection is read
 * through the 5 s settings cache by every action path; every campaign page is
 * refreshed at once so it says collection is paused.
 */
export const setSiteSwitchAction = protectedAction("abuse:manage:any", {
  schema: z.object({ which, on }),
  run: async (input, { viewer }) => {
    const t = await getTranslations("AdminAbuse.switches");
    const changed = await setSiteSwitch(viewer, input.which, input.on);
    if (changed && input.which === "collection") updateTag(cacheTags.campaigns);
    refresh();
    return { ok: true, message: changed ? t(`site.${input.which}.${input.on ? "nowOn" : "nowOff"}`) : t("unchanged") };
  },
});

const kindsField = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((kinds) => (kinds === undefined ? [] : Array.isArray(kinds) ? kinds : [kinds]))
  .pipe(z.array(z.enum(actionKinds, "Validation.invalid")));

/** Which kinds of action are paused everywhere (the unticked ones collect again). */
export const setPausedKindsAction = protectedAction("abuse:manage:any", {
  schema: z.object({ kinds: kindsField }),
  run: async ({ kinds }, { viewer }) => {
    const t = await getTranslations("AdminAbuse.switches");
    const changed = await setPausedKinds(viewer, kinds);
    if (changed) updateTag(cacheTags.campaigns);
    refresh();
    return { ok: true, message: changed ? t("kinds.saved") : t("unchanged") };
  },
});

/** One campaign's collection or mail switch; its public page says collection is paused at once. */
export const setCampaignSwitchAction = protectedAction("abuse:manage:any", {
  schema: z.object({ campaignId: uuidField("Validation.invalid"), which, on }),
  refusals: { notFound: "AdminAbuse.switches.unknownCampaign" },
  run: async (input, { viewer }) => {
    const t = await getTranslations("AdminAbuse.switches");
    const result = await setCampaignSwitch(viewer, input.campaignId, input.which, input.on);
    if (result.changed && input.which === "collection") updateTag(cacheTags.campaign(result.slug));
    refresh();
    return { ok: true, message: result.changed ? t(`campaign.${input.which}.${input.on ? "nowOn" : "nowOff"}`) : t("unchanged") };
  },
});
