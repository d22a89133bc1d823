/**
 * What leaves the machine (ADR 0027), against a real Postgres and the local
 * SMTP sink: multipart/alternative with both parts, a Message-ID per outbox
 * row, List-Unsubscribe on campaign updates only; and the one-click route
 * that header points at (POST unsubscribes, GET does not).
 */
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "./route";
import { closeDb, getDb } from "@/db";
import { unsubscribeToken } from "@/db/queries/campaign-updates";
import { enqueueMail } from "@/db/queries/mail";
import * as schema from "@/db/schema";
import { keyedHash } from "@/lib/crypto";
import { env } from "@/lib/env";
import { smtpTransport, type MailTransport } from "@/lib/mail/transport";
import { campaignUpdateMail } from "@/server/mail/campaign-update";
import { signInLinkMail } from "@/server/mail/sign-in";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { startSmtpSink, type SmtpSink } from "@/test/smtp-sink";
import { outgoingMail, runMailSenderOnce } from "@/server/jobs/mail-sender";

let sink: SmtpSink;
let transport: MailTransport;
let t: TestDatabase;
const created = { mail: [] as string[], campaigns: [] as string[] };

beforeAll(async () => {
  sink = await startSmtpSink();
  transport = smtpTransport(sink.url, "Inkwell tests <no-reply@inkwell.test>");
  t = createTestDb();
});

afterAll(async () => {
  await t?.db.delete(schema.mailOutbox).where(inArray(schema.mailOutbox.id, created.mail));
  if (created.campaigns.length) {
    await t?.db.delete(schema.actions).where(inArray(schema.actions.campaignId, created.campaigns));
    await t?.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, created.campaigns));
  }
  transport?.close();
  await sink?.stop();
  await t?.close();
  await closeDb();
});

async function campaignWithSigner(): Promise<{ campaign: { id: string; slug: string; title: string }; actionId: number }> {
  const [campaign] = await t.db
    .insert(schema.campaigns)
    .values({ slug: randomSlug("campaign"), title: "Free the test defender", summary: "Test.", status: "published" })
    .returning({ id: schema.campaigns.id, slug: schema.campaigns.slug, title: schema.campaigns.title });
  created.campaigns.push(campaign!.id);
  const [action] = await t.db
    .insert(schema.actions)
    .values({
      campaignId: campaign!.id,
      kind: "letter",
      status: "confirmed",
      wantsUpdates: true,
      emailHash: keyedHash("email", `${randomUUID()}@example.org`),
      idempotencyKey: randomUUID(),
    })
    .returning({ id: schema.actions.id });
  return { campaign: campaign!, actionId: action!.id };
}

async function queue(mail: Parameters<typeof enqueueMail>[1]): Promise<string> {
  const db = await getDb();
  const id = await db.transaction((tx) => enqueueMail(tx, mail));
  created.mail.push(id);
  return id;
}

function header(raw: string, name: string): string | undefined {
  const head = raw.slice(0, raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, " ");
  return new RegExp(`^${name}:\\s*(.*)$`, "im").exec(head)?.[1]?.trim();
}

async function wantsUpdates(actionId: number): Promise<boolean> {
  const [row] = await t.db.select({ wants: schema.actions.wantsUpdates }).from(schema.actions).where(eq(schema.actions.id, actionId));
  return row!.wants;
}

describe("mail as sent", () => {
  it("is multipart/alternative with text and HTML, has a Message-ID, and List-Unsubscribe only on updates", async () => {
    const { campaign, actionId } = await campaignWithSigner();
    const updateTo = `update-${randomUUID()}@example.org`;
    const update = await campaignUpdateMail({
      to: updateTo,
      actionId,
      locale: "ar",
      campaign,
      update: { kind: "released", title: "Released <on> bail", body: "She is home.", occurredOn: "2026-11-20", setsDefenderStatus: null, notifySigners: true },
    });
    const updateId = await queue({ ...update, to: updateTo, campaignId: campaign.id });
    const signInTo = `signin-${randomUUID()}@example.org`;
    const signInId = await queue(await signInLinkMail({ email: signInTo, url: "https://inkwell.test/api/auth/callback/x", expires: new Date(Date.now() + 600_000), locale: "fr" }));

    expect(await runMailSenderOnce({ transport, only: [updateId, signInId] })).toEqual({ sent: 2, failed: 0 });
    const host = new URL(env().SITE_URL).hostname;

    const updateMail = await sink.waitForMail((m) => m.to.includes(updateTo));
    expect(header(updateMail.raw, "Content-Type")).toMatch(/^multipart\/alternative;/);
    expect(updateMail.raw).toMatch(/Content-Type: text\/plain/);
    expect(updateMail.raw).toMatch(/Content-Type: text\/html/);
    expect(header(updateMail.raw, "Message-ID")).toBe(`<${updateId}@${host}>`);
    expect(header(updateMail.raw, "Date")).toBeTruthy();
    const origin = new URL(env().SITE_URL).origin;
    expect(header(updateMail.raw, "List-Unsubscribe")).toBe(`<${origin}/api/unsubscribe/${unsubscribeToken(actionId)}?locale=ar>`);
    expect(header(updateMail.raw, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    const [stored] = await t.db.select({ html: schema.mailOutbox.htmlBody }).from(schema.mailOutbox).where(eq(schema.mailOutbox.id, updateId));
    expect(stored?.html).toContain('<html lang="ar" dir="rtl">');
    expect(stored?.html).toContain("Released &lt;on&gt; bail");

    const signInMail = await sink.waitForMail((m) => m.to.includes(signInTo));
    expect(header(signInMail.raw, "Content-Type")).toMatch(/^multipart\/alternative;/);
    expect(header(signInMail.raw, "Message-ID")).toBe(`<${signInId}@${host}>`);
    expect(header(signInMail.raw, "List-Unsubscribe")).toBeUndefined();
    expect(header(signInMail.raw, "List-Unsubscribe-Post")).toBeUndefined();
  });

  it("keeps the Message-ID across retries, and gives mail queued without HTML an HTML part", async () => {
    const id = await queue({ to: `legacy-${randomUUID()}@example.org`, subject: "Hi", text: "Open https://inkwell.test/x" });
    const [row] = await t.db.select().from(schema.mailOutbox).where(eq(schema.mailOutbox.id, id));
    const first = outgoingMail(row!);
    const again = outgoingMail({ ...row!, attempts: row!.attempts + 1 });
    expect(again.messageId).toBe(first.messageId);
    expect(first.html).toContain('<a href="https://inkwell.test/x"');
    expect(first.headers).toBeUndefined();
  });
});

describe("one-click unsubscribe route", () => {
  const context = (token: string) => ({ params: Promise.resolve({ token }) });
  const post = (token: string, body: string) =>
    POST(new Request(`http://localhost/api/unsubscribe/${token}`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body }), context(token));

  it("GET changes nothing and sends to the page in the mail's language", async () => {
    const { actionId } = await campaignWithSigner();
    const token = unsubscribeToken(actionId);
    const response = await GET(new Request(`http://localhost/api/unsubscribe/${token}?locale=fr`), context(token));
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get("location")!).pathname).toBe(`/fr/unsubscribe/${token}`);
    expect(await wantsUpdates(actionId)).toBe(true);
  });

  it("POST List-Unsubscribe=One-Click unsubscribes, idempotently, without session or form token", async () => {
    const { actionId } = await campaignWithSigner();
    const token = unsubscribeToken(actionId);
    expect((await post(token, "something=else")).status).toBe(400);
    expect(await wantsUpdates(actionId)).toBe(true);
    expect((await post(token, "List-Unsubscribe=One-Click")).status).toBe(200);
    expect(await wantsUpdates(actionId)).toBe(false);
    expect((await post(token, "List-Unsubscribe=One-Click")).status).toBe(200);
    expect((await post(`${actionId}.${"A".repeat(43)}`, "List-Unsubscribe=One-Click")).status).toBe(404);
  });
});
