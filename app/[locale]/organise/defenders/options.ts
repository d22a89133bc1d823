import "server-only";
import { getTranslations } from "next-intl/server";
import { consentStatuses, defenderEventKinds, defenderStatuses } from "@/db/schema/enums";

export async function defenderStatusOptions() {
  const t = await getTranslations("Enums.defenderStatus");
  return defenderStatuses.map((value) => ({ value, label: t(value) }));
}

export async function consentStatusOptions() {
  const t = await getTranslations("Organise.consent.statuses");
  return consentStatuses.map((value) => ({ value, label: t(value) }));
}

export async function eventKindOptions() {
  const t = await getTranslations("Enums.eventKind");
  return defenderEventKinds.map((value) => ({ value, label: t(value) }));
}
