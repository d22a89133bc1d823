import { z } from "zod";
import { targetKinds } from "@/db/schema/enums";

/**
 * What an organiser may write into a target, from the form or a CSV row.
 * Messages are catalogue keys; empty text becomes null. Handles are stored
 * without their "@", ISO codes upper-cased, languages as canonical BCP 47 tags.
 */
const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

export function isIsoCountry(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && code !== "ZZ" && regionNames.of(code) !== undefined;
}

function canonicalLanguage(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

const blankToNull = (value: unknown) => {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
};

function optional<T extends z.ZodType>(inner: T) {
  return z.preprocess(blankToNull, inner.nullable());
}

const text = (max: number) => z.string().max(max, "Validation.tooLong");

const isoCountry = z
  .string()
  .transform((v) => v.toUpperCase())
  .refine(isIsoCountry, "Targets.errors.isoCountry");

export const channels = ["email", "phone", "post", "x", "bluesky"] as const;
export type Channel = (typeof channels)[number];

const truthy = new Set(["on", "true", "yes", "1", "y"]);
const falsy = new Set(["false", "no", "0", "n", ""]);

export const targetFieldsSchema = z.object({
  kind: z.enum(targetKinds, "Targets.errors.kind"),
  honorific: optional(text(80)),
  name: z.string().trim().min(1, "Validation.required").max(200, "Validation.tooLong"),
  title: optional(text(200)),
  representedState: optional(isoCountry),
  hostCountry: optional(isoCountry),
  addressLines: z
    .preprocess((v) => (typeof v === "string" ? v : ""), z.string().max(1000, "Validation.tooLong"))
    .transform((v) =>
      v
        .split(/\r?\n|\|/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string()).max(8, "Targets.errors.addressLines")),
  city: optional(text(120)),
  postcode: optional(text(20)),
  phone: optional(z.string().regex(/^\+?[0-9][0-9 ().\/-]{4,29}$/, "Targets.errors.phone")),
  email: optional(z.email("Validation.invalidEmail").max(254, "Validation.tooLong")),
  xHandle: optional(
    z
      .string()
      .transform((v) => v.replace(/^@/, ""))
      .pipe(z.string().regex(/^[A-Za-z0-9_]{1,15}$/, "Targets.errors.xHandle")),
  ),
  blueskyHandle: optional(
    z
      .string()
      .transform((v) => v.replace(/^@/, "").toLowerCase())
      .pipe(z.string().regex(/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/, "Targets.errors.blueskyHandle")),
  ),
  website: optional(z.url({ protocol: /^https?$/, error: "Validation.invalidUrl" }).max(500, "Validation.tooLong")),
  language: z
    .preprocess((v) => blankToNull(v) ?? "en", z.string())
    .transform((v, ctx) => {
      const tag = canonicalLanguage(v);
      if (!tag) {
        ctx.addIssue({ code: "custom", message: "Targets.errors.language" });
        return z.NEVER;
      }
      return tag;
    }),
  isExample: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v === undefined ? "" : v),
    z
      .string()
      .refine((v) => truthy.has(v) || falsy.has(v), "Targets.errors.isExample")
      .transform((v) => truthy.has(v)),
  ),
});

export type TargetFields = z.output<typeof targetFieldsSchema>;

const healthStatus = z.preprocess(blankToNull, z.enum(["ok", "failing"], "Validation.invalid").nullable());

/** The edit form: the fields plus, per channel, a health status and note. */
export const targetFormSchema = targetFieldsSchema.extend(
  Object.fromEntries(
    channels.flatMap((channel) => [
      [`health_${channel}`, healthStatus],
      [`healthNote_${channel}`, optional(text(300))],
    ]),
  ) as Record<`health_${Channel}` | `healthNote_${Channel}`, typeof healthStatus>,
);

export type TargetFormInput = z.output<typeof targetFormSchema>;

export interface ChannelHealthInput {
  channel: Channel;
  status: "ok" | "failing" | null;
  note: string | null;
}

export function channelHealthFrom(input: Record<string, unknown>): ChannelHealthInput[] {
  return channels.map((channel) => ({
    channel,
    status: (input[`health_${channel}`] as "ok" | "failing" | null) ?? null,
    note: (input[`healthNote_${channel}`] as string | null) ?? null,
  }));
}

export function fieldsOf(input: TargetFormInput): TargetFields {
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(targetFieldsSchema.shape)) fields[key] = input[key as keyof TargetFormInput];
  return fields as TargetFields;
}
