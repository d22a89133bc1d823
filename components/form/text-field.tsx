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

/** Addresses, URLs and phone numbers are written left to right, even in an Arabic page. */
const leftToRight = new Set(["email", "url", "tel"]);

/**
 * The direction of what is typed: left to right for addresses, URLs and numbers; for free
 * text (a name, a city) the direction of its first letter (dir="auto"), so an Arabic name
 * typed in an English page, or a Latin one in an Arabic page, reads the right way round.
 */
export function inputDirection(type: string | undefined, inputMode: string | undefined): "ltr" | "auto" | undefined {
  if (leftToRight.has(type ?? "") || leftToRight.has(inputMode ?? "")) return "ltr";
  return type === undefined || type === "text" || type === "search" ? "auto" : undefined;
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
        dir={inputDirection(input.type, input.inputMode)}
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
