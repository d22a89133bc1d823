/**
 * /account promises an answer by email to whoever asks for organiser access:
 * deciding a request in the moderation queue queues exactly one mail to the
 * requester, in the decision's transaction.
 */
import { randomUUID } from "node:crypto";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import { timeZone } from "@/i18n/config";
import { messagesFor } from "@/i18n/messages";
import { createTestDb, type TestDatabase } from "@/test/db";
import { decideModerationItems, type DecisionInput } from "@/db/queries/moderation-decisions";
import { decisionMails } from "./organiser-decision";

let t: TestDatabase;
const userIds: string[] = [];
const reasonIds: string[] = [];
let admin: { id: string; role: "admin"; email: string; name: string };

async function user(role: "supporter" | "admin") {
  const id = randomUUID();
  const email = `decision-${role}-${id}@example.org`;
  await t.sql`insert into users (id, email, name, role) values (${id}, ${email}, ${`Test ${role}`}, ${role})`;
  userIds.push(id);
  return { id, email, name: `Test ${role}`, role };
}

async function request(userId: string, organisationName: string): Promise<{ type: "organiser_request"; id: string }> {
  const [row] = await t.sql<{ id: string }[]>`
    insert into organiser_requests (user_id, organisation_name, reason) values (${userId}, ${organisationName}, 'We write letters for jailed lawyers.') returning id`;
  return { type: "organiser_request", id: row!.id };
}

async function mailTo(address: string) {
  return t.sql<{ subject: string; text_body: string; campaign_id: string | null; status: string }[]>`
    select subject, text_body, campaign_id, status from mail_outbox where to_address = ${address} order by created_at`;
}

beforeAll(async () => {
  t = createTestDb();
  admin = { ...(await user("admin")), role: "admin" as const };
});

afterAll(async () => {
  if (userIds.length) {
    await t.sql`delete from mail_outbox where to_address like 'decision-%@example.org'`;
    await t.sql`delete from organiser_requests where user_id = any(${userIds})`;
    await t.sql`delete from users where id = any(${userIds})`;
  }
  if (reasonIds.length) await t.sql`delete from moderation_reasons where id = any(${reasonIds}::uuid[])`;
  await t.close();
  await closeDb();
});

describe("an organiser-access decision", () => {
  it("granted: one mail to the requester, with the way to the organiser pages", async () => {
    const requester = await user("supporter");
    const subject = await request(requester.id, "Lawyers for Lawyers");
    const result = await decideModerationItems(admin, [subject], { verdict: "approve", reasonId: null, note: "Known to us" }, decisionMails);
    expect(result).toMatchObject({ ok: true, decided: 1 });

    const mails = await mailTo(requester.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ subject: "Your organiser access on Inkwell was granted", campaign_id: null, status: "queued" });
    expect(mails[0]!.text_body).toContain("granted your request for organiser access for Lawyers for Lawyers");
    expect(mails[0]!.text_body).toMatch(/https?:\/\/\S+\/organise\n/);
    expect(mails[0]!.text_body).not.toContain("Known to us");

    // Deciding it again changes nothing and sends nothing.
    expect(await decideModerationItems(admin, [subject], { verdict: "spam", reasonId: null, note: null }, decisionMails)).toMatchObject({ decided: 0 });
    expect(await mailTo(requester.email)).toHaveLength(1);
  });

  it("refused: one mail with the reason chosen, never the admin's note", async () => {
    const requester = await user("supporter");
    const subject = await request(requester.id, "Friends of Nobody");
    const label = `Not a human-rights group ${randomUUID().slice(0, 6)}`;
    const [reason] = await t.sql<{ id: string }[]>`insert into moderation_reasons (label) values (${label}) returning id`;
    reasonIds.push(reason!.id);
    const input: DecisionInput = { verdict: "reject", reasonId: reason!.id, note: "Internal: looked them up" };
    expect(await decideModerationItems(admin, [subject], input, decisionMails)).toMatchObject({ ok: true, decided: 1 });

    const mails = await mailTo(requester.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Your request for organiser access on Inkwell");
    expect(mails[0]!.text_body).toContain("for Friends of Nobody and did not grant it.");
    expect(mails[0]!.text_body).toContain(`Reason given: ${label}`);
    expect(mails[0]!.text_body).toMatch(/https?:\/\/\S+\/account\n/);
    expect(mails[0]!.text_body).not.toContain("looked them up");
  });

  it("refused as spam: the requester still hears it was refused, with no empty reason line", async () => {
    const requester = await user("supporter");
    const subject = await request(requester.id, "Spam Org");
    expect(await decideModerationItems(admin, [subject], { verdict: "spam", reasonId: null, note: null }, decisionMails)).toMatchObject({ decided: 1 });
    const mails = await mailTo(requester.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text_body).toContain("did not grant it.\n\nYou can still take action");
    expect(mails[0]!.text_body).not.toContain("Reason given");
  });

  it("one batch deciding several requests mails each requester once", async () => {
    const [a, b] = [await user("supporter"), await user("supporter")];
    const subjects = [await request(a.id, "Org A"), await request(b.id, "Org B")];
    expect(await decideModerationItems(admin, [...subjects, ...subjects], { verdict: "approve", reasonId: null, note: null }, decisionMails)).toMatchObject({ decided: 2 });
    expect((await mailTo(a.email)).map((m) => m.subject)).toEqual(["Your organiser access on Inkwell was granted"]);
    expect((await mailTo(b.email)).map((m) => m.subject)).toEqual(["Your organiser access on Inkwell was granted"]);
  });

  it("is written in the language the requester last used, with the link in it", async () => {
    const requester = await user("supporter");
    await t.sql`update users set locale = 'zh' where id = ${requester.id}`;
    const subject = await request(requester.id, "Org Zh");
    expect(await decideModerationItems(admin, [subject], { verdict: "approve", reasonId: null, note: null }, decisionMails)).toMatchObject({ decided: 1 });
    const [mail] = await mailTo(requester.email);
    const translate = createTranslator({ locale: "zh", timeZone, messages: await messagesFor("zh") }) as unknown as (key: string, values?: Record<string, string>) => string;
    expect(mail!.subject).toBe(translate("OrganiserRequest.mail.granted.subject"));
    expect(mail!.text_body).toMatch(/https?:\/\/\S+\/zh\/organise\n/);
  });
});
