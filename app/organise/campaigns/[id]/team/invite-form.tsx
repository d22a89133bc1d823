"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, TextField } from "@/components/form";
import type { ActionState } from "@/lib/action";
import { inviteAction } from "./actions";

export function InviteForm({ campaignId }: { campaignId: string }) {
  const t = useTranslations("Organise.team");
  const [state, formAction] = useActionState<ActionState, FormData>(inviteAction, { ok: false });
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormMessage state={state} id="invite-message" />
      <input type="hidden" name="campaignId" value={campaignId} />
      <TextField
        name="email"
        type="email"
        autoComplete="off"
        label={t("email")}
        hint={t("emailHint")}
        defaultValue={state.ok ? "" : state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <div>
        <SubmitButton pendingLabel={t("inviting")}>{t("invite")}</SubmitButton>
      </div>
    </form>
  );
}
