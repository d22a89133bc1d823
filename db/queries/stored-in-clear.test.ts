/**
 * What a supporter types about themselves is sealed at rest (docs/reliability.md, "What is
 * stored in clear, and why"): a letter's paragraph and city, a solidarity message and a call's
 * note are not in the stored row in clear, in any column; the readers that need them (delivery,
 * the supporter's own export, moderation, the approved public items) still read them; erasure
 * leaves nothing to open. The stored row is read whole (row_to_json), so a new clear column
 * would fail this too. Real Postgres; rows are random and removed afterwards.
 */
import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { canonicalEmail } from "@/lib/email/canonical";
import { testConfirmationMail } from "@/test/mail";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { deleteMyData, exportMyData } from "./account";
import { openSignatureExport, openSolidarityExport } from "./delivery";
import { decideModerationItems } from "./moderation-decisions";
import { getOpenModerationItem } from "./moderation-queue";
import { listCampaignPublicItems } from "./public-campaign-page";
import { rowsOf } from "./rows";
import { getCampaignForAction, recordPendingSignature } from "./signatures";
import { recordSupporterAction } from "./supporter-actions";

let t: TestDatabase;
const created = { campaigns: [] as string[], users: [] as string[] };

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  if (created.campaigns.length) {
    const ids = (await t.db.select({ id: schema.actions.id }).from(schema.actions).where(inArray(schema.actions.campaignId, created.campaigns))).map(
      (row) => String(row.id),
    );
    if (ids.length) {
      await t.db.delete(schema.moderationDecisions).where(inArray(schema.moderationDecisions.subjectId, ids));
      await t.db.delete(schema.moderationFlags).where(inArray(schema.moderationFlags.subjectId, ids));
    }
    await t.db.delete(schema.mailOutbox).where(inArray(schema.mailOutbox.campaignId, created.campaigns));
    await t.db.delete(schema.actions).where(inArray(schema.actions.campaignId, created.campaigns));
    await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, created.campaigns));
  }
  if (created.users.length) await t.db.delete(schema.users).where(inArray(schema.users.id, created.users));
  await t.close();
  await closeDb();
});

async function user(role: "supporter" | "admin", email = `clear-${role}-${randomUUID()}@example.org`) {
  const id = randomUUID();
  await t.db.insert(schema.users).values({ id, email, name: `Test ${role}`, role });
  created.users.push(id);
  return { id, email, role };
}

async function campaign() {
  const slug = randomSlug("clear");
  const [row] = await t.db
    .insert(schema.campaigns)
    .values({ slug, title: `Campaign ${slug}`, summary: "Made by a test.", status: "published", actionKinds: ["letter", "solidarity", "call"] })
    .returning({ id: schema.campaigns.id });
  created.campaigns.push(row!.id);
  return { id: row!.id, slug };
}

/** The whole stored row, every column, as text. */
async function storedRow(idempotencyKey: string): Promise<{ id: number; json: string }> {
  const [row] = rowsOf<{ id: string; json: string }>(
    await t.db.execute(sql`select a.id::text as id, row_to_json(a)::text as json from actions a where a.idempotency_key = ${idempotencyKey}`),
  );
  if (!row) throw new Error("no stored row");
  return { id: Number(row.id), json: row.json };
}

describe("supporters' cities and personal texts", () => {
  it("are never stored in clear, and every reader that needs them still reads them", async () => {
    const c = await campaign();
    const admin = await user("admin");
    const marker = randomUUID().slice(0, 8);
    const city = `Kirkcaldy-${marker}`;
    const paragraph = `Please let him see his daughter again ${marker}.`;
    const message = `Your courage is seen from far away ${marker}.`;
    const note = `An aide promised to pass it on ${marker}.`;

    // A letter with a paragraph shown after moderation and a city, as the letter form sends it.
    const signer = await user("supporter");
    const letterKey = randomUUID();
    const action = await getCampaignForAction(c.slug);
    expect(
      await recordPendingSignature({
        campaign: action!,
        kind: "letter",
        targetId: null,
        email: signer.email,
        canonicalEmail: canonicalEmail(signer.email),
        name: "Robin Writer",
        showName: true,
        wantsUpdates: false,
        country: "GB",
        city,
        language: "en",
        locale: "en",
        personalText: paragraph,
        showText: true,
        organisationName: null,
        organisationWebsite: null,
        powVerified: true,
        ipHash: null,
        idempotencyKey: letterKey,
        confirmation: testConfirmationMail(action!.title),
      }),
    ).toBe("created");
    await t.db.update(schema.actions).set({ status: "confirmed", confirmedAt: new Date() }).where(eq(schema.actions.idempotencyKey, letterKey));

    // A solidarity message and a call's outcome note, as the channel forms send them.
    const messageKey = randomUUID();
    const noteKey = randomUUID();
    const common = { campaignSlug: c.slug, selfReported: false, name: "Ana", showName: true, country: "CA", language: "en" };
    expect(await recordSupporterAction({ ...common, kind: "solidarity", status: "pending", idempotencyKey: messageKey, personalText: message }, [])).toBe("recorded");
    expect(await recordSupporterAction({ ...common, kind: "call", status: "confirmed", selfReported: true, idempotencyKey: noteKey, personalText: note }, [])).toBe(
      "recorded",
    );

    const letter = await storedRow(letterKey);
    const solidarity = await storedRow(messageKey);
    const call = await storedRow(noteKey);
    for (const [row, clear] of [
      [letter, [city, "Kirkcaldy", paragraph, "see his daughter"]],
      [solidarity, [message, "courage is seen"]],
      [call, [note, "promised to pass"]],
    ] as const) {
      for (const text of clear) expect(row.json).not.toContain(text);
    }

    // Delivery: the CSV and letters PDF rows, and the solidarity PDF rows.
    const letters = [];
    for await (const batch of (await openSignatureExport(admin, c.id))!.batches()) letters.push(...batch);
    expect(letters).toEqual([expect.objectContaining({ id: letter.id, name: "Robin Writer", city, personalText: paragraph })]);

    // Moderation: the admin reads both texts waiting for a decision.
    const letterItem = { type: "action" as const, id: String(letter.id) };
    const messageItem = { type: "action" as const, id: String(solidarity.id) };
    expect(await getOpenModerationItem(admin, letterItem)).toMatchObject({ itemType: "letter", body: paragraph });
    expect(await getOpenModerationItem(admin, messageItem)).toMatchObject({ itemType: "solidarity", body: message });

    // The public page shows them once approved, and only then.
    expect(await listCampaignPublicItems(c.slug)).toMatchObject({ messages: [], paragraphs: [] });
    await decideModerationItems(admin, [letterItem, messageItem], { verdict: "approve", reasonId: null, note: null });
    const shown = await listCampaignPublicItems(c.slug);
    expect(shown.messages.map((m) => m.message)).toEqual([message]);
    expect(shown.paragraphs.map((p) => p.text)).toEqual([paragraph]);
    const messages = [];
    for await (const batch of (await openSolidarityExport(admin, c.id))!.batches()) messages.push(...batch);
    expect(messages.map((m) => m.text)).toEqual([message]);

    // The supporter's own export.
    const mine = await exportMyData(signer);
    expect(mine!.actions).toEqual([expect.objectContaining({ kind: "letter", city, personalText: paragraph })]);

    // Erasure: nothing left to open, sealed or not.
    await deleteMyData(signer);
    const [erased] = rowsOf<Record<string, unknown>>(
      await t.db.execute(sql`select city, personal_text, city_ciphertext, personal_text_ciphertext, text_hash from actions where id = ${letter.id}`),
    );
    expect(erased).toEqual({ city: null, personal_text: null, city_ciphertext: null, personal_text_ciphertext: null, text_hash: null });
  });
});
