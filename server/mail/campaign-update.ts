import "server-only";
import { unsubscribeToken, type ComposeCampaignUpdateMail } from "@/db/queries/campaign-updates";
import { withHtml } from "@/lib/mail/html";
import { routes } from "@/lib/routes";
import { localizedUrl, storedLocale, translatorFor } from "@/server/translator";

/**
 * The mail an opted-in signer gets about a campaign update, in the language of
 * their action (actions.locale; English when unknown), with the campaign's link
 * and their own unsubscribe link in that language. The query calls it once per
 * signer; the translator is built once per language (server/translator.ts).
 */
export const campaignUpdateMail: ComposeCampaignUpdateMail = async ({ actionId, locale: stored, campaign, update }) => {
  const locale = storedLocale(stored);
  const t = await translatorFor(locale);
  return withHtml({
    subject: t("CampaignUpdates.email.subject", { campaign: campaign.title, title: update.title }),
    text: t("CampaignUpdates.email.text", {
      kind: t(`Enums.updateKind.${update.kind}`),
      title: update.title,
      body: update.body,
      campaign: campaign.title,
      campaignUrl: localizedUrl(routes.campaign(campaign.slug), locale),
      unsubscribeUrl: localizedUrl(`/unsubscribe/${unsubscribeToken(actionId)}`, locale),
    }),
  }, locale);
};
