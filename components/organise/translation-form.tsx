"use client";

import { useActionState } from "react";
import { FormMessage, Select, SubmitButton, TextArea, TextField, type SelectOption } from "@/components/form";
import type { ActionState } from "@/server/action";

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export interface VersionField {
  name: string;
  label: string;
  hint?: string;
  /** A textarea of this many rows; a single-line input when absent. */
  rows?: number;
  required?: boolean;
  maxLength?: number;
  optionalLabel?: string;
  defaultValue: string;
}

/**
 * The form for one version of a text in another language (a campaign's words,
 * an update, a profile), beside its original. Inputs carry the version's
 * language (lang, dir) so spell checkers, input methods and screen readers use
 * it. Works without JavaScript: the action's answer re-renders the page, and a
 * refused save keeps what was typed.
 */
export function VersionForm({
  action,
  hidden,
  fields,
  lang,
  dir,
  submitLabel,
  pendingLabel,
  idPrefix,
}: {
  action: ServerAction;
  hidden: Record<string, string>;
  fields: VersionField[];
  lang: string;
  dir: "ltr" | "rtl";
  submitLabel: string;
  pendingLabel: string;
  /** Makes field ids unique when the page has several of these forms. */
  idPrefix: string;
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, { ok: false });
  const errors = state.fieldErrors ?? {};
  const typed = state.ok ? undefined : state.values;
  return (
    <form action={formAction} className="flex min-w-0 flex-col gap-4" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage state={state} id={`${idPrefix}-message`} />
      {fields.map((field) => {
        const common = {
          id: `${idPrefix}-${field.name}`,
          name: field.name,
          label: field.label,
          hint: field.hint,
          required: field.required,
          maxLength: field.maxLength,
          optionalLabel: field.optionalLabel,
          defaultValue: typed?.[field.name] ?? field.defaultValue,
          errors: errors[field.name],
          lang,
          dir,
        };
        return field.rows ? <TextArea key={field.name} rows={field.rows} {...common} /> : <TextField key={field.name} {...common} />;
      })}
      <div>
        <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}

/** Which language the original is written in: a select and a save button, the refusal next to the select. */
export function SourceLocaleForm({
  action,
  hidden,
  options,
  defaultValue,
  label,
  submitLabel,
  pendingLabel,
}: {
  action: ServerAction;
  hidden: Record<string, string>;
  options: SelectOption[];
  defaultValue: string;
  label: string;
  submitLabel: string;
  pendingLabel: string;
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, { ok: false });
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Select id="source-locale" name="sourceLocale" label={label} options={options} defaultValue={defaultValue} errors={state.fieldErrors?.sourceLocale} />
      <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
      <div className="basis-full">
        <FormMessage state={state} id="source-locale-message" />
      </div>
    </form>
  );
}
