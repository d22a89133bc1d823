/**
 * The mail path end to end against a real Postgres (scripts/with-test-db.ts)
 * and a local SMTP sink on 127.0.0.1. Every test works only on the outbox rows
 * it created (`only`), so other test files may queue and send mail meanwhile.
 */
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeDb, getDb } from "@/db";
import { claimDueMail, enqueueMail, findMail, holdRecheckMs, maxAttempts, retryDelayMs, retryMailNow, type NewMail } from "@/db/queries/mail";
import * as schema from "@/db/schema";
import { logTransport, smtpTransport, type MailTransport } from "@/lib/mail/transport";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { startSmtpSink, type SmtpSink } from "@/test/smtp-sink";
import { runMailSenderOnce } from "./mail-sender";

// Lets one test make markSent fail as if the database went away mid-batch.
const databaseGone = vi.hoisted(() => ({ markSent: false }));
vi.mock("@/db/queries/mail", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/db/queries/mail")>();
  return {
    ...actual,
    markSent: async (id: string) => {
      if (databaseGone.markSent) throw new Error("connection terminated");
      return actual.markSent(id);
    },
  };
});

let sink: SmtpSink;
let transport: MailTransport;
let t: TestDatabase;
const created = { mail: [] as string[], campaigns: [] as string[], defenders: [] as string[] };

beforeAll(async () => {
  sink = await startSmtpSink();
  transport = smtpTransport(sink.url, "Inkwell tests <no-reply@inkwell.test>");
  t = createTestDb();
});

afterAll(async () => {
  // Only this file's rows; the database is shared with test files running in parallel.
  await t?.db.delete(schema.mailOutbox).where(inArray(schema.mailOutbox.id, created.mail));
  if (created.campaigns.length) await t?.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, created.campaigns));
  if (created.defenders.length) await t?.db.delete(schema.defenders).where(inArray(schema.defenders.id, created.defenders));
  transport?.close();
  await sink?.stop();
  await t?.close();
  await closeDb();
});

beforeEach(() => {
  sink.refuseConnections(false);
  sink.rejectRecipients(() => false);
});

function randomAddress(): string {
  return `mail-test-${randomUUID()}@example.org`;
}

async function queue(overrides: Partial<NewMail> = {}): Promise<{ id: string; to: string }> {
  const to = overrides.to ?? randomAddress();
  const db = await getDb();
  const id = await db.transaction((tx) =>
    enqueueMail(tx, { to, subject: `Hello ${to}`, text: `Confirm: https://inkwell.test/confirm/${randomUUID()}`, ...overrides }),
  );
  created.mail.push(id);
  return { id, to };
}

async function row(id: string) {
  const [found] = await findMail([id]);
  if (!found) throw new Error(`outbox row ${id} not found`);
  return found;
}

function receivedBy(to: string) {
  return sink.messages.filter((m) => m.to.includes(to));
}

/** A campaign about one defender, committed so the sender's own connection sees it. */
async function campaignAboutDefender(paused: boolean): Promise<{ campaignId: string; defenderId: string }> {
  const [defender] = await t.db
    .insert(schema.defenders)
    .values({ slug: randomSlug("defender"), name: "Test Defender", country: "CN", status: "detained", summary: "Made by a test.", paused })
    .returning({ id: schema.defenders.id });
  const [campaign] = await t.db
    .insert(schema.campaigns)
    .values({ slug: randomSlug("campaign"), title: "Test campaign", summary: "Made by a test." })
    .returning({ id: schema.campaigns.id });
  if (!defender || !campaign) throw new Error("fixture insert returned nothing");
  created.defenders.push(defender.id);
  created.campaigns.push(campaign.id);
  await t.db.insert(schema.campaignDefenders).values({ campaignId: campaign.id, defenderId: defender.id });
  return { campaignId: campaign.id, defenderId: defender.id };
}

function secondsFromNow(date: Date): number {
  return (date.getTime() - Date.now()) / 1000;
}

describe("enqueueMail", () => {
  it("commits and rolls back with the caller's transaction", async () => {
    const db = await getDb();
    const to = randomAddress();
    let id = "";
    await expect(
      db.transaction(async (tx) => {
        id = await enqueueMail(tx, { to, subject: "Never", text: "Rolled back" });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await findMail([id])).toEqual([]);
  });

  it("refuses anything but one address and a one-line subject", async () => {
    const db = await getDb();
    for (const to of ["a@example.org, b@example.org", "a@example.org\r\nBcc: b@example.org", "not-an-address", "Name <a@example.org>"]) {
      await expect(enqueueMail(db, { to, subject: "Hi", text: "Hi" })).rejects.toThrow(/single email address/);
    }
    await expect(enqueueMail(db, { to: randomAddress(), subject: "Hi\r\nBcc: x@example.org", text: "Hi" })).rejects.toThrow(/one non-empty line/);
  });
});

describe("runMailSenderOnce", () => {
  it("sends queued mail through SMTP and marks it sent", async () => {
    const { id, to } = await queue({ subject: "Confirm your letter — ✉", html: "<p>Confirm</p>" });

    const result = await runMailSenderOnce({ transport, only: [id] });

    expect(result).toEqual({ sent: 1, failed: 0 });
    const mail = await sink.waitForMail((m) => m.to.includes(to), 5_000);
    expect(mail.subject).toBe("Confirm your letter — ✉");
    expect(mail.text).toContain("https://inkwell.test/confirm/");
    expect(mail.from).toBe("no-reply@inkwell.test");
    const sent = await row(id);
    expect(sent).toMatchObject({ status: "sent", attempts: 1 });
    expect(sent.sentAt).toBeInstanceOf(Date);
  });

  it("keeps mail queued through an outage, retries later with backoff and sends it exactly once", async () => {
    const { id, to } = await queue();
    sink.refuseConnections(true);

    expect(await runMailSenderOnce({ transport, only: [id] })).toEqual({ sent: 0, failed: 1 });
    const afterOutage = await row(id);
    expect(afterOutage).toMatchObject({ status: "queued", attempts: 1 });
    expect(afterOutage.lastError).toMatch(/unavailable|421/i);
    expect(secondsFromNow(afterOutage.sendAfter)).toBeGreaterThan(20);
    expect(receivedBy(to)).toHaveLength(0);

    sink.refuseConnections(false);
    // Not due yet: nothing is tried before the backoff has passed.
    expect(await runMailSenderOnce({ transport, only: [id] })).toEqual({ sent: 0, failed: 0 });

    await retryMailNow([id]); // time passes
    expect(await runMailSenderOnce({ transport, only: [id] })).toEqual({ sent: 1, failed: 0 });
    await sink.waitForMail((m) => m.to.includes(to), 5_000);
    expect(await runMailSenderOnce({ transport, only: [id] })).toEqual({ sent: 0, failed: 0 });
    expect(receivedBy(to)).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("stops the run at the first unreachable-server error and keeps the rest of the batch queued", async () => {
    const mails = [await queue(), await queue(), await queue()];
    const ids = mails.map((m) => m.id);
    sink.refuseConnections(true);

    expect(await runMailSenderOnce({ transport, only: ids, parallel: 1 })).toEqual({ sent: 0, failed: 3 });
    const rows = await findMail(ids);
    expect(rows.every((r) => r.status === "queued" && r.attempts === 1)).toBe(true);
    expect(rows.filter((r) => r.lastError?.startsWith("Not tried:"))).toHaveLength(2);

    sink.refuseConnections(false);
    await retryMailNow(ids);
    expect(await runMailSenderOnce({ transport, only: ids })).toEqual({ sent: 3, failed: 0 });
    for (const m of mails) expect(receivedBy(m.to)).toHaveLength(1);
  });

  it("tries a whole group of parallel sends before it stops, and keeps the untried ones queued", async () => {
    const ids = (await Promise.all(Array.from({ length: 6 }, () => queue()))).map((m) => m.id);
    sink.refuseConnections(true);

    expect(await runMailSenderOnce({ transport, only: ids, parallel: 4 })).toEqual({ sent: 0, failed: 6 });
    const rows = await findMail(ids);
    expect(rows.every((r) => r.status === "queued" && r.attempts === 1)).toBe(true);
    expect(rows.filter((r) => r.lastError?.startsWith("Not tried:"))).toHaveLength(2);
  });

  it("sends `parallel` mails at a time, never more", async () => {
    const ids = (await Promise.all(Array.from({ length: 10 }, () => queue()))).map((m) => m.id);
    let inFlight = 0;
    let most = 0;
    const slow: MailTransport = {
      kind: "smtp",
      async send() {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 30));
        inFlight--;
      },
      close() {},
    };
    expect(await runMailSenderOnce({ transport: slow, only: ids, parallel: 3 })).toEqual({ sent: 10, failed: 0 });
    expect(most).toBe(3);
    expect((await findMail(ids)).every((r) => r.status === "sent")).toBe(true);
  });

  it("gives up at once on a recipient the server refuses, and keeps the row", async () => {
    const { id, to } = await queue();
    sink.rejectRecipients((address) => address === to);

    expect(await runMailSenderOnce({ transport, only: [id] })).toEqual({ sent: 0, failed: 1 });
    const refused = await row(id);
    expect(refused).toMatchObject({ status: "failed", attempts: 1 });
    expect(refused.lastError).toMatch(/No such user/);
  });

  it("holds back mail about a paused defender, then sends it once they are unpaused", async () => {
    const { campaignId, defenderId } = await campaignAboutDefender(true);
    const { id, to } = await queue({ campaignId });

    expect(await runMailSenderOnce({ transport, only: [id] })).toEqual({ sent: 0, failed: 0 });
    const held = await row(id);
    expect(held).toMatchObject({ status: "queued", attempts: 0 });
    expect(secondsFromNow(held.sendAfter)).toBeGreaterThan(holdRecheckMs / 1000 - 30);
    expect(receivedBy(to)).toHaveLength(0);

    await t.db.update(schema.defenders).set({ paused: false }).where(eq(schema.defenders.id, defenderId));
    await retryMailNow([id]);
    expect(await runMailSenderOnce({ transport, only: [id] })).toEqual({ sent: 1, failed: 0 });
    await sink.waitForMail((m) => m.to.includes(to), 5_000);
  });

  it("sends mail about a campaign whose defenders are not paused", async () => {
    const { campaignId } = await campaignAboutDefender(false);
    const { id } = await queue({ campaignId });
    expect(await runMailSenderOnce({ transport, only: [id] })).toEqual({ sent: 1, failed: 0 });
  });

  it("takes back the rows of a sender that crashed once its lease has run out", async () => {
    const { id, to } = await queue();
    const [claimed] = await claimDueMail(10, { only: [id] }); // ...and the sender dies here
    expect(claimed).toMatchObject({ id, status: "sending", attempts: 1 });
    expect(await runMailSenderOnce({ transport, only: [id] })).toEqual({ sent: 0, failed: 0 });

    await t.db.update(schema.mailOutbox).set({ sendAfter: new Date(Date.now() - 1000) }).where(eq(schema.mailOutbox.id, id));
    expect(await runMailSenderOnce({ transport, only: [id] })).toEqual({ sent: 1, failed: 0 });
    await sink.waitForMail((m) => m.to.includes(to), 5_000);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("lets concurrent senders share the queue without sending anything twice", async () => {
    const mails = await Promise.all(Array.from({ length: 12 }, () => queue()));
    const ids = mails.map((m) => m.id);

    const results = await Promise.all([1, 2, 3].map(() => runMailSenderOnce({ transport, only: ids, batchSize: 2 })));

    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(12);
    for (const m of mails) expect(receivedBy(m.to)).toHaveLength(1);
    expect((await findMail(ids)).every((r) => r.status === "sent")).toBe(true);
  });

  it("with the log transport, writes the mail to the log and counts it as delivered", async () => {
    const { id, to } = await queue();
    const lines: string[] = [];
    expect(await runMailSenderOnce({ transport: logTransport((line) => lines.push(line)), only: [id] })).toEqual({ sent: 1, failed: 0 });
    expect(lines.join("\n")).toContain(`To: ${to}`);
    expect(lines.join("\n")).toContain("https://inkwell.test/confirm/");
    expect(await row(id)).toMatchObject({ status: "sent" });
    expect(receivedBy(to)).toHaveLength(0);
  });
});

describe("retry schedule", () => {
  it("doubles from 30 seconds up to an hour", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20)).toBe(3_600_000);
  });

  it("gives up after about three days", () => {
    let total = 0;
    for (let attempts = 1; attempts < maxAttempts; attempts++) total += retryDelayMs(attempts);
    expect(total / 3_600_000).toBeGreaterThan(70);
    expect(total / 3_600_000).toBeLessThan(74);
  });
});

describe("a database outage in the middle of a batch", () => {
  it("marks the mail it had sent once the database is back, and releases the rest at once", async () => {
    const mails = [await queue(), await queue(), await queue()];
    const only = mails.map((m) => m.id);
    databaseGone.markSent = true;
    await expect(runMailSenderOnce({ transport, only, batchSize: 3, parallel: 1 })).rejects.toThrow("connection terminated");
    databaseGone.markSent = false;
    const afterOutage = await Promise.all(only.map(row));
    expect(afterOutage.map((m) => m.status)).toEqual(["sending", "sending", "sending"]);

    await runMailSenderOnce({ transport, only, batchSize: 3, parallel: 1 });
    const settled = await Promise.all(only.map(row));
    expect(settled.map((m) => m.status)).toEqual(["sent", "sent", "sent"]);
    for (const mail of mails) expect(sink.messages.filter((m) => m.to.includes(mail.to))).toHaveLength(1);
  });

  it("with parallel sends, marks every mail of the group SMTP accepted, and releases the ones never tried", async () => {
    const mails = await Promise.all(Array.from({ length: 6 }, () => queue()));
    const only = mails.map((m) => m.id);
    databaseGone.markSent = true;
    await expect(runMailSenderOnce({ transport, only, batchSize: 6, parallel: 3 })).rejects.toThrow("connection terminated");
    databaseGone.markSent = false;
    expect(sink.messages.filter((m) => mails.some((mail) => m.to.includes(mail.to)))).toHaveLength(3);

    await runMailSenderOnce({ transport, only, batchSize: 6, parallel: 3 });
    const settled = await Promise.all(only.map(row));
    expect(settled.map((m) => m.status)).toEqual(Array(6).fill("sent"));
    expect(settled.every((m) => m.attempts === 1)).toBe(true);
    for (const mail of mails) expect(sink.messages.filter((m) => m.to.includes(mail.to))).toHaveLength(1);
  });
});
