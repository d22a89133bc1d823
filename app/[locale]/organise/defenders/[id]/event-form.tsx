"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, Select, SubmitButton, TextArea, TextField, type SelectOption } from "@/components/form";
import type { ActionState } from "@/server/action";
import { saveEventAction } from "../actions";

export interface EventValues {
  occurredOn: string;
  kind: string;
  text: string;
  sourceUrl: string;
}

/** Adds a timeline event, or edits one when `eventId` is given. Field ids are prefixed so several forms fit on one page. */
export function EventForm({
  defenderId,
  eventId,
  initial,
  kindOptions,
}: {
  defenderId: string;
  eventId?: string;
  initial: EventValues;
  kindOptions: SelectOption[];
}) {
  const t = useTranslations("Organise.timeline");
  const [state, formAction] = useActionState<ActionState, FormData>(saveEventAction, { ok: false });
  const errors = state.fieldErrors ?? {};
  const prefix = eventId ? `event-${eventId}` : "event-new";
  const value = (field: keyof EventValues) => state.values?.[field] ?? initial[field];
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-3" noValidate>
      <FormMessage state={state} id={`${prefix}-message`} />
      <input type="hidden" name="defenderId" value={defenderId} />
      {eventId ? <input type="hidden" name="eventId" value={eventId} /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id={`${prefix}-date`} name="occurredOn" type="date" label={t("date")} defaultValue={value("occurredOn")} errors={errors.occurredOn} />
        <Select key={value("kind")} id={`${prefix}-kind`} name="kind" label={t("kind")} options={kindOptions} defaultValue={value("kind")} errors={errors.kind} />
      </div>
      <TextArea id={`${prefix}-text`} name="text" label={t("text")} rows={2} defaultValue={value("text")} errors={errors.text} />
      <TextField id={`${prefix}-source`} name="sourceUrl" type="url" label={t("source")} hint={t("sourceHint")} defaultValue={value("sourceUrl")} errors={errors.sourceUrl} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{eventId ? t("update") : t("add")}</SubmitButton>
      </div>
    </form>
  );
}
