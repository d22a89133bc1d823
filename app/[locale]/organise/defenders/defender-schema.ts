import { z } from "zod";
import { consentStatuses, defenderEventKinds, defenderStatuses } from "@/db/schema/enums";
import type { DefenderFields } from "@/db/queries/organise-defenders";

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "Validation.tooLong")
    .default("")
    .transform((v) => (v === "" ? null : v));

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Organise.validation.date")
  .refine((v) => !Number.isNaN(Date.parse(v)), "Organise.validation.date");

export const defenderSchema = z
  .object({
    name: z.string().trim().min(1, "Validation.required").max(200, "Validation.tooLong"),
    nameNative: optional(200),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, { message: "Validation.required", abort: true })
      .max(80, "Validation.tooLong")
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Organise.validation.slug"),
    country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Organise.validation.country"),
    profession: optional(200),
    status: z.enum(defenderStatuses, "Organise.validation.status"),
    summary: z.string().trim().min(1, "Validation.required").max(500, "Validation.tooLong"),
    storyMarkdown: z.string().trim().max(50_000, "Validation.tooLong").default(""),
    photoAlt: optional(300),
  })
  .transform((fields) => fields satisfies DefenderFields);

export const defenderEcho = ["name", "nameNative", "slug", "country", "profession", "status", "summary", "storyMarkdown", "photoAlt"] as const;

/** Given consent needs who, how and when; withdrawing or "unknown" only needs the status (and maybe a note). */
export const consentSchema = z
  .object({
    defenderId: z.string(),
    consentStatus: z.enum(consentStatuses, "Organise.validation.consentStatus"),
    consentGivenBy: optional(200),
    consentMethod: optional(200),
    consentGivenOn: z.string().trim().default(""),
    consentNote: optional(2000),
  })
  .superRefine((input, ctx) => {
    const given = input.consentStatus === "given" || input.consentStatus === "given_by_family";
    if (given && !input.consentGivenBy) ctx.addIssue({ code: "custom", path: ["consentGivenBy"], message: "Organise.validation.consentDetails" });
    if (given && !input.consentMethod) ctx.addIssue({ code: "custom", path: ["consentMethod"], message: "Organise.validation.consentDetails" });
    if (given && !input.consentGivenOn) ctx.addIssue({ code: "custom", path: ["consentGivenOn"], message: "Organise.validation.consentDetails" });
    if (input.consentGivenOn && !isoDate.safeParse(input.consentGivenOn).success) {
      ctx.addIssue({ code: "custom", path: ["consentGivenOn"], message: "Organise.validation.date" });
    }
  });

export const eventSchema = z.object({
  defenderId: z.string(),
  eventId: z.string().optional(),
  occurredOn: isoDate,
  kind: z.enum(defenderEventKinds, "Organise.validation.eventKind"),
  text: z.string().trim().min(1, "Validation.required").max(2000, "Validation.tooLong"),
  sourceUrl: z
    .string()
    .trim()
    .default("")
    .refine((v) => v === "" || /^https:\/\/[^\s]+$/.test(v), "Validation.invalidUrl")
    .transform((v) => (v === "" ? null : v)),
});
