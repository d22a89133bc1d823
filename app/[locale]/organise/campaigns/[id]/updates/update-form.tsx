"use client";

import { useActionState } from "react";
import { Checkbox, FormMessage, Select, SubmitButton, TextArea, TextField, type SelectOption } from "@/components/form";
import type { ActionState } from "@/server/action";
import { postUpdateAction } from "./actions";

const initialState: ActionState = { ok: false };

export interface UpdateFormText {
  kind: string;
  title: string;
  titleHint: string;
  body: string;
  bodyHint: string;
  occurredOn: string;
  setsDefenderStatus: string;
  setsDefenderStatusHint: string;
  keepStatus: string;
  notifySigners: string;
  notifySignersHint: string;
  notifyPaused: string;
  submit: string;
  submitting: string;
}

interface Props {
  campaignId: string;
  today: string;
  kinds: SelectOption[];
  statuses: SelectOption[];
  /** Emailing is impossible while a defender has gone quiet. */
  canNotify: boolean;
  text: UpdateFormText;
}

/** Posting an update; works without JavaScript (the action's state re-renders the page). */
export function UpdateForm({ campaignId, today, kinds, statuses, canNotify, text }: Props) {
  const [state, action] = useActionState(postUpdateAction, initialState);
  const errors = state.fieldErrors ?? {};
  // A posted update leaves an empty form; a refused one keeps what was typed.
  const values = state.ok ? {} : (state.values ?? {});
  return (
    <form action={action} className="flex flex-col gap-5" aria-describedby="form-message" noValidate>
      <input type="hidden" name="campaignId" value={campaignId} />
      <FormMessage state={state} />
      <Select name="kind" label={text.kind} options={kinds} defaultValue={values.kind ?? "update"} errors={errors.kind} />
      <TextField name="title" label={text.title} hint={text.titleHint} defaultValue={values.title} errors={errors.title} required maxLength={200} />
      <TextField name="occurredOn" type="date" label={text.occurredOn} defaultValue={values.occurredOn ?? today} errors={errors.occurredOn} required />
      <TextArea name="body" label={text.body} hint={text.bodyHint} defaultValue={values.body} errors={errors.body} rows={8} />
      <Select
        name="setsDefenderStatus"
        label={text.setsDefenderStatus}
        hint={text.setsDefenderStatusHint}
        options={statuses}
        placeholder={text.keepStatus}
        defaultValue={values.setsDefenderStatus ?? ""}
        errors={errors.setsDefenderStatus}
      />
      {canNotify ? (
        <Checkbox
          name="notifySigners"
          label={text.notifySigners}
          hint={text.notifySignersHint}
          defaultChecked={values.notifySigners === "on"}
          errors={errors.notifySigners}
        />
      ) : (
        <p className="rounded-md bg-tone-amber-soft p-3 text-tone-amber">{text.notifyPaused}</p>
      )}
      <div>
        <SubmitButton pendingLabel={text.submitting}>{text.submit}</SubmitButton>
      </div>
    </form>
  );
}
