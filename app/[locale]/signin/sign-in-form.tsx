"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, TextField } from "@/components/form";
import type { ActionState } from "@/server/action";
import { requestSignInLink } from "./actions";

export function SignInForm({ returnTo }: { returnTo?: string }) {
  const t = useTranslations("Organise.signIn");
  const [state, formAction] = useActionState<ActionState, FormData>(requestSignInLink, { ok: false });
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <TextField
        name="email"
        type="email"
        autoComplete="email"
        required
        label={t("email")}
        hint={t("emailHint")}
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <SubmitButton pendingLabel={t("sending")}>{t("sendLink")}</SubmitButton>
    </form>
  );
}
