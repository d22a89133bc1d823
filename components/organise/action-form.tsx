"use client";

import { useActionState, type ReactNode } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import type { ActionState } from "@/server/action";

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * A small form around one server action (a lifecycle button, a remove button):
 * hidden fields, one submit button and the action's answer next to it.
 */
export function ActionForm({
  action,
  hidden,
  label,
  pendingLabel,
  className,
  buttonClassName,
  messageId,
  children,
}: {
  action: ServerAction;
  hidden: Record<string, string>;
  label: string;
  pendingLabel: string;
  className?: string;
  buttonClassName?: string;
  messageId: string;
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, { ok: false });
  return (
    <form action={formAction} className={className}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <SubmitButton pendingLabel={pendingLabel} className={buttonClassName}>
        {label}
      </SubmitButton>
      <FormMessage state={state} id={messageId} />
    </form>
  );
}
