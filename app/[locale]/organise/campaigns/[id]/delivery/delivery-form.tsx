"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, Select, SubmitButton, TextArea, TextField } from "@/components/form";
import type { ActionState } from "@/server/action";

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function DeliveryForm({
  action,
  campaignId,
  targets,
  today,
}: {
  action: ServerAction;
  campaignId: string;
  targets: { id: string; name: string; letters: number }[];
  today: string;
}) {
  const t = useTranslations("Delivery");
  const [state, formAction] = useActionState<ActionState, FormData>(action, { ok: false });
  const errors = state.fieldErrors ?? {};
  const value = (field: string, fallback = "") => (state.ok ? fallback : (state.values?.[field] ?? fallback));
  const optional = t("optional");
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <Select
        name="targetId"
        label={t("target")}
        placeholder={t("noTarget")}
        options={targets.map((target) => ({ value: target.id, label: target.name }))}
        defaultValue={value("targetId")}
        errors={errors.targetId}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="deliveredOn" type="date" label={t("deliveredOn")} max={today} required defaultValue={value("deliveredOn", today)} errors={errors.deliveredOn} />
        <TextField name="actionCount" inputMode="numeric" label={t("actionCount")} required defaultValue={value("actionCount", "0")} errors={errors.actionCount} />
      </div>
      <TextField name="method" label={t("method")} hint={t("methodHint")} required defaultValue={value("method")} errors={errors.method} />
      <TextArea name="response" label={t("response")} hint={t("responseHint")} optionalLabel={optional} rows={3} defaultValue={value("response")} errors={errors.response} />
      <div>
        <SubmitButton pendingLabel={t("recording")}>{t("record")}</SubmitButton>
      </div>
    </form>
  );
}
