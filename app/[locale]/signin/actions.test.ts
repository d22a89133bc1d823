/**
 * The sign-in form's server action against a real Postgres (scripts/with-test-db.ts): every
 * address gets the same "check your email" redirect, an account or none, suspended, or over
 * the sign-in mail limits, and only the ones that may have a link get a mail.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/db";
import { keyedHash } from "@/lib/crypto";
import { canonicalEmail } from "@/lib/email/canonical";
import { signInMailLimits } from "@/lib/rate-limit/policy";
import { createTestDb, type TestDatabase } from "@/test/db";

const site = new URL(process.env.SITE_URL ?? "http://localhost:3000");
let requestIp = "198.18.0.1";
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ origin: site.origin, host: site.host }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
vi.mock("@/lib/request-meta", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/request-meta")>()),
  requestMeta: () => ({ ip: requestIp, country: null }),
  clientIp: () => requestIp,
}));
vi.mock("next-intl/server", () => ({ getTranslations: async (namespace?: string) => (key: string) => `${namespace}.${key}` }));
vi.mock("@/server/viewer", () => ({ getViewer: async () => null }));

const { requestSignInLink } = await import("./actions");

let t: TestDatabase;
const domain = `signin-action-${randomBytes(5).toString("hex")}.example.org`;
const userIds: string[] = [];
const bucketKeys = new Set<string>();

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  await t.sql`delete from mail_outbox where to_address like ${`%@${domain}`}`;
  await t.sql`delete from verification_tokens where identifier like ${`%@${domain}`}`;
  if (userIds.length) await t.sql`delete from users where id = any(${userIds}::text[])`;
  await t.sql`delete from rate_limits where key = any(${[...bucketKeys]}::text[])`;
  await t.close();
  await closeDb();
});

async function createUser(local: string, suspended = false): Promise<string> {
  const id = randomUUID();
  const email = `${local}@${domain}`;
  await t.sql`insert into users (id, email, name, role, suspended_at)
              values (${id}, ${email}, ${local}, 'organiser', ${suspended ? new Date().toISOString() : null}::timestamptz)`;
  userIds.push(id);
  return email;
}

/** What the form's post ends in: the redirect's path, or the state it answered with. */
async function ask(email: string): Promise<string> {
  const [a, b] = randomBytes(2);
  requestIp = `198.19.${a}.${(b! % 254) + 1}`;
  bucketKeys.add(`signin:ip:${keyedHash("ip", requestIp)}`);
  bucketKeys.add(`signin:email:${keyedHash("email", canonicalEmail(email))}`);
  const form = new FormData();
  form.set("email", email);
  try {
    const state = await requestSignInLink({ ok: false }, form);
    return `state ${JSON.stringify(state)}`;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return `redirect ${digest.split(";")[2]}`;
  }
}

async function mailsTo(email: string): Promise<number> {
  const [row] = await t.sql<{ n: number }[]>`select count(*)::int as n from mail_outbox where lower(to_address) = ${email.toLowerCase()}`;
  return row!.n;
}

describe("requestSignInLink", () => {
  it("answers an account, a suspended one, none and one over its limit with the same redirect", async () => {
    const member = await createUser(`member-${randomUUID()}`);
    const suspended = await createUser(`suspended-${randomUUID()}`, true);
    const nobody = `nobody-${randomUUID()}@${domain}`;
    const flooded = await createUser(`flooded-${randomUUID()}`);
    const floodAnswers = [];
    for (let i = 0; i < signInMailLimits.perEmail.points + 3; i++) floodAnswers.push(await ask(flooded));
    const answers = [await ask(member), await ask(suspended), await ask(nobody), ...floodAnswers];
    expect(new Set(answers)).toEqual(new Set(["redirect /signin/check-email"]));
    expect(await mailsTo(member)).toBe(1);
    expect(await mailsTo(suspended)).toBe(0);
    expect(await mailsTo(nobody)).toBe(1);
    expect(await mailsTo(flooded)).toBe(signInMailLimits.perEmail.points);
  });
});
