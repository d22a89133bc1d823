import "server-only";
import { getTranslations } from "next-intl/server";
import { actionKinds } from "@/db/schema/enums";
import { kindMessageKey } from "@/lib/action-kinds";

/** The action kinds as checkbox options, labelled in the viewer's language. */
export async function actionKindOptions() {
  const t = await getTranslations();
  return actionKinds.map((kind) => ({ value: kind, label: t(kindMessageKey(kind, "label")) }));
}
