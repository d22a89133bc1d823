import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldError } from "./field-error";
import { FieldHint } from "./field-hint";
import { describedBy, fieldIds, inputClass } from "./field-ids";

type NativeInput = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "children">;

export interface TextFieldProps extends NativeInput {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[];
  id?: string;
  /** Shown after the label for optional fields, e.g. "(optional)". */
  optionalLabel?: string;
}

/** A labelled single-line input with its hint and errors wired to aria-describedby. */
export function TextField({ name, label, hint, errors, id, optionalLabel, className, ...input }: TextFieldProps) {
  const ids = fieldIds(name, id);
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={ids.input} className="font-semibold">
        {label}
        {optionalLabel ? <span className="font-normal text-muted"> {optionalLabel}</span> : null}
      </label>
      <FieldHint id={ids.hint}>{hint}</FieldHint>
      <input
        type="text"
        {...input}
        id={ids.input}
        name={name}
        className={`${inputClass} h-11 ${className ?? ""}`}
        {...describedBy(ids, hint, errors)}
      />
      <FieldError id={ids.error} errors={errors} />
    </div>
  );
}
