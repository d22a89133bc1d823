import { z } from "zod";
import { knownCountry } from "@/components/form/countries";

/** Zod fields shared by the supporter forms (letter, sign-on); messages are catalogue keys. */

export const slugField = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Validation.invalid");

export const idempotencyKeyField = z.uuid("SupporterActions.errors.reload");

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

/** The honeypot: people leave it empty; whatever a bot puts there is only looked at, never stored. */
export const honeypotField = z.string().optional();

export const altchaField = z.string().max(2_000).optional();

export const personalTextLimit = 1_000;
