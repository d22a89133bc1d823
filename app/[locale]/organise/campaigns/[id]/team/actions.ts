"use server";

import { refresh } from "next/cache";
import { redirect, requestLocale } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { acceptInvitation, inviteCoOrganiser, removeCoOrganiser, revokeInvitation } from "@/db/queries/invitations";
import { protectedAction } from "@/server/action";
import { invitationMail } from "@/server/mail/invitation";

export const inviteAction = protectedAction("campaign:edit:own", {
  schema: z.object({
    campaignId: z.string(),
    email: z.string().trim().toLowerCase().min(1, "Validation.required").max(254, "Validation.tooLong").pipe(z.email("Validation.invalidEmail")),
  }),
  echo: ["email"],
  refusals: { notFound: "Organise.team.notFound" },
  run: async ({ campaignId, email }, { viewer }) => {
    const t = await getTranslations("Organise.team");
    const result = await inviteCoOrganiser(viewer, campaignId, email, invitationMail(await requestLocale()));
    if (!result.ok) return { ok: false, message: t("fixErrors"), fieldErrors: { email: [t("alreadyMember")] }, values: { email } };
    refresh();
    return { ok: true, message: t("invited", { email }) };
  },
});

export const revokeInvitationAction = protectedAction("campaign:edit:own", {
  schema: z.object({ campaignId: z.string(), invitationId: z.string() }),
  refusals: { notFound: "Organise.team.notFound" },
  run: async ({ campaignId, invitationId }, { viewer }) => {
    const t = await getTranslations("Organise.team");
    await revokeInvitation(viewer, campaignId, invitationId);
    refresh();
    return { ok: true, message: t("revoked") };
  },
});

export const removeOrganiserAction = protectedAction("campaign:edit:own", {
  schema: z.object({ campaignId: z.string(), userId: z.string() }),
  refusals: { notFound: "Organise.team.notFound" },
  run: async ({ campaignId, userId }, { viewer }) => {
    const t = await getTranslations("Organise.team");
    await removeCoOrganiser(viewer, campaignId, userId);
    refresh();
    return { ok: true, message: t("removed") };
  },
});

export const acceptInvitationAction = protectedAction("account:read:own", {
  schema: z.object({ token: z.string().min(1).max(200) }),
  run: async ({ token }, { viewer }) => {
    const t = await getTranslations("Organise.invitation");
    const result = await acceptInvitation(viewer, token);
    if (!result.ok) return { ok: false, message: result.reason === "wrongAccount" ? t("wrongAccountGeneric") : t(result.reason) };
    return redirect(`/organise/campaigns/${result.campaignId}/team`);
  },
});
