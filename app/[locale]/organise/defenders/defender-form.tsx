"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, Select, SubmitButton, TextArea, TextField, type SelectOption } from "@/components/form";
import type { ActionState } from "@/server/action";

export interface DefenderFormValues {
  name: string;
  nameNative: string;
  slug: string;
  country: string;
  profession: string;
  status: string;
  summary: string;
  storyMarkdown: string;
}

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function DefenderForm({
  action,
  defenderId,
  initial,
  statusOptions,
}: {
  action: ServerAction;
  defenderId?: string;
  initial: DefenderFormValues;
  statusOptions: SelectOption[];
}) {
  const t = useTranslations("Organise.defender");
  const [state, formAction] = useActionState<ActionState, FormData>(action, { ok: false });
  const errors = state.fieldErrors ?? {};
  const value = (field: keyof DefenderFormValues) => state.values?.[field] ?? initial[field];
  const optional = t("optional");
  return (
    <form action={formAction} className="flex max-w-3xl flex-col gap-5" noValidate>
      <FormMessage state={state} id="defender-message" />
      {defenderId ? <input type="hidden" name="defenderId" value={defenderId} /> : null}
      <TextField name="name" label={t("name")} required defaultValue={value("name")} errors={errors.name} />
      <TextField name="nameNative" label={t("nameNative")} optionalLabel={optional} defaultValue={value("nameNative")} errors={errors.nameNative} />
      <TextField name="slug" label={t("slug")} hint={t("slugHint")} required defaultValue={value("slug")} errors={errors.slug} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="country" label={t("country")} hint={t("countryHint")} maxLength={2} required defaultValue={value("country")} errors={errors.country} />
        <Select key={value("status")} name="status" label={t("status")} options={statusOptions} defaultValue={value("status")} errors={errors.status} />
      </div>
      <TextField name="profession" label={t("profession")} optionalLabel={optional} defaultValue={value("profession")} errors={errors.profession} />
      <TextArea name="summary" label={t("summary")} rows={3} required defaultValue={value("summary")} errors={errors.summary} />
      <TextArea name="storyMarkdown" label={t("story")} hint={t("storyHint")} rows={10} optionalLabel={optional} defaultValue={value("storyMarkdown")} errors={errors.storyMarkdown} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{defenderId ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
