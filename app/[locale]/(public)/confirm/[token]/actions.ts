"use server";

import { redirect } from "@/i18n/navigation";
import { z } from "zod";
import { confirmAction } from "@/db/queries/signatures";
import { publicAction } from "@/server/action";
import { routes } from "@/lib/routes";

/**
 * The POST behind the Confirm button (a GET never confirms, so link scanners
 * cannot). Confirming twice is harmless; anything but a confirmed action goes
 * back to the confirm page, which explains what is wrong with the link.
 */
export const confirmFromLink = publicAction({
  schema: z.object({ token: z.string().min(1).max(100) }),
  run: async ({ token }) => {
    const result = await confirmAction(token);
    if (result?.state === "confirmed") {
      // The partner the supporter came through, so the thanks page can say so (ADR 0029).
      const thanks = routes.thanks(result.campaignSlug, result.kind);
      return redirect(result.partnerCode ? `${thanks}&source=${encodeURIComponent(result.partnerCode)}` : thanks);
    }
    return redirect(routes.confirm(token));
  },
});
