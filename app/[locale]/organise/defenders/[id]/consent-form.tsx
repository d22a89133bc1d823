"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, Select, SubmitButton, TextArea, TextField, type SelectOption } from "@/components/form";
import type { ActionState } from "@/server/action";
import { recordConsentAction } from "../actions";

export interface ConsentValues {
  consentStatus: string;
  consentGivenBy: string;
  consentMethod: string;
  consentGivenOn: string;
  consentNote: string;
}

/**
 * Records who gave consent, how and when; choosing "withdrawn" revokes it (the
 * old record stays in the audit log). Selects in these forms are keyed by their
 * current value: React applies a select's defaultValue only when it mounts,
 * and resets the form after each submit, so a refused choice would be lost.
 */
export function ConsentForm({ defenderId, initial, statusOptions }: { defenderId: string; initial: ConsentValues; statusOptions: SelectOption[] }) {
  const t = useTranslations("Organise.consent");
  const [state, formAction] = useActionState<ActionState, FormData>(recordConsentAction, { ok: false });
  const errors = state.fieldErrors ?? {};
  const value = (field: keyof ConsentValues) => state.values?.[field] ?? initial[field];
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormMessage state={state} id="consent-message" />
      <input type="hidden" name="defenderId" value={defenderId} />
      <Select key={value("consentStatus")} name="consentStatus" label={t("status")} options={statusOptions} defaultValue={value("consentStatus")} errors={errors.consentStatus} />
      <TextField name="consentGivenBy" label={t("givenBy")} hint={t("givenByHint")} defaultValue={value("consentGivenBy")} errors={errors.consentGivenBy} />
      <TextField name="consentMethod" label={t("method")} hint={t("methodHint")} defaultValue={value("consentMethod")} errors={errors.consentMethod} />
      <TextField name="consentGivenOn" type="date" label={t("givenOn")} defaultValue={value("consentGivenOn")} errors={errors.consentGivenOn} />
      <TextArea name="consentNote" label={t("note")} rows={3} defaultValue={value("consentNote")} errors={errors.consentNote} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
