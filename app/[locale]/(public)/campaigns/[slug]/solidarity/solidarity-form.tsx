"use client";

import { PartnerSourceField, type PartnerSourceChoice } from "@/components/partner/partner-source-field";
import { useActionState } from "react";
import { Checkbox, FormMessage, Select, SubmitButton, TextArea, TextField, type SelectOption } from "@/components/form";
import type { ActionState } from "@/server/action";
import { sendSolidarityMessage } from "./actions";
import { Honeypot } from "../letter/honeypot";

export interface SolidarityLabels {
  name: string;
  anonymous: string;
  anonymousHint: string;
  highRiskNotice: string;
  country: string;
  countryPlaceholder: string;
  optional: string;
  message: string;
  messageHint: string;
  language: string;
  honeypot: string;
  submit: string;
  pending: string;
  doneHeading: string;
}

/**
 * A message of solidarity. On high-risk campaigns no name is asked for at all.
 * Works without JavaScript: the answer re-renders the page.
 */
export function SolidarityForm({
  campaignSlug,
  highRisk,
  idempotencyKey,
  defaultCountry,
  defaultLanguage,
  countries,
  languages,
  maxLength,
  labels,
  source,
}: {
  campaignSlug: string;
  highRisk: boolean;
  idempotencyKey: string;
  defaultCountry: string | null;
  defaultLanguage: string;
  countries: SelectOption[];
  languages: SelectOption[];
  maxLength: number;
  labels: SolidarityLabels;
  /** The partner the page's ?source= named (ADR 0029), or null. */
  source?: PartnerSourceChoice | null;
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(sendSolidarityMessage, { ok: false });
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  if (state.ok) {
    return (
      <section aria-labelledby="solidarity-done" className="rounded-xl bg-tone-green-soft p-6">
        <h2 id="solidarity-done" className="text-2xl font-semibold text-tone-green">
          {labels.doneHeading}
        </h2>
        <FormMessage state={state} id="solidarity-message-status" />
      </section>
    );
  }
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} id="solidarity-message-status" />
      <input type="hidden" name="campaignSlug" value={campaignSlug} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {highRisk ? (
        <>
          <input type="hidden" name="anonymous" value="on" />
          <p className="rounded-md bg-tone-amber-soft p-3 text-sm text-tone-amber">{labels.highRiskNotice}</p>
        </>
      ) : (
        <div className="space-y-3">
          <TextField
            name="name"
            label={labels.name}
            autoComplete="name"
            maxLength={100}
            defaultValue={values.name}
            errors={errors.name}
          />
          <Checkbox
            name="anonymous"
            label={labels.anonymous}
            hint={labels.anonymousHint}
            defaultChecked={values.anonymous === "on"}
          />
        </div>
      )}
      <Select
        name="country"
        label={labels.country}
        placeholder={labels.countryPlaceholder}
        options={countries}
        defaultValue={values.country ?? defaultCountry ?? ""}
        errors={errors.country}
      />
      <TextArea
        name="message"
        label={labels.message}
        hint={labels.messageHint}
        rows={6}
        required
        maxLength={maxLength}
        defaultValue={values.message}
        errors={errors.message}
      />
      <Select
        name="language"
        label={labels.language}
        options={languages}
        defaultValue={values.language ?? defaultLanguage}
        errors={errors.language}
      />
      <PartnerSourceField source={source} values={values} contact={false} />
      <Honeypot label={labels.honeypot} />
      <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
