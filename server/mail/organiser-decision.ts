import "server-only";
import type { ComposeOrganiserDecisionMail, DecisionMails } from "@/db/queries/moderation-decisions";
import { withHtml } from "@/lib/mail/html";
import { localizedUrl, storedLocale, translatorFor } from "@/server/translator";

/**
 * The answer to an organiser-access request: granted, with the way to the
 * organiser pages; refused, with the reason the admin chose. In the language
 * the requester last used (users.locale), English when unknown.
 */
const organiserDecisionMail: ComposeOrganiserDecisionMail = async ({ status, organisation, reason, locale: stored }) => {
  const locale = storedLocale(stored);
  const t = await translatorFor(locale);
  const values = {
    organisation,
    url: localizedUrl(status === "granted" ? "/organise" : "/account", locale),
    hasReason: reason ? "yes" : "no",
    reason: reason ?? "",
  };
  return withHtml({ subject: t(`OrganiserRequest.mail.${status}.subject`), text: t(`OrganiserRequest.mail.${status}.text`, values) }, locale);
};

/** Every mail a moderation decision may queue (decideModerationItems). */
export const decisionMails: DecisionMails = { organiserDecision: organiserDecisionMail };
