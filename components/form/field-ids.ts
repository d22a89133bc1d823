/** Ids that tie a field to its hint and error, so screen readers announce both with the field. */
export function fieldIds(name: string, id?: string) {
  const base = id ?? `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
  return { input: base, hint: `${base}-hint`, error: `${base}-error` };
}

/** aria-describedby / aria-invalid for a field with an optional hint and errors. */
export function describedBy(ids: ReturnType<typeof fieldIds>, hint: unknown, errors: readonly string[] | undefined) {
  const parts = [hint ? ids.hint : null, errors?.length ? ids.error : null].filter(Boolean);
  return {
    "aria-describedby": parts.length ? parts.join(" ") : undefined,
    "aria-invalid": errors?.length ? true : undefined,
  } as const;
}

export const inputClass =
  "w-full rounded-md border border-line bg-surface px-3 py-2 text-base text-ink shadow-sm aria-invalid:border-tone-red aria-invalid:ring-1 aria-invalid:ring-tone-red";
