/**
 * Partner attribution in the supporter pipeline (ADR 0029), against a real Postgres
 * (scripts/with-test-db.ts): a form's `source` code is recorded only when it names an
 * active source of the same campaign (unknown, archived or another campaign's code = no
 * source, and the action still goes through), and the "may contact me" box is stored only
 * with a source. The confirmation mail says where the supporter came from.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { keyedHash } from "@/lib/crypto";
import { canonicalEmail } from "@/lib/email/canonical";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { removeSupporterTestRows } from "@/test/supporter-rows";

const site = new URL(process.env.SITE_URL ?? "http://localhost:3000");
let requestIp = "198.18.0.1";
vi.mock("next/headers", () => ({ headers: async () => new Headers({ origin: site.origin, host: site.host, "x-real-ip": requestIp }) }));
vi.mock("@/lib/request-meta", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/request-meta")>()),
  requestMeta: () => ({ ip: requestIp, country: null }),
  clientIp: () => requestIp,
}));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => (key: string) => `${namespace}.${key}`,
  getLocale: async () => "en",
}));
vi.mock("@/lib/captcha", () => ({ checkCaptcha: async () => null }));
vi.mock("@/server/viewer", () => ({ getViewer: async () => null }));

const { signatureAction } = await import("./signature");
const { recordChannelAction } = await import("./channel");
const { confirmAction } = await import("@/db/queries/signatures");

let t: TestDatabase;
const campaignIds: string[] = [];
const domain = `partner-${randomBytes(5).toString("hex")}.example.org`;
const ipHashes: string[] = [];

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  await removeSupporterTestRows(t, { campaignIds, ipHashes, domain });
  await t.close();
  await closeDb();
});

async function publishedCampaign(): Promise<{ id: string; slug: string }> {
  const slug = randomSlug("partner");
  const [row] = await t.db
    .insert(schema.campaigns)
    .values({ slug, title: `Free ${slug}`, summary: "Made by a test.", status: "published", actionKinds: ["letter", "solidarity"] })
    .returning({ id: schema.campaigns.id });
  campaignIds.push(row!.id);
  return { id: row!.id, slug };
}

async function source(campaignId: string, code: string, archived = false): Promise<string> {
  const [row] = await t.db
    .insert(schema.partnerSources)
    .values({ campaignId, code, name: `Partner ${code}`, siteUrl: `https://${code}.example.org`, archivedAt: archived ? new Date() : null })
    .returning({ id: schema.partnerSources.id });
  return row!.id;
}

function freshIp(): void {
  const [a, b] = randomBytes(2);
  requestIp = `198.19.${a}.${(b! % 254) + 1}`;
  ipHashes.push(keyedHash("ip", requestIp));
}

/** Signs the campaign's letter with these partner fields; returns the stored row's partner columns and its mail. */
async function signWith(slug: string, partner: Record<string, string>) {
  freshIp();
  const email = `signer-${randomUUID()}@${domain}`;
  const form = new FormData();
  for (const [field, value] of Object.entries({
    campaign: slug,
    idempotencyKey: randomUUID(),
    email,
    country: "FR",
    website: "",
    name: "Camille Signataire",
    ...partner,
  })) {
    form.set(field, value);
  }
  try {
    const state = await signatureAction("letter")({ ok: false }, form);
    throw new Error(`no redirect: ${JSON.stringify(state)}`);
  } catch (error) {
    if (!((error as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) throw error;
  }
  const [row] = await t.db
    .select({ sourceId: schema.actions.partnerSourceId, consent: schema.actions.partnerContactConsent })
    .from(schema.actions)
    .where(eq(schema.actions.emailHash, keyedHash("email", canonicalEmail(email))));
  const [mail] = await t.db.select({ text: schema.mailOutbox.textBody }).from(schema.mailOutbox).where(eq(schema.mailOutbox.toAddress, email));
  return { ...row!, mail: mail!.text };
}

describe("partner attribution in the supporter pipeline", () => {
  it("records the campaign's active source and the ticked box, and the mail names the partner's site", async () => {
    const campaign = await publishedCampaign();
    const id = await source(campaign.id, "amnesty-fr");
    const signed = await signWith(campaign.slug, { source: "amnesty-fr", partnerContact: "on" });
    expect(signed).toMatchObject({ sourceId: id, consent: true });
    expect(signed.mail).toContain("Partner amnesty-fr (amnesty-fr.example.org)");
    // Confirming tells the thanks page which partner it was.
    const token = /\/confirm\/([A-Za-z0-9_-]+)/.exec(signed.mail)![1]!;
    expect(await confirmAction(token)).toMatchObject({ state: "confirmed", partnerCode: "amnesty-fr" });
    expect(await signWith(campaign.slug, { source: "amnesty-fr" })).toMatchObject({ sourceId: id, consent: false });
  });

  it("records no source for an unknown, archived, malformed or other campaign's code, and never stores consent without one", async () => {
    const campaign = await publishedCampaign();
    const other = await publishedCampaign();
    await source(campaign.id, "gone", true);
    await source(other.id, "elsewhere");
    for (const code of ["nobody", "gone", "elsewhere", "NOT a code;", "x".repeat(60)]) {
      const signed = await signWith(campaign.slug, { source: code, partnerContact: "on" });
      expect(signed, code).toMatchObject({ sourceId: null, consent: false });
      expect(signed.mail).not.toContain("Partner ");
    }
    expect(await signWith(campaign.slug, { partnerContact: "on" })).toMatchObject({ sourceId: null, consent: false });
  });

  it("an action recorded at once takes the same rule (solidarity), and an archived code counts for nothing", async () => {
    const campaign = await publishedCampaign();
    const id = await source(campaign.id, "friends");
    await source(campaign.id, "old", true);
    const send = async (code: string) => {
      freshIp();
      const outcome = await recordChannelAction("solidarity", campaign.slug, {
        idempotencyKey: randomUUID(),
        selfReported: false,
        status: "pending",
        name: null,
        showName: false,
        country: "FR",
        language: "fr",
        personalText: `Courage ${randomUUID()}`,
        source: code,
        partnerContact: true,
      });
      expect(outcome.ok).toBe(true);
      return outcome;
    };
    const first = await send("friends");
    expect(first).toMatchObject({ ok: true, partnerLine: expect.stringContaining("Partner friends") });
    await send("old");
    const rows = await t.db
      .select({ sourceId: schema.actions.partnerSourceId, consent: schema.actions.partnerContactConsent })
      .from(schema.actions)
      .where(eq(schema.actions.campaignId, campaign.id));
    expect(rows).toHaveLength(2);
    expect(rows.filter((row) => row.sourceId === id)).toEqual([{ sourceId: id, consent: true }]);
    expect(rows.filter((row) => row.sourceId === null)).toEqual([{ sourceId: null, consent: false }]);
  });
});
