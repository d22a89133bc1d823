"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import type { ActionState } from "@/server/action";

/**
 * "This address bounced": one button, posting to the report action; works
 * without JavaScript (the action's answer re-renders the page with the message).
 */
export function ReportProblemForm({
  action,
  campaignSlug,
  targetId,
  channel,
  labels,
  formId,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  campaignSlug: string;
  targetId: string;
  channel: "email" | "x";
  labels: { lead: string; submit: string; pending: string };
  formId: string;
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, { ok: false });
  const messageId = `${formId}-message`;
  if (state.ok) return <FormMessage state={state} id={messageId} />;
  return (
    <form action={formAction} className="space-y-2" aria-describedby={`${formId}-lead`}>
      <p id={`${formId}-lead`} className="text-sm text-muted">
        {labels.lead}
      </p>
      <input type="hidden" name="campaignSlug" value={campaignSlug} />
      <input type="hidden" name="targetId" value={targetId} />
      <input type="hidden" name="channel" value={channel} />
      <SubmitButton pendingLabel={labels.pending}>
        {labels.submit}
      </SubmitButton>
      <FormMessage state={state} id={messageId} />
    </form>
  );
}
