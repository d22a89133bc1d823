import { z } from "zod";

/** At most `points` submissions per fixed window of `windowSeconds`. */
export interface Limit {
  points: number;
  windowSeconds: number;
}

const limit = z.object({ points: z.number().int().min(1), windowSeconds: z.number().int().min(1) });

/**
 * Limits on supporter submissions. The "withoutProof" limits apply on top of
 * the others when the proof-of-work captcha was not solved (JavaScript off, or
 * a script that skips it): those submissions are still accepted, but fewer of them.
 */
export const rateLimitSettingsSchema = z.object({
  perIp: limit,
  perEmail: limit,
  perEmailDomain: limit,
  perIpWithoutProof: limit,
  perEmailDomainWithoutProof: limit,
});

export type RateLimitSettings = z.infer<typeof rateLimitSettingsSchema>;

const hour = 3600;

export const defaultRateLimitSettings: RateLimitSettings = {
  perIp: { points: 30, windowSeconds: hour },
  perEmail: { points: 10, windowSeconds: hour },
  perEmailDomain: { points: 300, windowSeconds: hour },
  perIpWithoutProof: { points: 10, windowSeconds: hour },
  perEmailDomainWithoutProof: { points: 60, windowSeconds: hour },
};

/** Partial overrides from site_settings, each limit replaced whole; anything malformed keeps the default. */
export function mergeRateLimitSettings(overrides: unknown): RateLimitSettings {
  const parsed = rateLimitSettingsSchema.partial().safeParse(overrides);
  return { ...defaultRateLimitSettings, ...(parsed.success ? parsed.data : {}) };
}

export interface Submitter {
  /** keyedHash("ip", ...) of the client address; null when unknown. */
  ipHash: string | null;
  /** keyedHash("email", canonical email). */
  emailHash: string | null;
  /** The email's domain ("example.org"). */
  emailDomain: string | null;
  powVerified: boolean;
}

/** One bucket to charge: a key in rate_limits and the limit it is held to. */
export interface Charge extends Limit {
  key: string;
}

/**
 * The buckets one submission is charged to. Buckets are shared by every
 * campaign and kind in `scope` ("sign"), so a flood cannot hop campaigns.
 */
export function chargesFor(scope: string, submitter: Submitter, settings: RateLimitSettings): Charge[] {
  const charges: Charge[] = [];
  const add = (key: string, l: Limit) => charges.push({ key: `${scope}:${key}`, ...l });
  if (submitter.ipHash) add(`ip:${submitter.ipHash}`, settings.perIp);
  if (submitter.emailHash) add(`email:${submitter.emailHash}`, settings.perEmail);
  if (submitter.emailDomain) add(`domain:${submitter.emailDomain}`, settings.perEmailDomain);
  if (!submitter.powVerified) {
    if (submitter.ipHash) add(`noproof:ip:${submitter.ipHash}`, settings.perIpWithoutProof);
    if (submitter.emailDomain) add(`noproof:domain:${submitter.emailDomain}`, settings.perEmailDomainWithoutProof);
  }
  return charges;
}

/** Points counted in each bucket after this submission, by key. */
export type Consumed = ReadonlyMap<string, number>;

export interface Verdict {
  allowed: boolean;
  /** The buckets that went over their limit. */
  exceeded: string[];
}

export function judge(charges: readonly Charge[], consumed: Consumed): Verdict {
  const exceeded = charges.filter((c) => (consumed.get(c.key) ?? 0) > c.points).map((c) => c.key);
  return { allowed: exceeded.length === 0, exceeded };
}
