"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/form";
import type { ActionState } from "@/server/action";

/** Mark one channel failing or working again, with a reason; works without JavaScript. */
export function MarkChannelForm({
  action,
  targetId,
  channel,
  failing,
  labels,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  targetId: string;
  channel: string;
  /** Currently failing: the form offers "working again". */
  failing: boolean;
  labels: { reason: string; submit: string; pending: string };
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, { ok: false });
  const formId = `mark-${channel}`;
  return (
    <form action={formAction} className="mt-2 flex flex-col gap-2" noValidate>
      <input type="hidden" name="targetId" value={targetId} />
      <input type="hidden" name="channel" value={channel} />
      <input type="hidden" name="working" value={failing ? "1" : "0"} />
      <TextField id={`${formId}-reason`} name="reason" label={labels.reason} maxLength={300} defaultValue={state.ok ? "" : state.values?.reason} errors={state.fieldErrors?.reason} />
      <div>
        <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
      </div>
      <FormMessage state={state} id={`${formId}-message`} />
    </form>
  );
}
