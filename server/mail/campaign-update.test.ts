/**
 * Posting updates (stored by db/queries/campaign-updates.ts, each signer's mail
 * composed by ./campaign-update.ts) and unsubscribing, against a real Postgres. Every row is
 * made with random slugs and emails and removed afterwards by id, so other
 * test files can share the database.
 */
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { timeZone, type Locale } from "@/i18n/config";
import { messagesFor } from "@/i18n/messages";
import { encrypt, keyedHash } from "@/lib/crypto";
import { canonicalEmail } from "@/lib/email/canonical";
import type { Viewer } from "@/lib/permissions";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import {
  findUnsubscribeSubject,
  getCampaignUpdatesForEdit,
  postCampaignUpdate as storeCampaignUpdate,
  unsubscribeFromCampaignUpdates,
  unsubscribeToken,
  verifyUnsubscribeToken,
  type NewCampaignUpdate,
} from "@/db/queries/campaign-updates";
import { campaignUpdateMail } from "./campaign-update";

/** Posts as the organiser's form does: the query stores the mail this module composes. */
const postCampaignUpdate = (viewer: Parameters<typeof storeCampaignUpdate>[0], campaignId: string, input: NewCampaignUpdate) =>
  storeCampaignUpdate(viewer, campaignId, input, campaignUpdateMail);

let t: TestDatabase;
const created = { users: [] as string[], campaigns: [] as string[], defenders: [] as string[] };

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  if (created.campaigns.length) {
    await t.db.delete(schema.mailOutbox).where(inArray(schema.mailOutbox.campaignId, created.campaigns));
    await t.db.delete(schema.actions).where(inArray(schema.actions.campaignId, created.campaigns));
    await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, created.campaigns));
  }
  if (created.defenders.length) await t.db.delete(schema.defenders).where(inArray(schema.defenders.id, created.defenders));
  if (created.users.length) await t.db.delete(schema.users).where(inArray(schema.users.id, created.users));
  await t.close();
  await closeDb();
});

async function user(role: Viewer["role"]): Promise<Viewer & { email: string }> {
  const id = randomUUID();
  const email = `updates-${id}@example.org`;
  await t.db.insert(schema.users).values({ id, email, role });
  created.users.push(id);
  return { id, role, email };
}

/** A published campaign about one defender, organised by `organiser`. */
async function campaignOf(organiser: Viewer, options: { paused?: boolean; looksAfterDefender?: boolean } = {}) {
  const [defender] = await t.db
    .insert(schema.defenders)
    .values({ slug: randomSlug("defender"), name: "Test Defender", country: "CN", status: "detained", summary: "Test.", paused: options.paused ?? false })
    .returning({ id: schema.defenders.id, slug: schema.defenders.slug });
  const [campaign] = await t.db
    .insert(schema.campaigns)
    .values({ slug: randomSlug("campaign"), title: "Free the test defender", summary: "Test.", status: "published" })
    .returning({ id: schema.campaigns.id, slug: schema.campaigns.slug });
  created.defenders.push(defender!.id);
  created.campaigns.push(campaign!.id);
  await t.db.insert(schema.campaignDefenders).values({ campaignId: campaign!.id, defenderId: defender!.id });
  await t.db.insert(schema.campaignOrganisers).values({ campaignId: campaign!.id, userId: organiser.id, role: "owner" });
  if (options.looksAfterDefender ?? true) {
    await t.db.insert(schema.defenderOrganisers).values({ defenderId: defender!.id, userId: organiser.id });
  }
  return { campaign: campaign!, defender: defender! };
}

async function signer(
  campaignId: string,
  email: string,
  values: Partial<typeof schema.actions.$inferInsert> = {},
): Promise<number> {
  const [row] = await t.db
    .insert(schema.actions)
    .values({
      campaignId,
      kind: "letter",
      status: "confirmed",
      wantsUpdates: true,
      emailHash: keyedHash("email", canonicalEmail(email)),
      emailCiphertext: encrypt(email),
      idempotencyKey: randomUUID(),
      ...values,
    })
    .returning({ id: schema.actions.id });
  return row!.id;
}

const update: NewCampaignUpdate = {
  kind: "released",
  title: "Released on bail",
  body: "She is **home**.",
  occurredOn: "2026-11-20",
  setsDefenderStatus: null,
  notifySigners: true,
};

async function outboxOf(campaignId: string) {
  return t.db
    .select({ to: schema.mailOutbox.toAddress, text: schema.mailOutbox.textBody, subject: schema.mailOutbox.subject })
    .from(schema.mailOutbox)
    .where(eq(schema.mailOutbox.campaignId, campaignId));
}

const address = () => `signer-${randomUUID()}@example.org`;

/** A locale's catalogue, as a mail in that language must read. */
async function catalogue(locale: Locale) {
  return createTranslator({ locale, timeZone, messages: await messagesFor(locale) }) as unknown as (key: string, values?: Record<string, string>) => string;
}

describe("postCampaignUpdate", () => {
  it("queues exactly one mail per distinct opted-in confirmed signer, and none for anyone else", async () => {
    const organiser = await user("organiser");
    const { campaign } = await campaignOf(organiser);
    const other = await campaignOf(organiser);
    const twice = address();
    const once = address();
    await signer(campaign.id, twice, { kind: "letter" });
    await signer(campaign.id, twice.replace("@", "+tag@"), { kind: "email" }); // same person, canonically
    await signer(campaign.id, once);
    await signer(campaign.id, address(), { wantsUpdates: false });
    await signer(campaign.id, address(), { status: "pending" });
    await signer(campaign.id, address(), { status: "spam" });
    await signer(other.campaign.id, address());

    const posted = await postCampaignUpdate(organiser, campaign.id, update);

    expect(posted).toMatchObject({ mailed: 2, heldBack: false, campaignSlug: campaign.slug });
    const mails = await outboxOf(campaign.id);
    expect(mails.map((m) => m.to).sort()).toEqual([once, twice].sort());
    for (const mail of mails) {
      expect(mail.subject).toContain("Released on bail");
      expect(mail.text).toMatch(/\/unsubscribe\/\d+\.[A-Za-z0-9_-]{43}/);
    }
    expect(await outboxOf(other.campaign.id)).toEqual([]);
  });

  it("writes to each signer in the language of their action, with the campaign and unsubscribe links in it", async () => {
    const organiser = await user("organiser");
    const { campaign } = await campaignOf(organiser);
    const french = address();
    const arabic = address();
    const frenchAction = await signer(campaign.id, french, { locale: "fr" });
    const arabicAction = await signer(campaign.id, arabic, { locale: "ar" });

    expect(await postCampaignUpdate(organiser, campaign.id, update)).toMatchObject({ mailed: 2 });

    const mails = new Map((await outboxOf(campaign.id)).map((m) => [m.to, m]));
    for (const [to, actionId, locale] of [[french, frenchAction, "fr"], [arabic, arabicAction, "ar"]] as const) {
      const mail = mails.get(to)!;
      const site = /(https?:\/\/[^/\s]+)\/\w\w\/campaigns\//.exec(mail.text)?.[1];
      expect(site, mail.text).toBeTruthy();
      const t = await catalogue(locale);
      expect(mail.subject).toBe(t("CampaignUpdates.email.subject", { campaign: "Free the test defender", title: update.title }));
      expect(mail.text).toBe(
        t("CampaignUpdates.email.text", {
          kind: t(`Enums.updateKind.${update.kind}`),
          title: update.title,
          body: update.body,
          campaign: "Free the test defender",
          campaignUrl: `${site}/${locale}/campaigns/${campaign.slug}`,
          unsubscribeUrl: `${site}/${locale}/unsubscribe/${unsubscribeToken(actionId)}`,
        }),
      );
    }
    // Once a catalogue is translated, its mail no longer reads in English.
    const blank = { kind: "", title: "", body: "", campaign: "", campaignUrl: "", unsubscribeUrl: "" };
    const english = (await catalogue("en"))("CampaignUpdates.email.text", blank);
    for (const [to, locale] of [[french, "fr"], [arabic, "ar"]] as const) {
      if ((await catalogue(locale))("CampaignUpdates.email.text", blank) !== english) expect(mails.get(to)!.text).not.toContain("To stop receiving updates");
    }
  });

  it("writes in English to a signer whose action has no language recorded", async () => {
    const organiser = await user("organiser");
    const { campaign } = await campaignOf(organiser);
    await signer(campaign.id, address());
    await postCampaignUpdate(organiser, campaign.id, update);
    const [mail] = await outboxOf(campaign.id);
    expect(mail!.text).toMatch(/https?:\/\/[^/\s]+\/campaigns\//);
    expect(mail!.text).toMatch(/https?:\/\/[^/\s]+\/unsubscribe\//);
    expect(mail!.text).toContain("To stop receiving updates about this campaign");
  });

  it("sets the defenders' status in the same transaction and sends nothing unless asked", async () => {
    const organiser = await user("organiser");
    const { campaign, defender } = await campaignOf(organiser);
    await signer(campaign.id, address());

    const posted = await postCampaignUpdate(organiser, campaign.id, { ...update, setsDefenderStatus: "released", notifySigners: false });

    expect(posted).toMatchObject({ mailed: 0, defenderSlugs: [defender.slug] });
    const [row] = await t.db.select({ status: schema.defenders.status }).from(schema.defenders).where(eq(schema.defenders.id, defender.id));
    expect(row?.status).toBe("released");
    expect(await outboxOf(campaign.id)).toEqual([]);
    const view = await getCampaignUpdatesForEdit(organiser, campaign.id);
    expect(view?.updates.map((u) => u.title)).toEqual(["Released on bail"]);
  });

  it("never emails about a defender who has gone quiet", async () => {
    const organiser = await user("organiser");
    const { campaign } = await campaignOf(organiser, { paused: true });
    await signer(campaign.id, address());

    const posted = await postCampaignUpdate(organiser, campaign.id, update);

    expect(posted).toMatchObject({ mailed: 0, heldBack: true });
    expect(await outboxOf(campaign.id)).toEqual([]);
  });

  it("refuses another organiser's campaign and writes nothing", async () => {
    const owner = await user("organiser");
    const stranger = await user("organiser");
    const { campaign } = await campaignOf(owner);
    await signer(campaign.id, address());

    await expect(postCampaignUpdate(stranger, campaign.id, update)).rejects.toMatchObject({ reason: "notFound" });
    await expect(getCampaignUpdatesForEdit(stranger, campaign.id)).rejects.toMatchObject({ reason: "notFound" });
    const rows = await t.db.select().from(schema.campaignUpdates).where(eq(schema.campaignUpdates.campaignId, campaign.id));
    expect(rows).toEqual([]);
    expect(await outboxOf(campaign.id)).toEqual([]);
  });

  it("refuses to set the status of a defender the author does not look after, and writes nothing", async () => {
    const organiser = await user("organiser");
    const { campaign, defender } = await campaignOf(organiser, { looksAfterDefender: false });

    const posted = await postCampaignUpdate(organiser, campaign.id, { ...update, setsDefenderStatus: "released", notifySigners: false });

    expect(posted).toEqual({ refused: "defenderNotYours", defenderNames: ["Test Defender"] });
    const [row] = await t.db.select({ status: schema.defenders.status }).from(schema.defenders).where(eq(schema.defenders.id, defender.id));
    expect(row?.status).toBe("detained");
    const rows = await t.db.select().from(schema.campaignUpdates).where(eq(schema.campaignUpdates.campaignId, campaign.id));
    expect(rows).toEqual([]);
    // Without a status change the same organiser may still post on their campaign.
    expect(await postCampaignUpdate(organiser, campaign.id, { ...update, notifySigners: false })).toMatchObject({ mailed: 0 });
  });

  it("lets an admin post on any campaign", async () => {
    const owner = await user("organiser");
    const admin = await user("admin");
    const { campaign } = await campaignOf(owner);
    expect(await postCampaignUpdate(admin, campaign.id, { ...update, notifySigners: false })).not.toBeNull();
  });
});

describe("unsubscribe", () => {
  it("refuses a forged or altered token and changes nothing", async () => {
    const organiser = await user("organiser");
    const { campaign } = await campaignOf(organiser);
    const id = await signer(campaign.id, address());
    const valid = unsubscribeToken(id);
    const forged = `${id}.${"A".repeat(43)}`;
    const otherId = `${id + 1}.${valid.split(".")[1]}`;

    for (const token of [forged, otherId, `${id}`, "", "../x"]) {
      expect(verifyUnsubscribeToken(token)).toBeNull();
      expect(await unsubscribeFromCampaignUpdates(token)).toBeNull();
      expect(await findUnsubscribeSubject(token)).toBeNull();
    }
    const [row] = await t.db.select({ wants: schema.actions.wantsUpdates }).from(schema.actions).where(eq(schema.actions.id, id));
    expect(row?.wants).toBe(true);
  });

  it("with a valid token stops updates for that address across the campaign only", async () => {
    const organiser = await user("organiser");
    const { campaign } = await campaignOf(organiser);
    const other = await campaignOf(organiser);
    const email = address();
    const letter = await signer(campaign.id, email, { kind: "letter" });
    const emailAction = await signer(campaign.id, email, { kind: "email" });
    const elsewhere = await signer(other.campaign.id, email);
    const neighbour = await signer(campaign.id, address());

    expect(await findUnsubscribeSubject(unsubscribeToken(letter))).toEqual({ campaignTitle: "Free the test defender", alreadyUnsubscribed: false });
    expect(await unsubscribeFromCampaignUpdates(unsubscribeToken(letter))).toEqual({ campaignTitle: "Free the test defender" });

    const rows = await t.db
      .select({ id: schema.actions.id, wants: schema.actions.wantsUpdates })
      .from(schema.actions)
      .where(inArray(schema.actions.id, [letter, emailAction, elsewhere, neighbour]));
    const wants = Object.fromEntries(rows.map((r) => [r.id, r.wants]));
    expect(wants).toEqual({ [letter]: false, [emailAction]: false, [elsewhere]: true, [neighbour]: true });
    expect(await findUnsubscribeSubject(unsubscribeToken(emailAction))).toMatchObject({ alreadyUnsubscribed: true });

    // Nothing more is sent to them on the next emailed update.
    const posted = await postCampaignUpdate(organiser, campaign.id, update);
    expect(posted && "mailed" in posted ? posted.mailed : null).toBe(1);
  });
});
