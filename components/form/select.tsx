import type { ReactNode, SelectHTMLAttributes } from "react";
import { FieldError } from "./field-error";
import { FieldHint } from "./field-hint";
import { describedBy, fieldIds, inputClass } from "./field-ids";

export interface SelectOption {
  value: string;
  label: string;
}

type NativeSelect = Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id" | "children">;

export interface SelectProps extends NativeSelect {
  name: string;
  label: ReactNode;
  options: readonly SelectOption[];
  /** A first option with the empty value ("Choose a country"). */
  placeholder?: string;
  hint?: ReactNode;
  errors?: readonly string[];
  id?: string;
}

/** A labelled select with its hint and errors wired to aria-describedby. */
export function Select({ name, label, options, placeholder, hint, errors, id, className, ...select }: SelectProps) {
  const ids = fieldIds(name, id);
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={ids.input} className="font-semibold">
        {label}
      </label>
      <FieldHint id={ids.hint}>{hint}</FieldHint>
      <select
        {...select}
        id={ids.input}
        name={name}
        className={`${inputClass} h-11 ${className ?? ""}`}
        {...describedBy(ids, hint, errors)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={ids.error} errors={errors} />
    </div>
  );
}
