"use client";

import { PartnerSourceField, type PartnerSourceChoice } from "@/components/partner/partner-source-field";
import { useActionState } from "react";
import { FormMessage, Select, SubmitButton, TextArea, TextField, type SelectOption } from "@/components/form";
import type { ActionState } from "@/server/action";

export interface DidItLabels {
  heading: string;
  lead: string;
  name: string;
  optional: string;
  country: string;
  countryPlaceholder: string;
  note?: string;
  noteHint?: string;
  submit: string;
  pending: string;
}

/**
 * "I did it": records a self-reported action (emailed, phoned, posted). Works
 * without JavaScript: the action's answer re-renders the page with the message.
 */
export function DidItForm({
  action,
  campaignSlug,
  targetId,
  idempotencyKey,
  defaultCountry,
  countries,
  labels,
  formId,
  noteMaxLength,
  source,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  campaignSlug: string;
  targetId: string | null;
  idempotencyKey: string;
  defaultCountry: string | null;
  countries: SelectOption[];
  labels: DidItLabels;
  /** Unique on the page: several targets each have a form. */
  formId: string;
  /** Shows the outcome-note field (calls). */
  noteMaxLength?: number;
  /** The partner the page's ?source= named (ADR 0029): counted, no box (no address is asked here to contact). */
  source?: PartnerSourceChoice | null;
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, { ok: false });
  const errors = state.fieldErrors ?? {};
  const messageId = `${formId}-message`;
  if (state.ok) return <FormMessage state={state} id={messageId} />;
  return (
    <form action={formAction} className="space-y-4" aria-labelledby={`${formId}-heading`} noValidate>
      <h3 id={`${formId}-heading`} className="text-lg font-semibold">
        {labels.heading}
      </h3>
      <p className="text-sm text-muted">{labels.lead}</p>
      <input type="hidden" name="campaignSlug" value={campaignSlug} />
      <input type="hidden" name="targetId" value={targetId ?? ""} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={`${formId}-name`}
          name="name"
          label={labels.name}
          optionalLabel={labels.optional}
          autoComplete="name"
          maxLength={100}
          defaultValue={state.values?.name}
          errors={errors.name}
        />
        <Select
          id={`${formId}-country`}
          name="country"
          label={labels.country}
          placeholder={labels.countryPlaceholder}
          options={countries}
          defaultValue={state.values?.country ?? defaultCountry ?? ""}
          errors={errors.country}
        />
      </div>
      {noteMaxLength && labels.note ? (
        <TextArea
          id={`${formId}-note`}
          name="note"
          label={labels.note}
          optionalLabel={labels.optional}
          hint={labels.noteHint}
          rows={3}
          maxLength={noteMaxLength}
          defaultValue={state.values?.note}
          errors={errors.note}
        />
      ) : null}
      <FormMessage state={state} id={messageId} />
      <PartnerSourceField source={source} contact={false} />
      <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
