/**
 * Signing, dedupe, idempotency and confirmation against a real Postgres
 * (scripts/with-test-db.ts). Each test makes its own campaign with a random
 * slug and deletes only its own rows.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { decrypt, keyedHash } from "@/lib/crypto";
import { canonicalEmail } from "@/lib/email/canonical";
import { testConfirmationMail } from "@/test/mail";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import {
  confirmAction,
  getCampaignForAction,
  getConfirmation,
  recordPendingSignature,
  type ActionCampaign,
  type NewSignature,
} from "./signatures";
import { resolveSupporterTargets } from "./supporter-targets";

let t: TestDatabase;
const created = { campaigns: [] as string[], targets: [] as string[] };

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  if (created.campaigns.length) {
    await t.db.delete(schema.actions).where(inArray(schema.actions.campaignId, created.campaigns));
    await t.db.delete(schema.mailOutbox).where(inArray(schema.mailOutbox.campaignId, created.campaigns));
    await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, created.campaigns));
  }
  if (created.targets.length) await t.db.delete(schema.targets).where(inArray(schema.targets.id, created.targets));
  await t.close();
  await closeDb();
});

async function publishedCampaign(overrides: Partial<typeof schema.campaigns.$inferInsert> = {}): Promise<ActionCampaign> {
  const slug = randomSlug("sign");
  const [row] = await t.db
    .insert(schema.campaigns)
    .values({ slug, title: `Campaign ${slug}`, summary: "Made by a test.", status: "published", actionKinds: ["letter", "org_signon"], ...overrides })
    .returning({ id: schema.campaigns.id });
  created.campaigns.push(row!.id);
  const campaign = await getCampaignForAction(slug);
  if (!campaign) throw new Error("test campaign is not public");
  return campaign;
}

function signature(campaign: ActionCampaign, overrides: Partial<NewSignature> = {}): NewSignature {
  const email = overrides.email ?? `signer-${randomUUID()}@example.org`;
  return {
    confirmation: testConfirmationMail(campaign.title),
    campaign,
    kind: "letter",
    targetId: null,
    email,
    canonicalEmail: canonicalEmail(email),
    name: "Ada Signer",
    showName: false,
    wantsUpdates: false,
    country: "CA",
    city: "Toronto",
    language: "en",
    locale: "en",
    personalText: "Please act.",
    organisationName: null,
    organisationWebsite: null,
    powVerified: true,
    ipHash: "ip-hash",
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

async function actionsOf(campaign: ActionCampaign) {
  return t.db.select().from(schema.actions).where(eq(schema.actions.campaignId, campaign.id));
}

async function mailOf(campaign: ActionCampaign) {
  return t.db.select().from(schema.mailOutbox).where(eq(schema.mailOutbox.campaignId, campaign.id));
}

/** The token in the newest confirmation mail of a campaign. */
async function tokenFromMail(campaign: ActionCampaign, to: string): Promise<string> {
  const mails = (await mailOf(campaign)).filter((m) => m.toAddress === to).sort((a, b) => +b.createdAt - +a.createdAt);
  const match = /\/confirm\/([A-Za-z0-9_-]+)/.exec(mails[0]?.textBody ?? "");
  if (!match) throw new Error("no confirmation link in the mail");
  return match[1]!;
}

describe("recordPendingSignature", () => {
  it("stores a pending, encrypted signature and queues its confirmation mail", async () => {
    const campaign = await publishedCampaign();
    const input = signature(campaign, { email: "  Ada.Signer+news@Example.org " });
    expect(await recordPendingSignature(input)).toBe("created");
    const [row] = await actionsOf(campaign);
    expect(row).toMatchObject({ status: "pending", kind: "letter", country: "CA", publicName: null, powVerified: true, ipHash: "ip-hash" });
    expect(row!.emailHash).toBe(keyedHash("email", "ada.signer@example.org"));
    expect(decrypt(row!.emailCiphertext!)).toBe("Ada.Signer+news@Example.org");
    expect(decrypt(row!.nameCiphertext!)).toBe("Ada Signer");
    expect(decrypt(row!.cityCiphertext!)).toBe("Toronto");
    expect(decrypt(row!.personalTextCiphertext!)).toBe("Please act.");
    // No column holds the city or the paragraph in clear.
    expect(row).toMatchObject({ legacyCity: null, legacyPersonalText: null });
    expect(JSON.stringify(row)).not.toMatch(/Toronto|Please act/);
    const mails = await mailOf(campaign);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.toAddress).toBe("Ada.Signer+news@Example.org");
    expect(keyedHash("token", await tokenFromMail(campaign, mails[0]!.toAddress))).toBe(row!.confirmTokenHash);
  });

  it("keeps one row for the same canonical email twice, and mails a fresh link to a pending repeat", async () => {
    const campaign = await publishedCampaign();
    await recordPendingSignature(signature(campaign, { email: "repeat.person@gmail.com" }));
    const first = await tokenFromMail(campaign, "repeat.person@gmail.com");
    expect(await recordPendingSignature(signature(campaign, { email: "RepeatPerson+x@googlemail.com" }))).toBe("resent");
    expect(await actionsOf(campaign)).toHaveLength(1);
    expect(await mailOf(campaign)).toHaveLength(2);
    const second = await tokenFromMail(campaign, "RepeatPerson+x@googlemail.com");
    expect(await getConfirmation(first)).toBeNull();
    expect((await getConfirmation(second))?.state).toBe("pending");
  });

  it("changes nothing for a retry with the same idempotency key", async () => {
    const campaign = await publishedCampaign();
    const input = signature(campaign);
    const outcomes = await Promise.all([recordPendingSignature(input), recordPendingSignature(input), recordPendingSignature(input)]);
    expect(outcomes.sort()).toEqual(["created", "unchanged", "unchanged"]);
    expect(await actionsOf(campaign)).toHaveLength(1);
    expect(await mailOf(campaign)).toHaveLength(1);
  });

  it("sends nothing more to a repeat who already confirmed", async () => {
    const campaign = await publishedCampaign();
    const input = signature(campaign);
    await recordPendingSignature(input);
    await confirmAction(await tokenFromMail(campaign, input.email));
    expect(await recordPendingSignature(signature(campaign, { email: input.email }))).toBe("unchanged");
    expect(await mailOf(campaign)).toHaveLength(1);
    expect((await actionsOf(campaign))[0]!.status).toBe("confirmed");
  });

  it("rolls the signature back when its mail cannot be queued", async () => {
    const campaign = await publishedCampaign();
    const input = signature(campaign, { email: "two@example.org, three@example.org" });
    await expect(recordPendingSignature(input)).rejects.toThrow(/single email address/);
    expect(await actionsOf(campaign)).toHaveLength(0);
    expect(await mailOf(campaign)).toHaveLength(0);
  });

  it("never names a signer or keeps an IP hash on a high-risk campaign", async () => {
    const campaign = await publishedCampaign({ highRisk: true });
    await recordPendingSignature(signature(campaign, { showName: true }));
    const [row] = await actionsOf(campaign);
    expect(row).toMatchObject({ showName: false, publicName: null, ipHash: null });
  });

  it("records an organisation sign-on without a personal name", async () => {
    const campaign = await publishedCampaign();
    await recordPendingSignature(
      signature(campaign, { kind: "org_signon", name: null, organisationName: "Friends of Test", organisationWebsite: "https://example.org" }),
    );
    const [row] = await actionsOf(campaign);
    expect(row).toMatchObject({ kind: "org_signon", nameCiphertext: null, organisationName: "Friends of Test" });
  });
});

describe("confirmAction", () => {
  it("confirms exactly once, however often the link is posted", async () => {
    const campaign = await publishedCampaign();
    const input = signature(campaign);
    await recordPendingSignature(input);
    const token = await tokenFromMail(campaign, input.email);
    expect((await getConfirmation(token))?.state).toBe("pending");
    const results = await Promise.all([confirmAction(token), confirmAction(token), confirmAction(token)]);
    expect(results.map((r) => r?.state)).toEqual(["confirmed", "confirmed", "confirmed"]);
    const [row] = await actionsOf(campaign);
    const confirmedAt = row!.confirmedAt;
    expect(row!.status).toBe("confirmed");
    expect(confirmedAt).not.toBeNull();
    await confirmAction(token);
    const [again] = await actionsOf(campaign);
    expect(again!.confirmedAt).toEqual(confirmedAt);
  });

  it("refuses an expired link and an unknown one", async () => {
    const campaign = await publishedCampaign();
    const input = signature(campaign);
    await recordPendingSignature(input);
    const token = await tokenFromMail(campaign, input.email);
    await t.db
      .update(schema.actions)
      .set({ updatedAt: new Date(Date.now() - 8 * 86_400_000) })
      .where(and(eq(schema.actions.campaignId, campaign.id)));
    expect((await confirmAction(token))?.state).toBe("expired");
    expect((await actionsOf(campaign))[0]!.status).toBe("pending");
    expect(await confirmAction("forged-token")).toBeNull();
    expect(await getConfirmation("forged-token")).toBeNull();
  });
});

describe("resolveSupporterTargets", () => {
  it("offers the responsible state's embassy in the supporter's country, else its fallback", async () => {
    const campaign = await publishedCampaign();
    const [embassy, ministry] = await t.db
      .insert(schema.targets)
      .values([
        { kind: "embassy", name: `Embassy ${randomUUID()}`, representedState: "QM", hostCountry: "XC", isExample: false },
        { kind: "ministry", name: `Ministry ${randomUUID()}`, representedState: "QM", isExample: true },
      ])
      .returning({ id: schema.targets.id });
    created.targets.push(embassy!.id, ministry!.id);
    await t.db.insert(schema.campaignTargets).values([
      { campaignId: campaign.id, rule: "embassy", responsibleState: "QM", position: 0 },
      { campaignId: campaign.id, rule: "fallback", responsibleState: "QM", targetId: ministry!.id, position: 1 },
    ]);

    const inXc = await resolveSupporterTargets(campaign.id, "letter", "XC");
    expect(inXc.map((r) => [r.target.id, r.reason, r.contactable])).toEqual([[embassy!.id, "embassy_in_supporter_country", true]]);
    const elsewhere = await resolveSupporterTargets(campaign.id, "letter", "XD");
    expect(elsewhere.map((r) => [r.target.id, r.reason, r.contactable])).toEqual([[ministry!.id, "fallback_no_embassy", false]]);
  });
});

describe("getCampaignForAction", () => {
  it("does not return a draft", async () => {
    const slug = randomSlug("draft");
    const [row] = await t.db
      .insert(schema.campaigns)
      .values({ slug, title: "Draft", summary: "Made by a test.", status: "draft", actionKinds: ["letter"] })
      .returning({ id: schema.campaigns.id });
    created.campaigns.push(row!.id);
    expect(await getCampaignForAction(slug)).toBeNull();
  });
});
