import "server-only";
import { createTranslator } from "next-intl";
import { unsubscribeToken, type ComposeCampaignUpdateMail } from "@/db/queries/campaign-updates";
import { env } from "@/lib/env";
import messages from "@/messages/en";

/** The mail an opted-in signer gets about a campaign update, with the campaign's link and their own unsubscribe link. */
export const campaignUpdateMail: ComposeCampaignUpdateMail = ({ actionId, campaign, update }) => {
  const t = createTranslator({ locale: "en", messages, namespace: "CampaignUpdates.email" });
  const tKind = createTranslator({ locale: "en", messages, namespace: "Enums.updateKind" });
  const site = env().SITE_URL.replace(/\/$/, "");
  return {
    subject: t("subject", { campaign: campaign.title, title: update.title }),
    text: t("text", {
      kind: tKind(update.kind),
      title: update.title,
      body: update.body,
      campaign: campaign.title,
      campaignUrl: `${site}/campaigns/${campaign.slug}`,
      unsubscribeUrl: `${site}/unsubscribe/${unsubscribeToken(actionId)}`,
    }),
  };
};
