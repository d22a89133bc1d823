"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/form";
import type { ActionState } from "@/server/action";

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** One labelled field and its button (add a reason, rename one, the overdue hours), with the error beside the field. */
export function SingleFieldForm({
  action,
  id,
  name,
  label,
  hint,
  defaultValue,
  hidden = {},
  submitLabel,
  pendingLabel,
  inputMode,
}: {
  action: ServerAction;
  id: string;
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string;
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  inputMode?: "numeric";
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, { ok: false });
  return (
    <form action={formAction} className="flex flex-col gap-2">
      {Object.entries(hidden).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <TextField
            id={id}
            name={name}
            label={label}
            hint={hint}
            inputMode={inputMode}
            defaultValue={state.values?.[name] ?? defaultValue}
            errors={state.fieldErrors?.[name]}
          />
        </div>
        <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
      </div>
      <FormMessage state={state} id={`${id}-message`} />
    </form>
  );
}
