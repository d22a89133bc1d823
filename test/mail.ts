import { randomToken } from "@/lib/crypto";
import { routes } from "@/lib/routes";

/**
 * A confirmation mail for query tests. A query stores the message it is given; the
 * words are server/supporter-actions/confirmation-mail.ts's and tested there, and db/
 * imports nothing from server/ (docs/decisions/0019-layers.md). The text carries the
 * link, so a test can read the token back from the outbox as from a real mail.
 */
export function testConfirmationMail(campaignTitle: string, token = randomToken()) {
  return { token, subject: `Confirm your action for ${campaignTitle}`, text: `Confirm: https://inkwell.test${routes.confirm(token)}` };
}
