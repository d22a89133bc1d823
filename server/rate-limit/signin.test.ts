/**
 * Sign-in links (magic links) through Auth.js's own sign-in endpoint against a
 * real Postgres (scripts/with-test-db.ts): a flood cannot queue unbounded mail
 * to one inbox or from one network, and every answer is the same whether the
 * address has an account, a suspended one, none, or is over a limit.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/db";
import { keyedHash } from "@/lib/crypto";
import { canonicalEmail } from "@/lib/email/canonical";
import { createTestDb, type TestDatabase } from "@/test/db";
import { signInMailLimits } from "@/lib/rate-limit/policy";

// The client address the sign-in request comes from (lib/request-meta.ts reads it from the real request).
let requestIp = "198.18.0.1";
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/lib/request-meta", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/request-meta")>()),
  requestMeta: () => ({ ip: requestIp, country: null }),
  clientIp: () => requestIp,
}));

const { handlers } = await import("@/auth");

const site = new URL(process.env.SITE_URL ?? "http://localhost:3000");
let t: TestDatabase;
const domain = `signin-${randomBytes(5).toString("hex")}.example.org`;
const userIds: string[] = [];
const ips: string[] = [];
const emailKeys = new Set<string>();

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  await t.sql`delete from mail_outbox where to_address like ${`%@${domain}`}`;
  await t.sql`delete from verification_tokens where identifier like ${`%@${domain}`}`;
  if (userIds.length) await t.sql`delete from users where id = any(${userIds}::text[])`;
  const keys = [...ips.map((ip) => `signin:ip:${keyedHash("ip", ip)}`), ...emailKeys];
  await t.sql`delete from rate_limits where key = any(${keys}::text[])`;
  await t.close();
  await closeDb();
});

function newIp(): string {
  const [a, b, c] = randomBytes(3);
  const ip = `198.${18 + (a! % 2)}.${b}.${(c! % 254) + 1}`;
  ips.push(ip);
  return ip;
}

async function createUser(local: string, suspended = false): Promise<string> {
  const id = randomUUID();
  const email = `${local}@${domain}`;
  await t.sql`insert into users (id, email, name, role, suspended_at) values (${id}, ${email}, ${local}, 'organiser', ${suspended ? new Date().toISOString() : null}::timestamptz)`;
  userIds.push(id);
  return email;
}

/** What a browser sees after asking Auth.js for a link: fetch a CSRF token, then post the address. */
async function requestLink(email: string, ip = newIp()): Promise<{ status: number; location: string | null }> {
  requestIp = ip;
  emailKeys.add(`signin:email:${keyedHash("email", canonicalEmail(email))}`);
  const csrf = await handlers.GET(new NextRequest(new URL("/api/auth/csrf", site)));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await handlers.POST(
    new NextRequest(new URL("/api/auth/signin/email", site), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: site.origin },
      body: new URLSearchParams({ email, csrfToken, callbackUrl: "/organise" }),
    }),
  );
  return { status: response.status, location: response.headers.get("location") };
}

async function mailsTo(email: string): Promise<number> {
  const [row] = await t.sql<{ n: number }[]>`select count(*)::int as n from mail_outbox where lower(to_address) = ${email.toLowerCase()}`;
  return row!.n;
}

async function mailsToDomain(): Promise<number> {
  const [row] = await t.sql<{ n: number }[]>`select count(*)::int as n from mail_outbox where to_address like ${`%@${domain}`}`;
  return row!.n;
}

describe("sign-in links", () => {
  it("sends a link to an address that asks, once per ask", async () => {
    const email = await createUser(`first-${randomUUID()}`);
    const answer = await requestLink(email);
    expect(answer.status).toBe(302);
    expect(await mailsTo(email)).toBe(1);
  });

  it("a flood for one address, from ever new networks, queues at most its limit of mails to that inbox", async () => {
    const email = await createUser(`victim-${randomUUID()}`);
    const answers = new Set<string | null>();
    for (let i = 0; i < signInMailLimits.perEmail.points + 10; i++) answers.add((await requestLink(email)).location);
    expect(await mailsTo(email)).toBe(signInMailLimits.perEmail.points);
    expect(answers.size).toBe(1);
  });

  it("counts dots and +tags as the same inbox", async () => {
    const local = `tagged${randomBytes(4).toString("hex")}`;
    for (let i = 0; i < signInMailLimits.perEmail.points + 3; i++) await requestLink(`${local}+${i}@${domain}`);
    const [row] = await t.sql<{ n: number }[]>`select count(*)::int as n from mail_outbox where to_address like ${`${local}+%@${domain}`}`;
    expect(row!.n).toBe(signInMailLimits.perEmail.points);
  });

  it("a flood from one network queues at most its limit of mails, whatever the addresses", async () => {
    const ip = newIp();
    const before = await mailsToDomain();
    for (let i = 0; i < signInMailLimits.perIp.points + 5; i++) await requestLink(`spray-${i}-${randomUUID()}@${domain}`, ip);
    expect((await mailsToDomain()) - before).toBe(signInMailLimits.perIp.points);
    // No token is stored for a link that was not sent.
    const [tokens] = await t.sql<{ n: number }[]>`select count(*)::int as n from verification_tokens where identifier like ${`spray-%@${domain}`}`;
    expect(tokens!.n).toBe(signInMailLimits.perIp.points);
  });

  it("a network over its limit cannot spend another address's budget", async () => {
    const ip = newIp();
    for (let i = 0; i < signInMailLimits.perIp.points; i++) await requestLink(`filler-${i}-${randomUUID()}@${domain}`, ip);
    const email = await createUser(`target-${randomUUID()}`);
    for (let i = 0; i < signInMailLimits.perEmail.points + 3; i++) await requestLink(email, ip);
    expect(await mailsTo(email)).toBe(0);
    await requestLink(email);
    expect(await mailsTo(email)).toBe(1);
  });

  it("answers every address the same way: an account, a suspended one, none, or one over its limit", async () => {
    const member = await createUser(`member-${randomUUID()}`);
    const suspended = await createUser(`suspended-${randomUUID()}`, true);
    const nobody = `nobody-${randomUUID()}@${domain}`;
    const flooded = `flooded-${randomUUID()}@${domain}`;
    for (let i = 0; i < signInMailLimits.perEmail.points; i++) await requestLink(flooded);
    const answers = [];
    for (const email of [member, suspended, nobody, flooded]) answers.push(await requestLink(email));
    expect(new Set(answers.map((a) => `${a.status} ${a.location}`)).size).toBe(1);
    expect(answers[0]!.location).toContain("/verify-request");
    expect(await mailsTo(member)).toBe(1);
    expect(await mailsTo(suspended)).toBe(0);
    expect(await mailsTo(nobody)).toBe(1);
    expect(await mailsTo(flooded)).toBe(signInMailLimits.perEmail.points);
    // The canonical form's bucket is the one charged: the hash is never of the address as typed.
    const [bucket] = await t.sql<{ points: number }[]>`select points from rate_limits where key = ${`signin:email:${keyedHash("email", canonicalEmail(flooded))}`}`;
    expect(bucket!.points).toBe(signInMailLimits.perEmail.points + 1);
  });
});
