/** The errors of one field, shown right under it; its id is what the field's aria-describedby points at. */
export function FieldError({ id, errors }: { id: string; errors?: readonly string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-semibold text-tone-red">
      {errors.join(" ")}
    </p>
  );
}
