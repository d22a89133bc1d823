import { z } from "zod";
import { listEntryKinds, listTypes } from "@/db/schema/enums";
import { uuidField } from "@/lib/ids";

/** Longest an entry may run before it lapses on its own: ten years. */
export const maxExpiryDays = 3650;

/** The add form; the value itself is checked for its kind by storedListValue (lib/abuse/list-entry.ts). */
export const listEntrySchema = z.object({
  list: z.enum(listTypes, "AdminAbuse.errors.chooseList"),
  kind: z.enum(listEntryKinds, "AdminAbuse.errors.chooseKind"),
  value: z.string().trim().min(1, "Validation.required").max(300, "Validation.tooLong"),
  reason: z
    .string()
    .trim()
    .max(500, "Validation.tooLong")
    .optional()
    .transform((reason) => reason || null),
  expiresInDays: z
    .string()
    .trim()
    .optional()
    .transform((days) => days || null)
    .pipe(
      z
        .string()
        .regex(/^\d{1,4}$/, "AdminAbuse.errors.expiryDays")
        .transform(Number)
        .pipe(z.number().min(1, "AdminAbuse.errors.expiryDays").max(maxExpiryDays, "AdminAbuse.errors.expiryDays"))
        .nullable(),
    ),
});

export const removeEntrySchema = z.object({ entryId: uuidField("Validation.invalid") });
