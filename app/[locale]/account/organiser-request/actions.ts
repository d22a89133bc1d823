"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requestOrganiserAccess } from "@/db/queries/organiser-requests";
import { protectedAction } from "@/server/action";

const schema = z.object({
  organisationName: z.string().trim().min(2, "Validation.required").max(200, "Validation.tooLong"),
  reason: z.string().trim().min(20, "OrganiserRequest.reasonTooShort").max(2000, "Validation.tooLong"),
});

export const requestOrganiserAccessAction = protectedAction("organiser-request:create:own", {
  schema,
  echo: ["organisationName", "reason"],
  run: async (input, { viewer }) => {
    const outcome = await requestOrganiserAccess(viewer, input);
    const t = await getTranslations("OrganiserRequest");
    revalidatePath("/account");
    return { ok: true, message: outcome === "created" ? t("sent") : t("alreadyPending") };
  },
});
