import type { ReactNode, TextareaHTMLAttributes } from "react";
import { FieldError } from "./field-error";
import { FieldHint } from "./field-hint";
import { describedBy, fieldIds, inputClass } from "./field-ids";

type NativeTextArea = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id" | "children">;

export interface TextAreaProps extends NativeTextArea {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[];
  id?: string;
  optionalLabel?: string;
}

/** A labelled multi-line input with its hint and errors wired to aria-describedby. */
export function TextArea({ name, label, hint, errors, id, optionalLabel, className, rows = 5, ...textarea }: TextAreaProps) {
  const ids = fieldIds(name, id);
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={ids.input} className="font-semibold">
        {label}
        {optionalLabel ? <span className="font-normal text-muted"> {optionalLabel}</span> : null}
      </label>
      <FieldHint id={ids.hint}>{hint}</FieldHint>
      <textarea
        rows={rows}
        // Free text: it reads in the direction of its first letter, whatever the page's.
        dir="auto"
        {...textarea}
        id={ids.input}
        name={name}
        className={`${inputClass} ${className ?? ""}`}
        {...describedBy(ids, hint, errors)}
      />
      <FieldError id={ids.error} errors={errors} />
    </div>
  );
}
