"use server";

import { updateTag } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { z } from "zod";
import { deleteMyData } from "@/db/queries/account";
import { protectedAction } from "@/server/action";
import { cacheTags } from "@/lib/cache-tags";

export const deleteMyDataAction = protectedAction("account:delete:own", {
  schema: z.object({ confirm: z.literal("on", "Account.deleteConfirmRequired") }),
  run: async (_input, { viewer }) => {
    const { campaignSlugs } = await deleteMyData(viewer);
    // Their public name or message may have been on these pages.
    for (const slug of campaignSlugs) updateTag(cacheTags.campaign(slug));
    return redirect("/account/deleted");
  },
});
