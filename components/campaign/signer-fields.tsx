import { Select, TextField, type SelectOption } from "@/components/form";

/** What a signature form posted and what was wrong with it (an ActionState's `values` and `fieldErrors`). */
interface Echo {
  values: Record<string, string>;
  errors: Record<string, string[]>;
}

/** The signer's email, required: every kind confirmed by email (lib/action-kinds.ts `confirmedByEmail`) asks for it. */
export function SignerEmailField({ label, hint, values, errors }: Echo & { label: string; hint: string }) {
  return (
    <TextField name="email" type="email" label={label} hint={hint} autoComplete="email" required defaultValue={values.email} errors={errors.email} />
  );
}

/**
 * The signer's country, required. `guess` (from the request) preselects it for
 * a person; an organisation's country is never guessed, nor autocompleted from
 * the person filling in the form.
 */
export function SignerCountryField({
  label,
  placeholder,
  countries,
  guess,
  values,
  errors,
}: Echo & { label: string; placeholder: string; countries: SelectOption[]; guess?: string | null }) {
  const person = guess !== undefined;
  return (
    <Select
      name="country"
      label={label}
      placeholder={placeholder}
      options={countries}
      autoComplete={person ? "country" : undefined}
      required
      defaultValue={values.country ?? guess ?? ""}
      errors={errors.country}
    />
  );
}

export interface SignerFieldsLabels {
  name: string;
  email: string;
  emailHint: string;
  country: string;
  countryPlaceholder: string;
}

/** A person's name, email and country: the fields every personal signature form (letter, petition) starts with. */
export function SignerFields({
  labels,
  countries,
  country,
  values,
  errors,
}: Echo & { labels: SignerFieldsLabels; countries: SelectOption[]; country: string | null }) {
  return (
    <>
      <TextField name="name" label={labels.name} autoComplete="name" required defaultValue={values.name} errors={errors.name} />
      <SignerEmailField label={labels.email} hint={labels.emailHint} values={values} errors={errors} />
      <SignerCountryField
        label={labels.country}
        placeholder={labels.countryPlaceholder}
        countries={countries}
        guess={country}
        values={values}
        errors={errors}
      />
    </>
  );
}
