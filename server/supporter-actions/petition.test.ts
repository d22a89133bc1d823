/**
 * The petition kind end to end against a real Postgres: a signature is stored
 * pending with its comment sealed, confirmed through the mailed token, counted
 * by the batched counters, shown in the organiser's analytics and delivered in
 * the signatures export, addressed to the campaign's fixed recipient.
 */
import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { decrypt, keyedHash, randomToken } from "@/lib/crypto";
import { canonicalEmail } from "@/lib/email/canonical";
import type { Viewer } from "@/lib/permissions";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { getCampaignAnalytics } from "@/db/queries/analytics";
import { addNewConfirmationsToCounters } from "@/db/queries/counters";
import { getDeliveryPage, getLetterMaterial, openSignatureExport, type SignatureRow } from "@/db/queries/delivery";
import { getCampaignProgress } from "@/db/queries/public-campaign-page";
import { confirmAction, getCampaignForAction, recordPendingSignature } from "@/db/queries/signatures";
import { resolveSupporterTargets } from "@/db/queries/supporter-targets";
import { LetterBundle } from "@/server/delivery/letters-bundle";
import { composeConfirmationMail } from "./confirmation-mail";

let t: TestDatabase;
const created = { users: [] as string[], campaigns: [] as string[], targets: [] as string[] };

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  if (created.campaigns.length) {
    await t.db.delete(schema.actionCounters).where(inArray(schema.actionCounters.campaignId, created.campaigns));
    await t.db.delete(schema.actions).where(inArray(schema.actions.campaignId, created.campaigns));
    await t.db.delete(schema.mailOutbox).where(inArray(schema.mailOutbox.campaignId, created.campaigns));
    await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, created.campaigns));
  }
  if (created.targets.length) await t.db.delete(schema.targets).where(inArray(schema.targets.id, created.targets));
  if (created.users.length) await t.db.delete(schema.users).where(inArray(schema.users.id, created.users));
  await t.close();
  await closeDb();
});

/** An organiser's published petition campaign, addressed with the fixed rule to one intergovernmental recipient. */
async function petitionCampaign() {
  const ownerId = randomUUID();
  await t.db.insert(schema.users).values({ id: ownerId, email: `petition-${ownerId}@example.org`, role: "organiser" });
  created.users.push(ownerId);
  const slug = randomSlug("petition");
  const [campaign] = await t.db
    .insert(schema.campaigns)
    .values({ slug, title: `Petition ${slug}`, summary: "Made by a test.", status: "published", publishedAt: new Date(), actionKinds: ["petition"] })
    .returning({ id: schema.campaigns.id });
  created.campaigns.push(campaign!.id);
  const [target] = await t.db
    .insert(schema.targets)
    .values({ kind: "official", name: "President of the Human Rights Council", addressLines: ["Palais des Nations"], city: "Genève 10", postcode: "1211", hostCountry: "CH", isExample: true })
    .returning({ id: schema.targets.id });
  created.targets.push(target!.id);
  await t.db.insert(schema.campaignTargets).values({ campaignId: campaign!.id, rule: "fixed", targetId: target!.id });
  await t.db.insert(schema.campaignOrganisers).values({ campaignId: campaign!.id, userId: ownerId, role: "owner" });
  await t.db.insert(schema.templates).values({ campaignId: campaign!.id, kind: "petition", language: "en", body: "To the {target.name}: we, the undersigned, ask you to act." });
  const owner: Viewer = { id: ownerId, role: "organiser" };
  return { slug, id: campaign!.id, targetId: target!.id, owner };
}

async function tokenMailedTo(campaignId: string, to: string): Promise<string> {
  const mails = await t.db.select().from(schema.mailOutbox).where(eq(schema.mailOutbox.campaignId, campaignId));
  const mail = mails.find((m) => m.toAddress === to);
  expect(mail?.subject).toMatch(/^Confirm your signature: Petition /);
  const match = /\/confirm\/([A-Za-z0-9_-]+)/.exec(mail?.textBody ?? "");
  if (!match) throw new Error("no confirmation link in the petition mail");
  return match[1]!;
}

/**
 * Runs the counter job until the campaign's counters reach `expected`: its
 * watermark trails the clock by a second, so a confirmation made just now is
 * counted by a later run (ADR 0007).
 */
async function countedWithin(campaignId: string, expected: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await addNewConfirmationsToCounters();
    const [row] = await t.db
      .select({ n: sql<number>`coalesce(sum(${schema.actionCounters.confirmed}), 0)::int` })
      .from(schema.actionCounters)
      .where(eq(schema.actionCounters.campaignId, campaignId));
    if (row?.n === expected) return;
    if (Date.now() > deadline) throw new Error(`the counters show ${row?.n}, not ${expected}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function exported(owner: Viewer, campaignId: string): Promise<SignatureRow[]> {
  const exportOf = await openSignatureExport(owner, campaignId, { includeEmails: true });
  if (!exportOf) throw new Error("the owner may export their campaign");
  const rows: SignatureRow[] = [];
  for await (const batch of exportOf.batches()) rows.push(...batch);
  return rows;
}

describe("a petition signature", () => {
  it("is stored pending, confirmed by its token, counted, in analytics and in the delivery export", async () => {
    const { slug, id, targetId, owner } = await petitionCampaign();
    const campaign = await getCampaignForAction(slug);
    if (!campaign) throw new Error("the test campaign is not public");
    const [recipient] = await resolveSupporterTargets(id, "petition", "KE");
    expect(recipient?.target.id).toBe(targetId);

    const email = `signer-${randomUUID()}@example.org`;
    const outcome = await recordPendingSignature({
      campaign,
      kind: "petition",
      targetId,
      email,
      canonicalEmail: canonicalEmail(email),
      name: "Wanjiru Petitioner",
      showName: false,
      wantsUpdates: false,
      country: "KE",
      city: null,
      language: "en",
      locale: "en",
      personalText: "Reprisals must end. (comment)",
      organisationName: null,
      organisationWebsite: null,
      powVerified: false,
      ipHash: null,
      idempotencyKey: randomUUID(),
      confirmation: await composeConfirmationMail("petition", campaign.title, randomToken(), "en"),
    });
    expect(outcome).toBe("created");
    const [pending] = await t.db.select().from(schema.actions).where(eq(schema.actions.campaignId, id));
    expect(pending).toMatchObject({ kind: "petition", status: "pending", country: "KE", targetId, publicName: null, showText: false });
    expect(decrypt(pending!.personalTextCiphertext!)).toBe("Reprisals must end. (comment)");
    expect(JSON.stringify(pending)).not.toMatch(/Reprisals must end|Wanjiru/);
    // Nothing counted or exported before the link is followed.
    expect(await exported(owner, id)).toEqual([]);

    const token = await tokenMailedTo(id, email);
    expect(keyedHash("token", token)).toBe(pending!.confirmTokenHash);
    expect(await confirmAction(token)).toMatchObject({ state: "confirmed", kind: "petition", campaignSlug: slug, country: "KE" });

    await countedWithin(id, 1);
    const progress = await getCampaignProgress(slug);
    expect(progress.confirmed).toBe(1);
    expect(progress.byKind).toEqual([{ kind: "petition", confirmed: 1, selfReported: 0 }]);
    expect(progress.topCountries).toEqual([{ country: "KE", confirmed: 1 }]);

    const analytics = await getCampaignAnalytics(owner, id);
    expect(analytics?.perKind).toEqual([expect.objectContaining({ kind: "petition", confirmed: 1, pending: 0 })]);
    expect(analytics?.confirmationRate).toBe(1);

    const delivery = await getDeliveryPage(owner, id);
    // The petition text prints like a model letter: one per signer, or one with the list of names.
    expect(delivery?.hasLetterTemplate).toBe(true);
    const material = await getLetterMaterial(id);
    expect([...material.letterTemplates.keys()]).toEqual(["petition"]);
    expect([...material.letterTemplates.get("petition")!.values()].map((text) => text.body)).toEqual([
      "To the {target.name}: we, the undersigned, ask you to act.",
    ]);
    // Counted as petition signatures, not letters.
    expect(delivery?.kinds).toEqual([{ kind: "petition", confirmed: 1, withoutTarget: 0, hasTemplate: true }]);
    expect(delivery?.targets).toEqual([{ id: targetId, name: "President of the Human Rights Council", letters: 1, byKind: { petition: 1 } }]);
    expect(await exported(owner, id)).toEqual([
      expect.objectContaining({
        name: "Wanjiru Petitioner",
        email,
        country: "KE",
        personalText: "Reprisals must end. (comment)",
        kind: "petition",
        targetId,
        targetName: "President of the Human Rights Council",
      }),
    ]);
  });

  it("is counted and printed as its own kind on a campaign that also collects letters", async () => {
    const { id, targetId, owner } = await petitionCampaign();
    await t.db.update(schema.campaigns).set({ actionKinds: ["letter", "petition"] }).where(eq(schema.campaigns.id, id));
    await t.db.insert(schema.templates).values({ campaignId: id, kind: "letter", language: "en", body: "Dear {target.name}, please act." });
    const confirmed = (kind: "letter" | "petition", target: string | null) => ({
      campaignId: id,
      kind,
      status: "confirmed" as const,
      country: "KE",
      targetId: target,
      idempotencyKey: `petition-test:${randomUUID()}`,
      confirmedAt: new Date(),
    });
    await t.db.insert(schema.actions).values([confirmed("letter", targetId), confirmed("letter", null), confirmed("petition", targetId)]);

    const delivery = await getDeliveryPage(owner, id);
    expect(delivery?.kinds).toEqual([
      { kind: "letter", confirmed: 2, withoutTarget: 1, hasTemplate: true },
      { kind: "petition", confirmed: 1, withoutTarget: 0, hasTemplate: true },
    ]);
    expect(delivery?.confirmedLetters).toBe(3);
    expect(delivery?.targets).toEqual([{ id: targetId, name: "President of the Human Rights Council", letters: 2, byKind: { letter: 1, petition: 1 } }]);

    // Each kind prints with its own text: the model letter no longer wins for the petition's signatures.
    const rows = await exported(owner, id);
    const bundle = new LetterBundle("each", await getLetterMaterial(id), "Both kinds", { signedBy: (n) => `Signed by ${n}:` });
    bundle.add(rows);
    const letters = bundle.finish();
    const bodies = new Map(rows.map((row, index) => [`${row.kind}:${row.targetId ?? ""}`, letters[index]!.body]));
    expect(bodies.get(`letter:${targetId}`)).toBe("Dear President of the Human Rights Council, please act.");
    expect(bodies.get(`petition:${targetId}`)).toBe("To the President of the Human Rights Council: we, the undersigned, ask you to act.");
    expect([...bundle.kinds].sort()).toEqual(["letter", "petition"]);
  });
});
