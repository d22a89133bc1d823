"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { FormMessage } from "@/components/form";
import type { ActionState } from "@/server/action";
import { changeStatusAction } from "../actions";

/**
 * One form, one button per allowed move: the answer stays on screen after the
 * page refreshes with the new status and its new set of buttons.
 */
export function LifecycleForm({ campaignId, moves }: { campaignId: string; moves: { to: string; label: string }[] }) {
  const [state, formAction] = useActionState<ActionState, FormData>(changeStatusAction, { ok: false });
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="campaignId" value={campaignId} />
      <div className="flex flex-wrap gap-3">
        {moves.map((move) => (
          <MoveButton key={move.to} to={move.to} label={move.label} />
        ))}
      </div>
      <FormMessage state={state} id="status-message" />
    </form>
  );
}

function MoveButton({ to, label }: { to: string; label: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name="to"
      value={to}
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className="inline-flex min-h-11 items-center justify-center rounded-md border border-line bg-surface px-4 py-2 font-semibold text-ink hover:bg-brand-soft aria-disabled:opacity-70"
    >
      {label}
    </button>
  );
}
