"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, Select, SubmitButton, TextField } from "@/components/form";
import { listEntryKinds, listTypes } from "@/db/schema/enums";
import type { ActionState } from "@/server/action";

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function ListEntryForm({ action }: { action: ServerAction }) {
  const t = useTranslations("AdminAbuse.lists");
  const [state, formAction] = useActionState<ActionState, FormData>(action, { ok: false });
  const errors = state.fieldErrors ?? {};
  const value = (field: string, fallback = "") => (state.ok ? fallback : (state.values?.[field] ?? fallback));
  return (
    // key: a successful add empties the form, a refused one keeps what was typed.
    <form key={state.ok ? state.message : "editing"} action={formAction} className="flex max-w-3xl flex-col gap-4" noValidate>
      <FormMessage state={state} id="list-entry-message" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select
          name="list"
          label={t("list")}
          options={listTypes.map((list) => ({ value: list, label: t(`listNames.${list}`) }))}
          defaultValue={value("list", "block")}
          errors={errors.list}
        />
        <Select
          name="kind"
          label={t("kind")}
          options={listEntryKinds.map((kind) => ({ value: kind, label: t(`kindNames.${kind}`) }))}
          defaultValue={value("kind", "ip_range")}
          errors={errors.kind}
        />
      </div>
      <TextField
        name="value"
        label={t("value")}
        hint={t("valueHint")}
        required
        autoComplete="off"
        spellCheck={false}
        defaultValue={value("value")}
        errors={errors.value}
      />
      <TextField name="reason" label={t("reason")} hint={t("reasonHint")} optionalLabel={t("optional")} defaultValue={value("reason")} errors={errors.reason} />
      <TextField
        name="expiresInDays"
        label={t("expiresInDays")}
        hint={t("expiresInDaysHint")}
        optionalLabel={t("optional")}
        inputMode="numeric"
        className="max-w-40"
        defaultValue={value("expiresInDays")}
        errors={errors.expiresInDays}
      />
      <div>
        <SubmitButton pendingLabel={t("adding")}>{t("add")}</SubmitButton>
      </div>
    </form>
  );
}
