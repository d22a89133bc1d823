import "server-only";
import { getTranslations } from "next-intl/server";
import { actionKinds } from "@/db/schema/enums";

/** The action kinds as checkbox options, labelled in the viewer's language. */
export async function actionKindOptions() {
  const t = await getTranslations("Enums.actionKind");
  return actionKinds.map((kind) => ({ value: kind, label: t(kind) }));
}
