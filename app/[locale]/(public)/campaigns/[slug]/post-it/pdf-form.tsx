import { TextArea, TextField } from "@/components/form";
import Form from "@/i18n/form";

/**
 * Name, city and a personal paragraph, posted to the PDF route, which answers
 * with the file as a download. A plain form: no JavaScript involved.
 */
export function PdfForm({
  action,
  formId,
  targetId,
  country,
  lang = null,
  countryLabel,
  limits,
  errors,
  labels,
}: {
  action: string;
  formId: string;
  targetId: string;
  country: string | null;
  /** The letter's language the supporter chose (?lang=): the PDF is written in it. */
  lang?: string | null;
  countryLabel: string;
  limits: { name: number; city: number; personal: number };
  errors: { name?: string[]; city?: string[]; personal?: string[] };
  labels: {
    heading: string;
    lead: string;
    name: string;
    city: string;
    country: string;
    personal: string;
    personalHint: string;
    optional: string;
    submit: string;
  };
}) {
  return (
    <Form method="post" action={action} className="space-y-4" aria-labelledby={`${formId}-heading`}>
      <h3 id={`${formId}-heading`} className="text-lg font-semibold">
        {labels.heading}
      </h3>
      <p className="text-sm text-muted">{labels.lead}</p>
      <input type="hidden" name="targetId" value={targetId} />
      <input type="hidden" name="country" value={country ?? ""} />
      {lang ? <input type="hidden" name="lang" value={lang} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={`${formId}-name`}
          name="name"
          label={labels.name}
          autoComplete="name"
          required
          maxLength={limits.name}
          errors={errors.name}
        />
        <TextField
          id={`${formId}-city`}
          name="city"
          label={labels.city}
          optionalLabel={labels.optional}
          autoComplete="address-level2"
          maxLength={limits.city}
          errors={errors.city}
        />
      </div>
      <p className="text-sm">
        <span className="font-semibold">{labels.country}:</span> {countryLabel}
      </p>
      <TextArea
        id={`${formId}-personal`}
        name="personal"
        label={labels.personal}
        optionalLabel={labels.optional}
        hint={labels.personalHint}
        rows={4}
        maxLength={limits.personal}
        errors={errors.personal}
      />
      <button
        type="submit"
        className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark"
      >
        {labels.submit}
      </button>
    </Form>
  );
}
