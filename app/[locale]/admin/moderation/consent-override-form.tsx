"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextArea } from "@/components/form";
import type { ActionState } from "@/server/action";
import { overrideConsentAction } from "./actions";

export interface ConsentOverrideLabels {
  legend: string;
  explain: string;
  reason: string;
  reasonHint: string;
  submit: string;
  pending: string;
}

/**
 * The admin's override of the consent gate: a required reason, then one
 * button. Posts to a server action, so it works without JavaScript.
 */
export function ConsentOverrideForm({ campaignId, labels }: { campaignId: string; labels: ConsentOverrideLabels }) {
  const [state, formAction] = useActionState<ActionState, FormData>(overrideConsentAction, { ok: false });
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded-md border border-line bg-surface p-4" aria-labelledby="consent-override-legend">
      <h3 id="consent-override-legend" className="text-lg font-semibold">
        {labels.legend}
      </h3>
      <p>{labels.explain}</p>
      <input type="hidden" name="campaignId" value={campaignId} />
      <TextArea
        name="reason"
        id="consent-override-reason"
        label={labels.reason}
        hint={labels.reasonHint}
        rows={3}
        maxLength={1000}
        defaultValue={state.values?.reason ?? ""}
        errors={state.fieldErrors?.reason}
      />
      <div>
        <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
      </div>
      <FormMessage state={state} id="consent-override-message" />
    </form>
  );
}
