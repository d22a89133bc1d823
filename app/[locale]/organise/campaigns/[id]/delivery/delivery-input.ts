import { z } from "zod";
import { uuidField } from "@/lib/ids";

const blankToNull = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v);

/** A calendar date (YYYY-MM-DD) that exists and is not after today (UTC). */
export function isPastOrTodayDate(value: string, today = new Date()): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value <= today.toISOString().slice(0, 10);
}

export const deliverySchema = z.object({
  campaignId: z.string().min(1),
  targetId: z.preprocess(blankToNull, uuidField("Validation.invalid").nullable()),
  deliveredOn: z.string().trim().refine((v) => isPastOrTodayDate(v), "Delivery.errors.date"),
  method: z.string().trim().min(1, "Validation.required").max(200, "Validation.tooLong"),
  actionCount: z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, "Delivery.errors.count")
    .transform(Number),
  response: z.preprocess(blankToNull, z.string().trim().max(2000, "Validation.tooLong").nullable()),
});

export const responseSchema = z.object({
  campaignId: z.string().min(1),
  deliveryId: z.string().min(1),
  response: z.preprocess(blankToNull, z.string().trim().max(2000, "Validation.tooLong").nullable()),
});
