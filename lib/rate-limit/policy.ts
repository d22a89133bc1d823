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
 * There is no email-domain limit for signers with a proof of work: a domain is
 * shared by strangers (gmail.com), and one could otherwise lock out the rest.
 */
export const rateLimitSettingsSchema = z.object({
  perIp: limit,
  perEmail: limit,
  perIpWithoutProof: limit,
  perEmailDomainWithoutProof: limit,
});

export type RateLimitSettings = z.infer<typeof rateLimitSettingsSchema>;

const hour = 3600;

export const defaultRateLimitSettings: RateLimitSettings = {
  perIp: { points: 30, windowSeconds: hour },
  perEmail: { points: 10, windowSeconds: hour },
  perIpWithoutProof: { points: 10, windowSeconds: hour },
  perEmailDomainWithoutProof: { points: 60, windowSeconds: hour },
};

/**
 * Partial overrides from site_settings, each limit replaced whole; anything malformed keeps the default.
 * Keys no longer known (the old with-proof "perEmailDomain") are ignored.
 */
export function mergeRateLimitSettings(overrides: unknown): RateLimitSettings {
  const parsed = rateLimitSettingsSchema.partial().safeParse(overrides);
  return { ...defaultRateLimitSettings, ...(parsed.success ? parsed.data : {}) };
}

/**
 * Sign-in links (magic links) one address and one network may be sent per
 * window. Fixed, not an admin setting: they protect inboxes and the sender's
 * reputation, and nobody needs more than a few links an hour.
 */
export const signInMailLimits = {
  perIp: { points: 20, windowSeconds: hour },
  perEmail: { points: 5, windowSeconds: hour },
} as const satisfies Record<string, Limit>;

export interface Submitter {
  /** keyedHash("ip", ...) of the client address; null when unknown. */
  ipHash: string | null;
  /** keyedHash("email", canonical email). */
  emailHash: string | null;
  /** The email's domain ("example.org"). */
  emailDomain: string | null;
}

/**
 * Whose budget a bucket is, which decides when a submission is charged to it
 * (db/queries/rate-limit.ts charges them in this order, in one statement):
 * - "requester": keyed by the client's own network address. Charged for every
 *   screened submission, refused or not, so hammering keeps a flood's own
 *   address shut. Only people behind that same address share it.
 * - "address": keyed by the email typed, which anyone can type. Charged only
 *   when the requester's buckets let the submission through, so a network over
 *   its limit cannot keep spending someone else's address.
 * - "shared": keyed by what strangers share (an email domain). Charged only for
 *   a submission every other bucket let through and that is not a repeat of a
 *   signature already stored: refused, invalid and duplicate posts never spend it.
 */
export type Payer = "requester" | "address" | "shared";

/** The order buckets are charged in: a later one only when every earlier one allowed. */
export const payerOrder: readonly Payer[] = ["requester", "address", "shared"];

/** One bucket to charge: a key in rate_limits and the limit it is held to. */
export interface Charge extends Limit {
  key: string;
  /** Defaults to "requester". */
  payer?: Payer;
  /** Charged and judged only when no fresh proof of work came with the submission. */
  withoutProof?: boolean;
}

/**
 * The buckets one submission may be charged to. Buckets are shared by every
 * campaign and kind in `scope` ("sign"), so a flood cannot hop campaigns.
 * Those marked `withoutProof` count only when the proof of work was missing,
 * wrong or replayed.
 */
export function chargesFor(scope: string, submitter: Submitter, settings: RateLimitSettings): Charge[] {
  const charges: Charge[] = [];
  const add = (key: string, l: Limit, payer: Payer, withoutProof = false) =>
    charges.push({ key: `${scope}:${key}`, points: l.points, windowSeconds: l.windowSeconds, payer, withoutProof });
  if (submitter.ipHash) {
    add(`ip:${submitter.ipHash}`, settings.perIp, "requester");
    add(`noproof:ip:${submitter.ipHash}`, settings.perIpWithoutProof, "requester", true);
  }
  if (submitter.emailHash) add(`email:${submitter.emailHash}`, settings.perEmail, "address");
  if (submitter.emailDomain) add(`noproof:domain:${submitter.emailDomain}`, settings.perEmailDomainWithoutProof, "shared", true);
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
