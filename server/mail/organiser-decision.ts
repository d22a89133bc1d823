import "server-only";
import { createTranslator } from "next-intl";
import type { ComposeOrganiserDecisionMail, DecisionMails } from "@/db/queries/moderation-decisions";
import { env } from "@/lib/env";
import messages from "@/messages/en";

/**
 * The answer to an organiser-access request: granted, with the way to the
 * organiser pages; refused, with the reason the admin chose.
 */
const organiserDecisionMail: ComposeOrganiserDecisionMail = ({ status, organisation, reason }) => {
  const t = createTranslator({ locale: "en", messages, namespace: "OrganiserRequest.mail" });
  const site = env().SITE_URL.replace(/\/$/, "");
  const values = {
    organisation,
    url: `${site}${status === "granted" ? "/organise" : "/account"}`,
    hasReason: reason ? "yes" : "no",
    reason: reason ?? "",
  };
  return { subject: t(`${status}.subject`), text: t(`${status}.text`, values) };
};

/** Every mail a moderation decision may queue (decideModerationItems). */
export const decisionMails: DecisionMails = { organiserDecision: organiserDecisionMail };
