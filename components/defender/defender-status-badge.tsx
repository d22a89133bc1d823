import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { DefenderStatus } from "@/db/queries/public-campaigns";

const statusTones: Record<DefenderStatus, BadgeTone> = {
  detained: "red",
  disappeared: "violet",
  on_trial: "amber",
  harassed: "amber",
  in_exile: "blue",
  released: "green",
  killed: "grey",
};

export async function DefenderStatusBadge({ status }: { status: DefenderStatus }) {
  const t = await getTranslations("Enums.defenderStatus");
  return <Badge tone={statusTones[status]}>{t(status)}</Badge>;
}
