"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import type { ActionState } from "@/server/action";
import { confirmFromLink } from "./actions";

const initialState: ActionState = { ok: false };

export function ConfirmForm({ token, label, pendingLabel }: { token: string; label: string; pendingLabel: string }) {
  const [state, action] = useActionState(confirmFromLink, initialState);
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} id="confirm-message" />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={pendingLabel}>{label}</SubmitButton>
    </form>
  );
}
