"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/form";
import type { ActionState } from "@/server/action";

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** One email field and a submit button around a server action: inviting a co-organiser, adding one to a defender's profile. */
export function EmailActionForm({
  action,
  hidden,
  messageId,
  labels,
}: {
  action: ServerAction;
  hidden: Record<string, string>;
  messageId: string;
  labels: { email: string; emailHint: string; submit: string; pending: string };
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, { ok: false });
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormMessage state={state} id={messageId} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField
        name="email"
        type="email"
        autoComplete="off"
        label={labels.email}
        hint={labels.emailHint}
        defaultValue={state.ok ? "" : state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <div>
        <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
