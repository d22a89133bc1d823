import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { PublicCampaignStatus } from "@/db/queries/visibility";

const statusTones: Record<PublicCampaignStatus, BadgeTone> = {
  published: "brand",
  paused: "amber",
  closed: "grey",
  won: "green",
};

export async function CampaignStatusBadge({ status }: { status: PublicCampaignStatus }) {
  const t = await getTranslations("Enums.campaignStatus");
  return <Badge tone={statusTones[status]}>{t(status)}</Badge>;
}
