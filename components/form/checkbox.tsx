import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldError } from "./field-error";
import { FieldHint } from "./field-hint";
import { describedBy, fieldIds } from "./field-ids";

type NativeCheckbox = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "type" | "children">;

export interface CheckboxProps extends NativeCheckbox {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[];
  id?: string;
}

/** A checkbox with its label beside it (the whole label is clickable). Posts value "on" when ticked. */
export function Checkbox({ name, label, hint, errors, id, ...input }: CheckboxProps) {
  const ids = fieldIds(name, id);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-3">
        <input
          {...input}
          type="checkbox"
          id={ids.input}
          name={name}
          className="mt-1 size-5 shrink-0 accent-brand"
          {...describedBy(ids, hint, errors)}
        />
        <label htmlFor={ids.input}>{label}</label>
      </div>
      <div className="ps-8">
        <FieldHint id={ids.hint}>{hint}</FieldHint>
        <FieldError id={ids.error} errors={errors} />
      </div>
    </div>
  );
}
