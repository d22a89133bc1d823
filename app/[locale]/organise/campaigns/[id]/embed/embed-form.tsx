"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextArea } from "@/components/form";
import type { ActionState } from "@/server/action";

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export interface EmbedFormLabels {
  origins: string;
  originsHint: string;
  save: string;
  saving: string;
}

/** The list of sites allowed to frame the embeds, one a line. Works without JavaScript (the page re-renders with the answer). */
export function EmbedOriginsForm({ action, campaignId, origins, labels }: { action: ServerAction; campaignId: string; origins: string; labels: EmbedFormLabels }) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, { ok: false });
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4" noValidate>
      <FormMessage state={state} id="embed-form-message" />
      <input type="hidden" name="campaignId" value={campaignId} />
      <TextArea
        name="origins"
        label={labels.origins}
        hint={labels.originsHint}
        rows={6}
        dir="ltr"
        spellCheck={false}
        autoCapitalize="none"
        defaultValue={state.values?.origins ?? origins}
        errors={state.fieldErrors?.origins}
        className="font-mono"
      />
      <div>
        <SubmitButton pendingLabel={labels.saving}>{labels.save}</SubmitButton>
      </div>
    </form>
  );
}
