"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextArea, TextField } from "@/components/form";
import type { ActionState } from "@/server/action";
import { requestOrganiserAccessAction } from "./actions";

const initialState: ActionState = { ok: false };

export interface RequestFormText {
  organisationName: string;
  reason: string;
  reasonHint: string;
  submit: string;
  submitting: string;
}

/** Asks the admins for organiser access; works without JavaScript. */
export function OrganiserRequestForm({ text }: { text: RequestFormText }) {
  const [state, action] = useActionState(requestOrganiserAccessAction, initialState);
  return (
    <form action={action} className="mt-4 flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <TextField
        name="organisationName"
        label={text.organisationName}
        required
        maxLength={200}
        autoComplete="organization"
        defaultValue={state.values?.organisationName}
        errors={state.fieldErrors?.organisationName}
      />
      <TextArea
        name="reason"
        label={text.reason}
        hint={text.reasonHint}
        required
        rows={4}
        maxLength={2000}
        defaultValue={state.values?.reason}
        errors={state.fieldErrors?.reason}
      />
      <div>
        <SubmitButton pendingLabel={text.submitting}>{text.submit}</SubmitButton>
      </div>
    </form>
  );
}
