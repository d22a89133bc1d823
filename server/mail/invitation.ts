import "server-only";
import { createTranslator } from "next-intl";
import type { ComposeInvitationMail } from "@/db/queries/invitations";
import { env } from "@/lib/env";
import messages from "@/messages/en";

/** The co-organiser invitation: who invites, to which campaign, and the single-use accept link. */
export const invitationMail: ComposeInvitationMail = ({ campaignTitle, inviter, token, days }) => {
  const t = createTranslator({ locale: "en", messages, namespace: "Organise.email.invitation" });
  const url = new URL(`/organise/invitations/${token}`, env().SITE_URL).toString();
  return {
    subject: t("subject", { campaign: campaignTitle }),
    text: t("text", { campaign: campaignTitle, inviter, url, days }),
  };
};
