"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { recordPendingSignature } from "@/db/queries/signatures";
import { resolveSupporterTargetsForSigning } from "@/db/queries/supporter-targets";
import { publicAction } from "@/server/action";
import { canonicalEmail } from "@/lib/email/canonical";
import { collectionGate, screenSubmission } from "@/lib/rate-limit/signing";
import {
  altchaField,
  checkboxField,
  countryField,
  emailField,
  honeypotField,
  idempotencyKeyField,
  nameField,
  optionalText,
  personalTextLimit,
  slugField,
} from "./fields";

const letterSchema = z.object({
  campaign: slugField,
  idempotencyKey: idempotencyKeyField,
  name: nameField,
  email: emailField,
  country: countryField,
  city: optionalText(100),
  personalText: optionalText(personalTextLimit),
  showName: checkboxField,
  showText: checkboxField,
  wantsUpdates: checkboxField,
  website: honeypotField,
  altcha: altchaField,
});

const echo = ["name", "email", "country", "city", "personalText", "showName", "showText", "wantsUpdates"] as const;

function sentPath(slug: string): string {
  return `/campaigns/${slug}/letter/sent`;
}

/**
 * Signs a campaign's letter: stores it pending and mails a confirmation link.
 * Every accepted submission ends on the same "check your email" page, whether
 * the address had signed before or not.
 */
export const signLetter = publicAction({
  schema: letterSchema,
  echo,
  run: async (input, { formData }) => {
    const values = Object.fromEntries(echo.map((field) => [field, String(formData.get(field) ?? "")]));
    const gate = await collectionGate(input.campaign, "letter");
    if (!gate.open) return { ok: false, message: gate.message, values };
    if (input.website) redirect(sentPath(input.campaign));

    const canonical = canonicalEmail(input.email);
    const screening = await screenSubmission(canonical, input.altcha, { campaignId: gate.campaign.id, kind: "letter" });
    if (!screening.allowed) return { ok: false, message: screening.message, values };
    const [targets, locale] = await Promise.all([
      resolveSupporterTargetsForSigning(gate.campaign.id, "letter", input.country),
      getLocale(),
    ]);
    await recordPendingSignature({
      campaign: gate.campaign,
      kind: "letter",
      targetId: targets[0]?.target.id ?? null,
      email: input.email,
      canonicalEmail: canonical,
      name: input.name,
      showName: input.showName,
      wantsUpdates: input.wantsUpdates,
      country: input.country,
      city: input.city,
      language: locale,
      personalText: input.personalText,
      showText: input.showText,
      organisationName: null,
      organisationWebsite: null,
      powVerified: screening.powVerified,
      ipHash: screening.ipHash,
      idempotencyKey: input.idempotencyKey,
    });
    redirect(sentPath(input.campaign));
  },
});
