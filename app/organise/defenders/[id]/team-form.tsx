"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, TextField } from "@/components/form";
import type { ActionState } from "@/lib/action";
import { addDefenderOrganiserAction } from "../actions";

/** Adds an organiser to the people who look after a defender's profile. */
export function DefenderTeamForm({ defenderId }: { defenderId: string }) {
  const t = useTranslations("Organise.defenderTeam");
  const [state, formAction] = useActionState<ActionState, FormData>(addDefenderOrganiserAction, { ok: false });
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormMessage state={state} id="defender-team-message" />
      <input type="hidden" name="defenderId" value={defenderId} />
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
        <SubmitButton pendingLabel={t("adding")}>{t("add")}</SubmitButton>
      </div>
    </form>
  );
}
