import { z } from "zod";
import type { RateLimitSettings } from "@/lib/rate-limit/policy";

export const limitNames = ["perIp", "perEmail", "perIpWithoutProof", "perEmailDomainWithoutProof"] as const satisfies readonly (keyof RateLimitSettings)[];
export type LimitName = (typeof limitNames)[number];

export const maxPoints = 100_000;
/** A window longer than a week would keep buckets around for nothing: limits are about floods. */
export const maxWindowMinutes = 7 * 24 * 60;

function wholeNumber(max: number, message: string) {
  return z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, message)
    .transform(Number)
    .pipe(z.number().min(1, message).max(max, message));
}

const points = wholeNumber(maxPoints, "AdminAbuse.errors.pointsRange");
const minutes = wholeNumber(maxWindowMinutes, "AdminAbuse.errors.windowRange");

/** Field names of one limit in the form. */
export function limitFields(name: LimitName) {
  return { points: `${name}Points`, minutes: `${name}Minutes` } as const;
}

const shape = Object.fromEntries(limitNames.flatMap((name) => [[limitFields(name).points, points], [limitFields(name).minutes, minutes]]));

/** The rate-limit form: every limit as points per window, the window in minutes. */
export const rateLimitFormSchema = z.object(shape as Record<string, typeof points>).transform((form): RateLimitSettings => {
  const settings = {} as RateLimitSettings;
  for (const name of limitNames) {
    const fields = limitFields(name);
    settings[name] = { points: form[fields.points]!, windowSeconds: form[fields.minutes]! * 60 };
  }
  return settings;
});

/** The form's field values for stored settings. */
export function formValuesOf(settings: RateLimitSettings): Record<string, string> {
  return Object.fromEntries(
    limitNames.flatMap((name) => [
      [limitFields(name).points, String(settings[name].points)],
      [limitFields(name).minutes, String(Math.max(1, Math.round(settings[name].windowSeconds / 60)))],
    ]),
  );
}
