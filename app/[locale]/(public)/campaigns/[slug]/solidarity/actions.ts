"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { publicAction } from "@/server/action";
import { recordChannelAction } from "@/server/supporter-actions/channel";
import { honeypotField, idempotencyKeyField, optionalCountryField, optionalTextField, partnerFields } from "@/server/supporter-actions/fields";
import { outcomeState } from "@/server/supporter-actions/outcome";
import { messageLanguages, solidarityMessageMaxLength } from "./fields";

const solidaritySchema = z
  .object({
    campaignSlug: z.string().min(1, "Validation.required").max(200, "Validation.tooLong"),
    idempotencyKey: idempotencyKeyField,
    anonymous: z.string().optional().transform((value) => value === "on"),
    name: optionalTextField(100),
    country: optionalCountryField,
    message: z
      .string()
      .default("")
      .transform((value) => value.trim())
      .pipe(
        z
          .string()
          .min(1, "Validation.required")
          .max(solidarityMessageMaxLength, "Validation.tooLong"),
      ),
    language: z.enum(messageLanguages, "Validation.invalid"),
    website: honeypotField,
    ...partnerFields,
  })
  .refine((input) => input.anonymous || input.name !== null, { path: ["name"], message: "Channels.solidarity.nameOrAnonymous" });

/**
 * Stores a message of solidarity PENDING: nothing new is shown publicly until a
 * moderator approves it. A bot that fills the honeypot is told the same as a
 * person and nothing is stored.
 */
export const sendSolidarityMessage = publicAction({
  schema: solidaritySchema,
  echo: ["name", "country", "message", "language", "anonymous", "partnerContact"],
  run: async (input) => {
    const t = await getTranslations("Channels");
    const done = t("solidarity.done");
    if (input.website) return { ok: true, message: done };
    const outcome = await recordChannelAction("solidarity", input.campaignSlug, {
      idempotencyKey: input.idempotencyKey,
      selfReported: false,
      status: "pending",
      name: input.anonymous ? null : input.name,
      showName: !input.anonymous,
      country: input.country,
      language: input.language,
      personalText: input.message,
      source: input.source,
      partnerContact: input.partnerContact,
    });
    return outcomeState(outcome, done);
  },
});
