/**
 * The sign-in form's server action against a real Postgres (scripts/with-test-db.ts): every
 * address gets the same "check your email" redirect, an account or none, suspended, or over
 * the sign-in mail limits, and only the ones that may have a link get a mail.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/db";
import { keyedHash } from "@/lib/crypto";
import { canonicalEmail } from "@/lib/email/canonical";
import { signInMailLimits } from "@/lib/rate-limit/policy";
import { createTestDb, type TestDatabase } from "@/test/db";
import { timeZone, type Locale } from "@/i18n/config";
import { messagesFor } from "@/i18n/messages";

const site = new URL(process.env.SITE_URL ?? "http://localhost:3000");
let requestIp = "198.18.0.1";
/** The language of the page the form is posted from: proxy.ts passes it on in next-intl's header. */
let pageLocale: Locale = "en";
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ origin: site.origin, host: site.host, "x-next-intl-locale": pageLocale }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
vi.mock("@/lib/request-meta", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/request-meta")>()),
  requestMeta: () => ({ ip: requestIp, country: null }),
  clientIp: () => requestIp,
}));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => (key: string) => `${namespace}.${key}`,
  getLocale: async () => pageLocale,
}));
vi.mock("@/server/viewer", () => ({ getViewer: async () => null }));

const { requestSignInLink } = await import("./actions");
const { handlers } = await import("@/auth");

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
  await t.sql`delete from users where email like ${`%@${domain}`}`;
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

  it("mails the link in the language of the page it was asked from, and the account remembers that language", async () => {
    const member = await createUser(`member-${randomUUID()}`);
    const newcomer = `newcomer-${randomUUID()}@${domain}`;

    pageLocale = "fr";
    expect(await ask(member)).toBe("redirect /fr/signin/check-email");
    pageLocale = "ar";
    expect(await ask(newcomer)).toBe("redirect /ar/signin/check-email");
    pageLocale = "en";

    for (const [email, locale] of [[member, "fr"], [newcomer, "ar"]] as const) {
      const mail = await mailTo(email);
      const translate = createTranslator({ locale, timeZone, messages: await messagesFor(locale) }) as unknown as (key: string) => string;
      expect(mail.subject).toBe(translate("Email.signIn.subject"));
      // After signing in they land on a page in the same language (/organise, the default, here).
      expect(new URL(magicLink(mail.text)).searchParams.get("callbackUrl")).toMatch(new RegExp(`^(?:https?://[^/]+)?/${locale}/organise$`));
    }
    expect(await localeOf(member)).toBe("fr");
    expect(await localeOf(newcomer)).toBeNull(); // no account until the link is followed

    // Following the link creates the account with the language it was asked in.
    const answer = await handlers.GET(new NextRequest(magicLink((await mailTo(newcomer)).text)));
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toMatch(/\/ar\/organise$/);
    expect(await localeOf(newcomer)).toBe("ar");
  });
});

async function mailTo(email: string): Promise<{ subject: string; text: string }> {
  const [row] = await t.sql<{ subject: string; text: string }[]>`
    select subject, text_body as text from mail_outbox where lower(to_address) = ${email.toLowerCase()} order by created_at desc limit 1`;
  return row!;
}

function magicLink(text: string): string {
  const link = /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(text)?.[0];
  if (!link) throw new Error(`no sign-in link in ${text}`);
  return link;
}

async function localeOf(email: string): Promise<string | null | undefined> {
  const [row] = await t.sql<{ locale: string | null }[]>`select locale from users where email = ${email}`;
  return row ? row.locale : null;
}
