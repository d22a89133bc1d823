"use client";

import Link from "@/i18n/link";
import { useActionState } from "react";
import { Checkbox, FormMessage, SubmitButton } from "@/components/form";
import type { ActionState } from "@/server/action";
import { deleteMyDataAction } from "./actions";

const initialState: ActionState = { ok: false };

export interface DeleteFormText {
  confirm: string;
  submit: string;
  submitting: string;
  cancel: string;
}

/** The confirm step: nothing is erased unless the box is ticked. */
export function DeleteForm({ text }: { text: DeleteFormText }) {
  const [state, action] = useActionState(deleteMyDataAction, initialState);
  return (
    <form action={action} className="mt-6 flex flex-col gap-5" noValidate>
      <FormMessage state={state} />
      <Checkbox name="confirm" label={text.confirm} errors={state.fieldErrors?.confirm} required />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton
          pendingLabel={text.submitting}
          className="inline-flex min-h-11 items-center justify-center rounded-md bg-tone-red px-5 py-2 font-semibold text-white aria-disabled:opacity-70"
        >
          {text.submit}
        </SubmitButton>
        <Link href="/account" className="font-semibold text-brand underline">
          {text.cancel}
        </Link>
      </div>
    </form>
  );
}
