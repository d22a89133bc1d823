"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, TextField } from "@/components/form";
import type { ActionState } from "@/server/action";
import { limitFields, limitNames } from "./input";

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function LimitsForm({ action, current }: { action: ServerAction; current: Record<string, string> }) {
  const t = useTranslations("AdminAbuse.limits");
  const [state, formAction] = useActionState<ActionState, FormData>(action, { ok: false });
  const errors = state.fieldErrors ?? {};
  const value = (field: string) => (state.ok ? current[field] : (state.values?.[field] ?? current[field]));
  return (
    <form action={formAction} className="flex max-w-3xl flex-col gap-6" noValidate>
      <FormMessage state={state} id="limits-message" />
      {limitNames.map((name) => {
        const fields = limitFields(name);
        return (
          <fieldset key={name} className="rounded-lg border border-line p-4">
            <legend className="px-1 font-semibold">{t(`names.${name}`)}</legend>
            <p className="mb-3 text-sm text-muted">{t(`describe.${name}`)}</p>
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                name={fields.points}
                label={t("points")}
                inputMode="numeric"
                required
                defaultValue={value(fields.points)}
                errors={errors[fields.points]}
              />
              <TextField
                name={fields.minutes}
                label={t("minutes")}
                inputMode="numeric"
                required
                defaultValue={value(fields.minutes)}
                errors={errors[fields.minutes]}
              />
            </div>
          </fieldset>
        );
      })}
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
