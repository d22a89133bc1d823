"use server";

import { refresh } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import {
  findCampaignIdBySlug,
  previewInvalidation,
  queueInvalidation,
  requestInvalidationUndo,
  type InvalidationFilter,
} from "@/db/queries/invalidations";
import { protectedAction } from "@/server/action";
import { invalidationFormSchema, undoSchema } from "./input";

const echo = ["ipHash", "emailDomain", "campaign", "from", "to"] as const;

/**
 * "Preview" counts the actions the filter covers now; "Invalidate N actions"
 * queues the invalidation for the job if the count is still N, and otherwise
 * shows the new count to confirm again.
 */
export const invalidationAction = protectedAction("abuse:manage:any", {
  schema: invalidationFormSchema,
  echo,
  run: async (form, { viewer, formData }) => {
    const t = await getTranslations("AdminAbuse.invalidations");
    const values = Object.fromEntries(echo.map((field) => [field, String(formData.get(field) ?? "")]));
    const campaignId = form.campaign ? await findCampaignIdBySlug(viewer, form.campaign) : null;
    if (form.campaign && !campaignId) {
      return { ok: false, message: t("fixErrors"), fieldErrors: { campaign: [t("unknownCampaign")] }, values };
    }
    const filter: InvalidationFilter = {
      ipHash: form.ipHash,
      emailDomain: form.emailDomain,
      campaignId,
      from: form.from.toISOString(),
      to: form.to.toISOString(),
    };
    if (form.intent === "preview" || form.previewCount === null) {
      const count = (await previewInvalidation(viewer, filter)) ?? 0;
      return { ok: true, message: t("previewed", { count }), values: { ...values, previewCount: String(count) } };
    }
    const outcome = await queueInvalidation(viewer, filter, form.previewCount);
    if (outcome.ok) {
      refresh();
      return { ok: true, message: t("queued", { count: form.previewCount }) };
    }
    if (outcome.reason === "countChanged") {
      return { ok: false, message: t("countChanged", { count: outcome.count }), values: { ...values, previewCount: String(outcome.count) } };
    }
    return { ok: false, message: t("refused") };
  },
});

/**
 * Asks the job to restore the actions of a finished invalidation. Answers on
 * the page (its row loses the Undo button, and the button's message with it).
 */
export const undoInvalidationAction = protectedAction("abuse:manage:any", {
  schema: undoSchema,
  run: async ({ invalidationId }, { viewer }) => {
    const t = await getTranslations("AdminAbuse.invalidations");
    if (!(await requestInvalidationUndo(viewer, invalidationId))) return { ok: false, message: t("cannotUndo") };
    return redirect("/admin/abuse/invalidations?undo=queued");
  },
});
