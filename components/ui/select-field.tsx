export interface SelectOption {
  value: string;
  label: string;
}

/** A labelled select for GET filter forms; the empty value means "any". */
export function SelectField({
  name,
  label,
  options,
  value,
  anyLabel,
}: {
  name: string;
  label: string;
  options: SelectOption[];
  value: string | undefined;
  anyLabel: string;
}) {
  const id = `filter-${name}`;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value ?? ""}
        className="h-11 w-full rounded-md border border-line bg-surface px-3 text-base text-ink shadow-sm"
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
