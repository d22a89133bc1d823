"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { publicAction } from "@/server/action";
import { recordChannelAction } from "@/server/supporter-actions/channel";
import {
  callNoteMaxLength,
  idempotencyKeyField,
  optionalCountryField,
  optionalTextField,
  optionalUuidField,
  partnerFields,
} from "@/server/supporter-actions/fields";
import { outcomeState } from "@/server/supporter-actions/outcome";

const didItSchema = z.object({
  campaignSlug: z.string().min(1, "Validation.required").max(200, "Validation.tooLong"),
  targetId: optionalUuidField,
  idempotencyKey: idempotencyKeyField,
  name: optionalTextField(100),
  country: optionalCountryField,
  note: optionalTextField(callNoteMaxLength),
  ...partnerFields,
});

type SelfReportedKind = "email" | "call" | "letter";

const successKey = { email: "emailDone", call: "callDone", letter: "postDone" } as const;

/** "I did it" for one channel: a self-reported action, confirmed at once, counted apart from confirmed ones. */
function selfReportAction(kind: SelfReportedKind) {
  return publicAction({
    schema: didItSchema,
    echo: ["name", "country", "note", "partnerContact"],
    run: async (input) => {
      const t = await getTranslations("Channels");
      const outcome = await recordChannelAction(kind, input.campaignSlug, {
        targetId: input.targetId,
        idempotencyKey: input.idempotencyKey,
        selfReported: true,
        status: "confirmed",
        name: input.name,
        country: input.country,
        personalText: kind === "call" ? input.note : null,
        source: input.source,
        partnerContact: input.partnerContact,
      });
      return outcomeState(outcome, t(successKey[kind]));
    },
  });
}

export const reportEmailSent = selfReportAction("email");
export const reportCallMade = selfReportAction("call");
/** "I posted it" and "I sent it" on the post-it page: both are the letter, sent by the supporter. */
export const reportLetterSent = selfReportAction("letter");
