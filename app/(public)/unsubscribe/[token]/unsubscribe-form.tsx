"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import type { ActionState } from "@/lib/action";
import { unsubscribeAction } from "./actions";

const initialState: ActionState = { ok: false };

/** One button: opening the emailed link (GET) changes nothing, this POST does. */
export function UnsubscribeForm({ token, submit, submitting }: { token: string; submit: string; submitting: string }) {
  const [state, action] = useActionState(unsubscribeAction, initialState);
  return (
    <form action={action} className="mt-6 flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      {state.ok ? null : (
        <div>
          <SubmitButton pendingLabel={submitting}>{submit}</SubmitButton>
        </div>
      )}
    </form>
  );
}
