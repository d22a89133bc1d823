import "server-only";
import { getTranslations } from "next-intl/server";
import type { DecisionLabels } from "./decision-form";

/** The decision form's texts, translated on the server (the admin pages send no catalogue to the browser). */
export async function decisionLabels(mode: "single" | "bulk"): Promise<DecisionLabels> {
  const t = await getTranslations("AdminModeration.decide");
  const bulk = mode === "bulk";
  return {
    legend: bulk ? t("bulkLegend") : t("legend"),
    reason: t("reason"),
    reasonPlaceholder: t("reasonPlaceholder"),
    note: t("note"),
    approve: bulk ? t("approveSelected") : t("approve"),
    reject: bulk ? t("rejectSelected") : t("reject"),
    spam: bulk ? t("spamSelected") : t("spam"),
    pending: t("pending"),
  };
}
