import { z } from "zod";
import { uuidField } from "@/lib/ids";

/** "2026-11-21T22:05" (a datetime-local field), read as UTC. */
const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

export function toDateTimeField(date: Date): string {
  return date.toISOString().slice(0, 16);
}

function fromDateTimeField(value: string): Date {
  return new Date(`${value.length === 16 ? `${value}:00` : value}Z`);
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "Validation.tooLong")
    .optional()
    .transform((text) => text || null);

const dateTimeField = z
  .string()
  .trim()
  .min(1, "Validation.required")
  .regex(localDateTime, "AdminAbuse.errors.dateTime")
  .transform(fromDateTimeField)
  .refine((date) => !Number.isNaN(date.getTime()), "AdminAbuse.errors.dateTime");

/**
 * The invalidation form: at least one of an IP hash, an email domain or a
 * campaign (by slug), and a time window. "preview" counts; "run" queues it if
 * the count is still the previewed one.
 */
export const invalidationFormSchema = z
  .object({
    intent: z.enum(["preview", "run"], "Validation.invalid"),
    ipHash: optionalText(100).pipe(z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "AdminAbuse.errors.ipHash").nullable()),
    emailDomain: optionalText(253).transform((domain) => domain?.toLowerCase().replace(/^@/, "") ?? null),
    campaign: optionalText(200).pipe(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "AdminAbuse.errors.campaignSlug").nullable()),
    from: dateTimeField,
    to: dateTimeField,
    previewCount: z
      .string()
      .optional()
      .transform((count) => (count && /^\d{1,12}$/.test(count) ? Number(count) : null)),
  })
  .superRefine((form, ctx) => {
    if (!form.ipHash && !form.emailDomain && !form.campaign) {
      ctx.addIssue({ code: "custom", path: ["ipHash"], message: "AdminAbuse.errors.needSubject" });
    }
    // Zod runs this even when a date failed to parse: compare only real dates.
    if (form.from instanceof Date && form.to instanceof Date && form.from.getTime() >= form.to.getTime()) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "AdminAbuse.errors.toBeforeFrom" });
    }
  });

export type InvalidationForm = z.output<typeof invalidationFormSchema>;

export const undoSchema = z.object({ invalidationId: uuidField("Validation.invalid") });

export interface InvalidationPrefill {
  ipHash?: string;
  emailDomain?: string;
  campaign?: string;
  from: Date;
  to: Date;
}

/** A link to the invalidation form, filled in (from the trending report). */
export function invalidationFormHref(prefill: InvalidationPrefill): string {
  const params = new URLSearchParams();
  if (prefill.ipHash) params.set("ipHash", prefill.ipHash);
  if (prefill.emailDomain) params.set("emailDomain", prefill.emailDomain);
  if (prefill.campaign) params.set("campaign", prefill.campaign);
  params.set("from", toDateTimeField(prefill.from));
  params.set("to", toDateTimeField(prefill.to));
  return `/admin/abuse/invalidations?${params}`;
}

/** The form's starting values from the page's query string; anything odd is dropped, the window defaults to the last hour. */
export function prefillFromQuery(query: Record<string, string | string[] | undefined>, now: Date): Record<string, string> {
  const one = (key: string) => (typeof query[key] === "string" ? (query[key] as string).slice(0, 300) : "");
  const dateOr = (key: string, fallback: Date) => (localDateTime.test(one(key)) ? one(key) : toDateTimeField(fallback));
  return {
    ipHash: one("ipHash"),
    emailDomain: one("emailDomain"),
    campaign: one("campaign"),
    from: dateOr("from", new Date(now.getTime() - 3_600_000)),
    to: dateOr("to", new Date(now.getTime() + 60_000)),
  };
}
