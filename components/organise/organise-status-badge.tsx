import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { CampaignStatus } from "@/db/queries/organise-campaigns";

const tones: Record<CampaignStatus, BadgeTone> = {
  draft: "grey",
  in_review: "violet",
  published: "brand",
  paused: "amber",
  closed: "grey",
  won: "green",
};

/** Every lifecycle status, drafts and reviews included (the public badge knows only public ones). */
export async function OrganiseStatusBadge({ status }: { status: CampaignStatus }) {
  const t = await getTranslations("Enums.campaignStatus");
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
