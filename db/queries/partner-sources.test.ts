/**
 * Partner attribution, the query layer (ADR 0029), against a real Postgres: who may manage a
 * campaign's partner sources (its editors, in the WHERE), and the partner's download, which
 * holds only the confirmed rows of that source whose supporter ticked "the partner may
 * contact me", only for a member of that source (not for the campaign's organisers).
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { encrypt, keyedHash } from "@/lib/crypto";
import type { Role } from "@/lib/permissions";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { createCampaign } from "./organise-campaigns";
import {
  addPartnerMember,
  archivePartnerSource,
  countActionsBySource,
  createPartnerSource,
  listMyPartnerSources,
  listPartnerSources,
  openPartnerExport,
  removePartnerMember,
  resolvePartnerSource,
} from "./partner-sources";

let t: TestDatabase;
const userIds: string[] = [];
const campaignIds: string[] = [];

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  if (campaignIds.length) {
    await t.sql`delete from actions where campaign_id = any(${campaignIds}::uuid[])`;
    await t.sql`delete from campaigns where id = any(${campaignIds}::uuid[])`;
  }
  if (userIds.length) await t.sql`delete from users where id = any(${userIds})`;
  await closeDb();
  await t?.close();
});

async function user(role: Role) {
  const id = randomUUID();
  const email = `partner-${id}@example.org`;
  await t.sql`insert into users (id, email, role) values (${id}, ${email}, ${role})`;
  userIds.push(id);
  return { id, role, email, name: null };
}

async function campaignOf(owner: Awaited<ReturnType<typeof user>>) {
  const result = await createCampaign(owner, {
    title: "Partner test",
    slug: randomSlug("partner"),
    summary: "Made by the partner test.",
    ask: "",
    storyMarkdown: "",
    goal: null,
    deadline: null,
    hashtags: [],
    highRisk: false,
    actionKinds: ["letter", "petition"],
    defenderIds: [],
  });
  if (!result.ok) throw new Error(result.reason);
  campaignIds.push(result.id);
  return result.id;
}

async function sourceOf(owner: Awaited<ReturnType<typeof user>>, campaignId: string, code: string) {
  const created = await createPartnerSource(owner, campaignId, { code, name: `Partner ${code}`, siteUrl: `https://${code}.example.org` });
  if (!created.ok) throw new Error(created.reason);
  return created.id;
}

/** A signature as the pipeline stores it, with its partner columns. */
async function action(campaignId: string, sourceId: string | null, consent: boolean, status: "confirmed" | "pending" = "confirmed") {
  const email = `supporter-${randomUUID()}@example.org`;
  await t.db.insert(schema.actions).values({
    campaignId,
    kind: "petition",
    status,
    emailHash: keyedHash("email", email),
    emailCiphertext: encrypt(email),
    nameCiphertext: encrypt(`Name of ${email}`),
    country: "FR",
    idempotencyKey: randomUUID(),
    confirmedAt: status === "confirmed" ? new Date() : null,
    partnerSourceId: sourceId,
    partnerContactConsent: consent,
  });
  return email;
}

async function exported(viewer: { id: string; role: Role }, sourceId: string): Promise<string[] | null> {
  const opened = await openPartnerExport(viewer, sourceId);
  if (!opened) return null;
  const emails: string[] = [];
  for await (const batch of opened.batches()) emails.push(...batch.map((row) => row.email ?? ""));
  return emails.sort();
}

describe("partner sources", () => {
  it("the partner's download holds only its own consenting, confirmed supporters, and only for its members", async () => {
    const [owner, partner, otherPartner, admin] = [await user("organiser"), await user("supporter"), await user("supporter"), await user("admin")];
    const campaignId = await campaignOf(owner);
    const mine = await sourceOf(owner, campaignId, "mine");
    const theirs = await sourceOf(owner, campaignId, "theirs");
    expect(await addPartnerMember(owner, campaignId, mine, partner.email.toUpperCase())).toEqual({ ok: true });
    expect(await addPartnerMember(owner, campaignId, theirs, otherPartner.email)).toEqual({ ok: true });

    const consenting = await action(campaignId, mine, true);
    await action(campaignId, mine, false); // did not tick the box
    await action(campaignId, mine, true, "pending"); // never confirmed
    await action(campaignId, theirs, true); // another source's supporter
    await action(campaignId, null, false); // came directly

    expect(await exported(partner, mine)).toEqual([consenting]);
    expect(await exported(partner, theirs)).toBeNull();
    expect(await exported(otherPartner, mine)).toBeNull();
    // The campaign's organiser and an admin are not members: this door stays shut for them.
    expect(await exported(owner, mine)).toBeNull();
    expect(await exported(admin, mine)).toBeNull();
    expect((await listMyPartnerSources(partner)).map((row) => [row.code, row.consenting])).toEqual([["mine", 1]]);

    // Archiving keeps the download (past supporters agreed) and stops new attribution.
    await archivePartnerSource(owner, campaignId, mine);
    expect(await exported(partner, mine)).toEqual([consenting]);
    expect(await resolvePartnerSource(campaignId, "mine")).toBeNull();

    // Removing a member closes it.
    await removePartnerMember(owner, campaignId, mine, partner.id);
    expect(await exported(partner, mine)).toBeNull();
  });

  it("counts confirmed actions per source for the campaign's readers, and lists the sources with their counts", async () => {
    const owner = await user("organiser");
    const campaignId = await campaignOf(owner);
    const source = await sourceOf(owner, campaignId, "counted");
    await action(campaignId, source, true);
    await action(campaignId, source, false);
    await action(campaignId, source, true, "pending");
    expect(await countActionsBySource(owner, campaignId)).toEqual([
      expect.objectContaining({ code: "counted", kind: "petition", confirmed: 2, archived: false }),
    ]);
    const listed = await listPartnerSources(owner, campaignId);
    expect(listed.sources.map((row) => [row.code, row.confirmed, row.consenting])).toEqual([["counted", 2, 1]]);
  });

  it("refuses anyone who may not edit the campaign: create, archive, members, list, counts", async () => {
    const [owner, stranger, supporter] = [await user("organiser"), await user("organiser"), await user("supporter")];
    const campaignId = await campaignOf(owner);
    const source = await sourceOf(owner, campaignId, "guarded");
    await campaignOf(stranger);

    await expect(createPartnerSource(stranger, campaignId, { code: "sneaky", name: "Sneaky", siteUrl: null })).rejects.toMatchObject({ reason: "notFound" });
    await expect(archivePartnerSource(stranger, campaignId, source)).rejects.toMatchObject({ reason: "notFound" });
    await expect(addPartnerMember(stranger, campaignId, source, stranger.email)).rejects.toMatchObject({ reason: "notFound" });
    await expect(listPartnerSources(stranger, campaignId)).rejects.toMatchObject({ reason: "notFound" });
    await expect(countActionsBySource(stranger, campaignId)).rejects.toMatchObject({ reason: "notFound" });
    await expect(createPartnerSource(supporter, campaignId, { code: "sneaky", name: "Sneaky", siteUrl: null })).rejects.toMatchObject({ reason: "forbidden" });
    await expect(addPartnerMember(supporter, campaignId, source, supporter.email)).rejects.toMatchObject({ reason: "forbidden" });

    // A source id of one campaign used with another campaign's id (the stranger's own) is not found either.
    const strangersCampaign = campaignIds[campaignIds.length - 1]!;
    await expect(archivePartnerSource(stranger, strangersCampaign, source)).rejects.toMatchObject({ reason: "notFound" });
    const [row] = await t.db.select({ archivedAt: schema.partnerSources.archivedAt }).from(schema.partnerSources).where(eq(schema.partnerSources.id, source));
    expect(row!.archivedAt).toBeNull();
    const members = await t.db.select().from(schema.partnerSourceMembers).where(eq(schema.partnerSourceMembers.partnerSourceId, source));
    expect(members).toEqual([]);
  });

  it("answers a taken code, a bad code or site, an unknown address and a repeat member next to their fields", async () => {
    const owner = await user("organiser");
    const campaignId = await campaignOf(owner);
    const source = await sourceOf(owner, campaignId, "taken");
    expect(await createPartnerSource(owner, campaignId, { code: "taken", name: "Again", siteUrl: null })).toEqual({ ok: false, reason: "codeTaken" });
    expect(await createPartnerSource(owner, campaignId, { code: "Bad Code", name: "Bad", siteUrl: null })).toEqual({ ok: false, reason: "invalidCode" });
    expect(await createPartnerSource(owner, campaignId, { code: "site", name: "Site", siteUrl: "javascript:alert(1)" })).toEqual({ ok: false, reason: "invalidSite" });
    expect(await addPartnerMember(owner, campaignId, source, `nobody-${randomUUID()}@example.org`)).toEqual({ ok: false, reason: "noAccount" });
    const partner = await user("supporter");
    expect(await addPartnerMember(owner, campaignId, source, partner.email)).toEqual({ ok: true });
    expect(await addPartnerMember(owner, campaignId, source, partner.email)).toEqual({ ok: false, reason: "alreadyMember" });
  });
});
