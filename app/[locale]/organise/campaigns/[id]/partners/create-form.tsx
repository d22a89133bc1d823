"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/form";
import type { ActionState } from "@/server/action";
import { createPartnerSourceAction } from "./actions";

export interface CreatePartnerLabels {
  name: string;
  code: string;
  codeHint: string;
  site: string;
  siteHint: string;
  optional: string;
  submit: string;
  pending: string;
}

/** A new partner source: name, code, site. Works without JavaScript (the page re-renders with the answer). */
export function CreatePartnerSourceForm({ campaignId, labels }: { campaignId: string; labels: CreatePartnerLabels }) {
  const [state, formAction] = useActionState<ActionState, FormData>(createPartnerSourceAction, { ok: false });
  const values = state.ok ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormMessage state={state} id="partner-create-message" />
      <input type="hidden" name="campaignId" value={campaignId} />
      <TextField name="name" label={labels.name} required maxLength={120} defaultValue={values.name} errors={errors.name} />
      <TextField
        name="code"
        label={labels.code}
        hint={labels.codeHint}
        required
        maxLength={40}
        autoComplete="off"
        spellCheck={false}
        defaultValue={values.code}
        errors={errors.code}
      />
      <TextField
        name="siteUrl"
        type="url"
        inputMode="url"
        label={labels.site}
        optionalLabel={labels.optional}
        hint={labels.siteHint}
        defaultValue={values.siteUrl}
        errors={errors.siteUrl}
      />
      <div>
        <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
