"use client";

import { useActionState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { FieldError, FormMessage, Select, TextArea } from "@/components/form";
import type { ActionState } from "@/server/action";
import { decideAction } from "./actions";

export interface DecisionLabels {
  legend: string;
  reason: string;
  reasonPlaceholder: string;
  note: string;
  approve: string;
  reject: string;
  spam: string;
  pending: string;
}

/**
 * Approve / reject (with a reason) / spam, for one item (`item` given) or for
 * every ticked checkbox among `children` (the queue). Native controls only:
 * Tab, Space and Enter do everything, and it works without JavaScript.
 */
export function DecisionForm({
  reasons,
  labels,
  item,
  children,
  id,
}: {
  reasons: { id: string; label: string }[];
  labels: DecisionLabels;
  item?: string;
  children?: ReactNode;
  id: string;
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(decideAction, { ok: false });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-4" aria-labelledby={`${id}-legend`}>
      {item ? (
        <>
          <input type="hidden" name="item" value={item} />
          <input type="hidden" name="single" value="1" />
        </>
      ) : null}
      {children}
      <FieldError id="field-item-error" errors={errors.item} />
      <fieldset className="flex flex-col gap-3 rounded-md border border-line bg-surface p-4">
        <legend id={`${id}-legend`} className="px-1 text-lg font-semibold">
          {labels.legend}
        </legend>
        <Select
          name="reasonId"
          id={`${id}-reason`}
          label={labels.reason}
          placeholder={labels.reasonPlaceholder}
          options={reasons.map((reason) => ({ value: reason.id, label: reason.label }))}
          errors={errors.reasonId}
        />
        <TextArea name="note" id={`${id}-note`} label={labels.note} rows={2} maxLength={1000} defaultValue={state.values?.note ?? ""} />
        <div className="flex flex-wrap gap-2">
          <VerdictButton verdict="approve" tone="bg-tone-green text-white" label={labels.approve} pending={labels.pending} />
          <VerdictButton verdict="reject" tone="bg-tone-red text-white" label={labels.reject} pending={labels.pending} />
          <VerdictButton verdict="spam" tone="border border-line bg-surface text-ink" label={labels.spam} pending={labels.pending} />
        </div>
      </fieldset>
      <FormMessage state={state} id={`${id}-message`} />
    </form>
  );
}

/** A submit button that posts its verdict; while a decision is saving, the clicked one says so and none submits again. */
function VerdictButton({ verdict, tone, label, pending }: { verdict: string; tone: string; label: string; pending: string }) {
  const status = useFormStatus();
  const mine = status.pending && status.data?.get("verdict") === verdict;
  return (
    <button
      type="submit"
      name="verdict"
      value={verdict}
      aria-disabled={status.pending || undefined}
      onClick={(event) => {
        if (status.pending) event.preventDefault();
      }}
      className={`inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 font-semibold hover:opacity-90 aria-disabled:opacity-70 ${tone}`}
    >
      {mine ? pending : label}
    </button>
  );
}
