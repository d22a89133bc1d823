"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { recordPendingSignature } from "@/db/queries/signatures";
import { publicAction } from "@/server/action";
import { canonicalEmail } from "@/lib/email/canonical";
import { collectionGate, screenSubmission } from "@/lib/rate-limit/signing";
import {
  altchaField,
  countryField,
  emailField,
  honeypotField,
  idempotencyKeyField,
  nameField,
  slugField,
} from "../letter/fields";

const websiteField = z
  .string()
  .trim()
  .max(300, "Validation.tooLong")
  .optional()
  .transform((value) => (value && !/^https?:\/\//i.test(value) ? `https://${value}` : value || null))
  .pipe(z.url({ protocol: /^https?$/, error: "SupporterActions.errors.invalidWebsite" }).nullable());

const signOnSchema = z.object({
  campaign: slugField,
  idempotencyKey: idempotencyKeyField,
  organisationName: nameField.max(200, "Validation.tooLong"),
  country: countryField,
  organisationWebsite: websiteField,
  email: emailField,
  website: honeypotField,
  altcha: altchaField,
});

const echo = ["organisationName", "country", "organisationWebsite", "email"] as const;

function sentPath(slug: string): string {
  return `/campaigns/${slug}/sign-on/sent`;
}

/**
 * An organisation signs on to a campaign's open letter: pending until its
 * contact confirms by email, and listed only once the organisers approve it.
 * Deduped per contact email, answered the same way for a repeat.
 */
export const signOn = publicAction({
  schema: signOnSchema,
  echo,
  run: async (input, { formData }) => {
    const values = Object.fromEntries(echo.map((field) => [field, String(formData.get(field) ?? "")]));
    const gate = await collectionGate(input.campaign, "org_signon");
    if (!gate.open) return { ok: false, message: gate.message, values };
    if (input.website) redirect(sentPath(input.campaign));

    const canonical = canonicalEmail(input.email);
    const screening = await screenSubmission(canonical, input.altcha, { campaignId: gate.campaign.id, kind: "org_signon" });
    if (!screening.allowed) return { ok: false, message: screening.message, values };
    await recordPendingSignature({
      campaign: gate.campaign,
      kind: "org_signon",
      targetId: null,
      email: input.email,
      canonicalEmail: canonical,
      name: null,
      showName: false,
      wantsUpdates: false,
      country: input.country,
      city: null,
      language: await getLocale(),
      personalText: null,
      organisationName: input.organisationName,
      organisationWebsite: input.organisationWebsite,
      powVerified: screening.powVerified,
      ipHash: screening.ipHash,
      idempotencyKey: input.idempotencyKey,
    });
    redirect(sentPath(input.campaign));
  },
});
