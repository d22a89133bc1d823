import "server-only";
import { redirect, requestLocale } from "@/i18n/navigation";
import { recordPendingSignature } from "@/db/queries/signatures";
import { resolveSupporterTargetsForSigning } from "@/db/queries/supporter-targets";
import { actionKindTable, sentPath, type SignatureKind } from "@/lib/action-kinds";
import { embedSentPath } from "@/lib/embed-origins";
import { isActionFetch } from "@/server/action-fetch";
import { isEmbedRequest } from "@/server/embed";
import { publicAction, type ActionState } from "@/server/action";
import { randomToken } from "@/lib/crypto";
import { canonicalEmail } from "@/lib/email/canonical";
import { countSupporterAction } from "@/lib/metrics";
import { composeConfirmationMail } from "./confirmation-mail";
import { signatureSchema } from "./fields";
import { collectionGate } from "./gate";
import { signatureLanguage } from "./letter-language";
import { partnerAttribution } from "./partner";
import { screenSubmission } from "./screening";

/**
 * The supporter pipeline for the kinds confirmed by email (a letter, an
 * organisation's sign-on, a petition: every row of lib/action-kinds.ts with
 * `confirmedByEmail`): one server action per kind, built from its row.
 * Gate, honeypot, screening (lists, proof of work, rate limits), the
 * campaign's targets when the kind is addressed to them, the confirmation
 * mail composed here, then the pending signature stored with it. Every
 * accepted submission is answered "check your email", whether the address had
 * signed before or not (and so is a honeypot hit): see `signed` below.
 */

/** The server action of a kind's signature form: `export const signPetition = signatureAction("petition")`. */
export function signatureAction(kind: SignatureKind) {
  const row = actionKindTable[kind];
  const echo = ["email", "country", "partnerContact", ...row.signatureFields] as const;
  return publicAction({
    schema: signatureSchema(kind),
    echo,
    run: async (input, { formData }) => {
      const values = Object.fromEntries(echo.map((field) => [field, String(formData.get(field) ?? "")]));
      const gate = await collectionGate(input.campaign, kind);
      if (!gate.open) {
        countSupporterAction(kind, "closed");
        return { ok: false, message: gate.message, values };
      }
      if (input.website) {
        countSupporterAction(kind, "honeypot");
        return signed(input.campaign, kind);
      }
      // The letter's language is one the campaign wrote, or nothing is screened or stored.
      const letter = await signatureLanguage(kind, gate.campaign, input.language, input.country, await requestLocale());
      if (!letter.ok) {
        countSupporterAction(kind, "invalid");
        return { ok: false, message: letter.message, fieldErrors: letter.fieldErrors, values };
      }

      const canonical = canonicalEmail(input.email);
      const screening = await screenSubmission(canonical, input.altcha, { campaignId: gate.campaign.id, kind });
      if (!screening.allowed) {
        // Screening refuses a listed address or a spent rate limit; the message tells which, the metric says "blocked" for both.
        countSupporterAction(kind, "blocked");
        return { ok: false, message: screening.message, values };
      }
      const [targets, locale, partner] = await Promise.all([
        row.needsTarget ? resolveSupporterTargetsForSigning(gate.campaign.id, kind, input.country) : [],
        requestLocale(),
        partnerAttribution(gate.campaign.id, input),
      ]);
      await recordPendingSignature({
        campaign: gate.campaign,
        kind,
        targetId: targets[0]?.target.id ?? null,
        email: input.email,
        canonicalEmail: canonical,
        name: input.name ?? null,
        showName: input.showName ?? false,
        wantsUpdates: input.wantsUpdates ?? false,
        country: input.country,
        city: input.city ?? null,
        language: letter.language,
        locale,
        personalText: input.personalText ?? input.comment ?? null,
        showText: input.showText ?? false,
        organisationName: input.organisationName ?? null,
        organisationWebsite: input.organisationWebsite ?? null,
        powVerified: screening.powVerified,
        ipHash: screening.ipHash,
        idempotencyKey: input.idempotencyKey,
        partnerSourceId: partner.source?.id ?? null,
        partnerContactConsent: partner.consent,
        confirmation: await composeConfirmationMail(kind, gate.campaign.title, randomToken(), locale, partner.source),
      });
      countSupporterAction(kind, "accepted");
      return signed(input.campaign, kind);
    },
  });
}

/**
 * The answer to an accepted submission, the same for a honeypot hit. Posted by
 * React's fetch (JavaScript on), the action state `sent`: the form shows
 * "check your email" in place, and no second page is rendered into the
 * action's response (docs/performance.md). A plain HTML post (no JavaScript)
 * is redirected (303) to the kind's cached "check your email" page; from an
 * embed, to the embed's own, so the answer stays inside the partner's frame (ADR 0030).
 */
async function signed(campaignSlug: string, kind: SignatureKind): Promise<ActionState> {
  if (await isActionFetch()) return { ok: true, sent: true };
  const segment = actionKindTable[kind].segment;
  return redirect((await isEmbedRequest()) ? embedSentPath(campaignSlug, segment) : sentPath(campaignSlug, kind));
}
