import "server-only";
import type { ComposeInvitationMail } from "@/db/queries/invitations";
import type { Locale } from "@/i18n/config";
import { withHtml } from "@/lib/mail/html";
import { localizedUrl, storedLocale, translatorFor } from "@/server/translator";

/**
 * The co-organiser invitation: who invites, to which campaign, and the single-use
 * accept link. Written in the invitee's language when they have an account that
 * recorded one (users.locale), else in `inviterLocale`, the language the inviter
 * is using: `inviteCoOrganiser(viewer, id, email, invitationMail(await requestLocale()))`.
 */
export function invitationMail(inviterLocale: Locale): ComposeInvitationMail {
  return async ({ campaignTitle, inviter, token, days, inviteeLocale }) => {
    const locale = storedLocale(inviteeLocale, inviterLocale);
    const t = await translatorFor(locale);
    const url = localizedUrl(`/organise/invitations/${token}`, locale);
    return withHtml({
      subject: t("Organise.email.invitation.subject", { campaign: campaignTitle }),
      text: t("Organise.email.invitation.text", { campaign: campaignTitle, inviter, url, days }),
    }, locale);
  };
}
