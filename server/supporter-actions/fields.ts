import { z } from "zod";
import { knownCountry } from "@/lib/countries";
import { partnerCode } from "@/lib/partner-source";
import { actionKindTable, honeypotName, type SignatureField, type SignatureKind } from "@/lib/action-kinds";

/**
 * The zod fields every supporter form shares, whatever its kind; messages
 * are catalogue keys. One name for the honeypot (`website`, rendered by
 * letter/honeypot.tsx), one idempotency field (`idempotencyKey`, a UUID the
 * page renders once per form).
 */

export { honeypotName };

/** The honeypot: people leave it empty; whatever a bot puts there is only looked at, never stored. */
export const honeypotField = z.string().optional();

/** From the form's hidden field: a double click or a retry records one row. */
export const idempotencyKeyField = z.uuid("SupporterActions.errors.reload");

export const slugField = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Validation.invalid");

export const nameField = z.string().trim().min(1, "Validation.required").max(120, "Validation.tooLong");

export const emailField = z
  .string()
  .trim()
  .min(1, "Validation.required")
  .max(254, "Validation.tooLong")
  .pipe(z.email("Validation.invalidEmail"));

export const countryField = z
  .string()
  .transform((value) => knownCountry(value) ?? "")
  .pipe(z.string().length(2, "SupporterActions.errors.invalidCountry"));

/** An optional short text: empty becomes null. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, "Validation.tooLong")
    .optional()
    .transform((value) => value || null);
}

/** A checkbox posts "on" when ticked and nothing otherwise. */
export const checkboxField = z
  .string()
  .optional()
  .transform((value) => value === "on");

/**
 * Partner attribution (ADR 0029), read by every kind's form: the partner's code from the
 * page's ?source= (a hidden field), and the "<partner> may contact me" box. A code that
 * cannot be one becomes null, never an error; the pipeline resolves it against the
 * campaign's active sources (partner.ts).
 */
export const partnerFields = {
  source: z
    .string()
    .max(200)
    .optional()
    .transform((value) => partnerCode(value))
    .catch(null),
  partnerContact: checkboxField,
};

export const altchaField = z.string().max(2_000).optional();

/** An organisation's website; "example.org" becomes "https://example.org". */
export const websiteField = z
  .string()
  .trim()
  .max(300, "Validation.tooLong")
  .optional()
  .transform((value) => (value && !/^https?:\/\//i.test(value) ? `https://${value}` : value || null))
  .pipe(z.url({ protocol: /^https?$/, error: "SupporterActions.errors.invalidWebsite" }).nullable());

/** An optional ISO country from a select; empty means not given. */
export const optionalCountryField = z
  .string()
  .default("")
  .transform((value) => value.trim())
  .transform((value) => (value === "" ? null : value))
  .refine((value) => value === null || knownCountry(value) !== null, "Validation.invalid")
  .transform((value) => (value === null ? null : knownCountry(value)));

export const optionalUuidField = z
  .string()
  .default("")
  .transform((value) => value.trim())
  .transform((value) => (value === "" ? null : value))
  .pipe(z.uuid("Validation.invalid").nullable());

/** Trimmed text up to `max` characters; empty becomes null. */
export function optionalTextField(max: number) {
  return z
    .string()
    .default("")
    .transform((value) => value.trim())
    .pipe(z.string().max(max, "Validation.tooLong"))
    .transform((value) => (value === "" ? null : value));
}

/** Longest personal paragraph of a letter, or comment on a signature, in characters. */
export const personalTextLimit = 1_000;

/** Longest outcome note a caller may leave ("They said they would pass it on"). */
export const callNoteMaxLength = 280;

/** Every field a signature form may carry beyond the shared ones; each kind's row picks its own. */
const signatureFieldSchemas = {
  name: nameField,
  city: optionalText(100),
  personalText: optionalText(personalTextLimit),
  comment: optionalText(personalTextLimit),
  showName: checkboxField,
  showText: checkboxField,
  wantsUpdates: checkboxField,
  organisationName: nameField.max(200, "Validation.tooLong"),
  organisationWebsite: websiteField,
} satisfies Record<SignatureField, z.ZodType>;

const sharedFields = {
  campaign: slugField,
  idempotencyKey: idempotencyKeyField,
  email: emailField,
  country: countryField,
  website: honeypotField,
  altcha: altchaField,
  /** The language of the letter (petition text) the page showed; checked against the campaign's templates (letter-language.ts). */
  language: z.string().trim().max(35, "Validation.tooLong").optional(),
  ...partnerFields,
};

type SignatureInput = z.output<z.ZodObject<typeof sharedFields>> &
  Partial<{ [F in SignatureField]: z.output<(typeof signatureFieldSchemas)[F]> }>;

/** The form's schema for one kind: the shared fields and the row's own. */
export function signatureSchema(kind: SignatureKind) {
  const own = Object.fromEntries(actionKindTable[kind].signatureFields.map((field) => [field, signatureFieldSchemas[field]]));
  return z.object({ ...sharedFields, ...own }) as unknown as z.ZodType<SignatureInput>;
}
