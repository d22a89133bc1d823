"use client";

import { useActionState } from "react";
import { Checkbox, FormMessage, Select, SubmitButton, type SelectOption } from "@/components/form";
import type { ActionState } from "@/server/action";
import { changeRoleAction, suspendAction, unsuspendAction } from "../actions";

const secondaryButton =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-line bg-surface px-4 py-2 font-semibold text-ink hover:bg-brand-soft aria-disabled:opacity-70";
const dangerButton =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-tone-red px-4 py-2 font-semibold text-white hover:opacity-90 aria-disabled:opacity-70";

export interface RoleFormLabels {
  role: string;
  confirm: string;
  submit: string;
  pending: string;
}

/** Choose a role and confirm that the user will be signed out. */
export function RoleForm({ userId, currentRole, options, labels }: { userId: string; currentRole: string; options: SelectOption[]; labels: RoleFormLabels }) {
  const [state, formAction] = useActionState<ActionState, FormData>(changeRoleAction, { ok: false });
  // React resets the form after each submission to its default values; remounting the select
  // with the echoed choice as its default keeps the role the admin picked.
  const role = state.values?.role ?? currentRole;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="userId" value={userId} />
      <Select key={role} name="role" label={labels.role} options={options} defaultValue={role} errors={state.fieldErrors?.role} />
      <Checkbox name="confirm" id="role-confirm" label={labels.confirm} errors={state.fieldErrors?.confirm} />
      <div>
        <SubmitButton pendingLabel={labels.pending} className={secondaryButton}>
          {labels.submit}
        </SubmitButton>
      </div>
      <FormMessage state={state} id="role-message" />
    </form>
  );
}

export interface SuspendFormLabels {
  confirm: string;
  submit: string;
  pending: string;
}

/** Suspend (with a confirmation box) or lift a suspension. */
export function SuspensionForm({ userId, suspended, labels }: { userId: string; suspended: boolean; labels: SuspendFormLabels }) {
  const [state, formAction] = useActionState<ActionState, FormData>(suspended ? unsuspendAction : suspendAction, { ok: false });
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="userId" value={userId} />
      {suspended ? null : <Checkbox name="confirm" id="suspend-confirm" label={labels.confirm} errors={state.fieldErrors?.confirm} />}
      <div>
        <SubmitButton pendingLabel={labels.pending} className={suspended ? secondaryButton : dangerButton}>
          {labels.submit}
        </SubmitButton>
      </div>
      <FormMessage state={state} id="suspension-message" />
    </form>
  );
}
