"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { recordSupporterAction } from "@/db/queries/supporter-actions";
import { publicAction } from "@/server/action";
import {
  channelRequest,
  idempotencyKeyField,
  optionalCountryField,
  optionalTextField,
  outcomeState,
} from "../email/_channel/server";
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
    /** Honeypot: hidden from people, filled by bots. */
    homepage: z.string().optional(),
  })
  .refine((input) => input.anonymous || input.name !== null, { path: ["name"], message: "Channels.solidarity.nameOrAnonymous" });

/**
 * Stores a message of solidarity PENDING: nothing new is shown publicly until a
 * moderator approves it. A bot that fills the honeypot is told the same as a
 * person and nothing is stored.
 */
export const sendSolidarityMessage = publicAction({
  schema: solidaritySchema,
  echo: ["name", "country", "message", "language", "anonymous"],
  run: async (input) => {
    const t = await getTranslations("Channels");
    const done = t("solidarity.done");
    if (input.homepage) return { ok: true, message: done };
    const request = await channelRequest("solidarity");
    if (!request.collecting) return outcomeState("paused", "");
    if (request.blocked) return outcomeState("blocked", "");
    const outcome = await recordSupporterAction(
      {
        campaignSlug: input.campaignSlug,
        kind: "solidarity",
        idempotencyKey: input.idempotencyKey,
        selfReported: false,
        status: "pending",
        name: input.anonymous ? null : input.name,
        showName: !input.anonymous,
        country: input.country,
        language: input.language,
        personalText: input.message,
        ipHash: request.ipHash,
      },
      request.charges,
    );
    return outcomeState(outcome, done);
  },
});
