import { randomUUID } from "node:crypto";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { timeZone, type Locale } from "@/i18n/config";
import { messagesFor } from "@/i18n/messages";
import type { Role } from "@/lib/permissions";
import { acceptInvitation, findInvitation, getCampaignTeam, inviteCoOrganiser, removeCoOrganiser } from "@/db/queries/invitations";
import { createCampaign } from "@/db/queries/organise-campaigns";
import { invitationMail } from "./invitation";

let t: TestDatabase;
const userIds: string[] = [];
const campaignIds: string[] = [];

async function user(role: Role, locale: Locale | null = null) {
  const id = randomUUID();
  const email = `${id}@example.org`;
  await t.sql`insert into users (id, email, role, locale) values (${id}, ${email}, ${role}, ${locale})`;
  userIds.push(id);
  return { id, role, email, name: null };
}

async function campaignOf(owner: Awaited<ReturnType<typeof user>>) {
  const result = await createCampaign(owner, {
    title: "Team test",
    slug: randomSlug("team"),
    summary: "s",
    ask: "",
    storyMarkdown: "",
    goal: null,
    deadline: null,
    hashtags: [],
    highRisk: false,
    actionKinds: ["letter"],
    defenderIds: [],
  });
  if (!result.ok) throw new Error(result.reason);
  campaignIds.push(result.id);
  return result.id;
}

/** The token from the queued mail's accept link: the database only holds its hash. */
async function tokenMailedTo(email: string): Promise<string> {
  const [mail] = await t.sql<{ text_body: string }[]>`select text_body from mail_outbox where to_address = ${email} order by created_at desc limit 1`;
  const match = /\/organise\/invitations\/([A-Za-z0-9_-]+)/.exec(mail!.text_body);
  return match![1]!;
}

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  if (campaignIds.length) await t.sql`delete from campaigns where id = any(${campaignIds}::uuid[])`;
  if (userIds.length) await t.sql`delete from users where id = any(${userIds})`;
  await closeDb();
  await t?.close();
});

describe("co-organiser invitations", () => {
  it("mails a link that only the invited organiser can accept, once", async () => {
    const owner = await user("organiser");
    const invitee = await user("organiser");
    const stranger = await user("organiser");
    const campaignId = await campaignOf(owner);

    await expect(inviteCoOrganiser(stranger, campaignId, invitee.email, invitationMail("en"))).rejects.toMatchObject({ reason: "notFound" });
    expect(await inviteCoOrganiser(owner, campaignId, invitee.email, invitationMail("en"))).toEqual({ ok: true });
    const token = await tokenMailedTo(invitee.email);
    const [stored] = await t.sql`select token_hash from campaign_invitations where campaign_id = ${campaignId}`;
    expect(stored!.token_hash).not.toContain(token);

    expect(await findInvitation(token)).toMatchObject({ email: invitee.email, campaignTitle: "Team test", usable: true });
    expect(await acceptInvitation(stranger, token)).toEqual({ ok: false, reason: "wrongAccount" });
    expect(await acceptInvitation(invitee, token)).toEqual({ ok: true, campaignId });
    expect(await acceptInvitation(invitee, token)).toEqual({ ok: false, reason: "invalid" });

    const team = await getCampaignTeam(invitee, campaignId);
    expect(team?.members.map((m) => [m.userId, m.role])).toEqual([
      [owner.id, "owner"],
      [invitee.id, "editor"],
    ]);
    expect(await inviteCoOrganiser(owner, campaignId, invitee.email, invitationMail("en"))).toEqual({ ok: false, reason: "alreadyMember" });

    // Owners stay; co-organisers can be removed.
    await expect(removeCoOrganiser(invitee, campaignId, owner.id)).rejects.toMatchObject({ reason: "notFound" });
    await expect(removeCoOrganiser(owner, campaignId, invitee.id)).resolves.toBeUndefined();
    await expect(getCampaignTeam(invitee, campaignId)).rejects.toMatchObject({ reason: "notFound" });
  });

  it("asks a supporter for organiser access first", async () => {
    const owner = await user("organiser");
    const supporter = await user("supporter");
    const campaignId = await campaignOf(owner);
    await inviteCoOrganiser(owner, campaignId, supporter.email, invitationMail("en"));
    expect(await acceptInvitation(supporter, await tokenMailedTo(supporter.email))).toEqual({ ok: false, reason: "notOrganiser" });
  });

  it("writes to an invitee with an account in their language, to anyone else in the inviter's", async () => {
    const owner = await user("organiser", "en");
    const spanish = await user("organiser", "es");
    const newcomer = `newcomer-${randomUUID()}@example.org`;
    const campaignId = await campaignOf(owner);

    await inviteCoOrganiser(owner, campaignId, spanish.email, invitationMail("fr"));
    await inviteCoOrganiser(owner, campaignId, newcomer, invitationMail("fr"));

    for (const [to, locale] of [[spanish.email, "es"], [newcomer, "fr"]] as const) {
      const [mail] = await t.sql<{ subject: string; text_body: string }[]>`select subject, text_body from mail_outbox where to_address = ${to}`;
      expect(mail!.text_body).toMatch(new RegExp(`https?://[^/\\s]+/${locale}/organise/invitations/[A-Za-z0-9_-]+`));
      const translate = createTranslator({ locale, timeZone, messages: await messagesFor(locale) }) as unknown as (key: string, values: Record<string, string>) => string;
      expect(mail!.subject).toBe(translate("Organise.email.invitation.subject", { campaign: "Team test" }));
    }
    await t.sql`delete from mail_outbox where to_address = ${newcomer}`;
  });
});
