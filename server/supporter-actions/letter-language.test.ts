/**
 * The letter's language, through the signing action against a real Postgres
 * (scripts/with-test-db.ts): a signature stores the language of the letter it
 * sent (actions.language) apart from the interface language (actions.locale);
 * without a posted choice the letter is the reader's language when the
 * campaign wrote it, else the target's working language, else the campaign's
 * own; a posted language the campaign did not write is refused next to the
 * field, with nothing stored, mailed or charged. Also the channel pages'
 * choice (email, call, post-it) through listChannelOffers.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { and, eq, inArray, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import type { Locale } from "@/i18n/config";
import { keyedHash } from "@/lib/crypto";
import { canonicalEmail } from "@/lib/email/canonical";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";

const site = new URL(process.env.SITE_URL ?? "http://localhost:3000");
let requestIp = "198.18.0.1";
let pageLocale: Locale = "en";
vi.mock("next/headers", () => ({ headers: async () => new Headers({ origin: site.origin, host: site.host, "x-real-ip": requestIp }) }));
vi.mock("@/lib/request-meta", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/request-meta")>()),
  requestMeta: () => ({ ip: requestIp, country: null }),
  clientIp: () => requestIp,
}));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => (key: string) => `${namespace}.${key}`,
  getLocale: async () => pageLocale,
}));
vi.mock("@/lib/captcha", () => ({ checkCaptcha: async () => null }));
vi.mock("@/server/viewer", () => ({ getViewer: async () => null }));

const { signatureAction } = await import("./signature");
const { listChannelOffers } = await import("@/db/queries/supporter-actions");

let t: TestDatabase;
const created = { campaigns: [] as string[], targets: [] as string[] };
const domain = `letter-language-${randomBytes(5).toString("hex")}.example.org`;
const ipHashes: string[] = [];

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  if (created.campaigns.length) {
    await t.db.delete(schema.mailOutbox).where(inArray(schema.mailOutbox.campaignId, created.campaigns));
    await t.db.delete(schema.actions).where(inArray(schema.actions.campaignId, created.campaigns));
    await t.db.delete(schema.campaigns).where(inArray(schema.campaigns.id, created.campaigns));
  }
  if (created.targets.length) await t.db.delete(schema.targets).where(inArray(schema.targets.id, created.targets));
  for (const hash of ipHashes) await t.sql`delete from rate_limits where key like ${`%:ip:${hash}`}`;
  await t.sql`delete from rate_limits where key like ${`%:domain:${domain}`}`;
  await t.close();
  await closeDb();
});

interface World {
  id: string;
  slug: string;
}

/**
 * A published campaign written in `sourceLocale`, addressed (fixed rule) to one
 * official working in `targetLanguage`, with a model letter and a petition text
 * in each of `letters` / `petitions`, and an email template per language.
 */
async function campaign(options: { sourceLocale?: Locale; targetLanguage: string; letters: string[]; petitions?: string[] }): Promise<World> {
  const slug = randomSlug("letter-language");
  const [row] = await t.db
    .insert(schema.campaigns)
    .values({
      slug,
      title: `Free ${slug}`,
      summary: "Made by a test.",
      status: "published",
      sourceLocale: options.sourceLocale ?? "en",
      actionKinds: ["letter", "petition", "org_signon", "email"],
    })
    .returning({ id: schema.campaigns.id });
  created.campaigns.push(row!.id);
  const [target] = await t.db
    .insert(schema.targets)
    .values({ kind: "official", name: `Ministry ${slug}`, language: options.targetLanguage, addressLines: ["1 Main Street"], city: "Capital", isExample: true })
    .returning({ id: schema.targets.id });
  created.targets.push(target!.id);
  await t.db.insert(schema.campaignTargets).values({ campaignId: row!.id, rule: "fixed", targetId: target!.id });
  const templates = [
    ...options.letters.map((language) => ({ kind: "letter" as const, language, body: `Letter in ${language} to {target.name}.` })),
    ...(options.petitions ?? []).map((language) => ({ kind: "petition" as const, language, body: `Petition in ${language}.` })),
    ...options.letters.map((language) => ({ kind: "email" as const, language, subject: `Email ${language}`, body: `Email in ${language}.` })),
  ];
  if (templates.length) await t.db.insert(schema.templates).values(templates.map((template) => ({ ...template, campaignId: row!.id })));
  return { id: row!.id, slug };
}

function freshIp(): void {
  const [a, b] = randomBytes(2);
  requestIp = `198.20.${a}.${(b! % 254) + 1}`;
  ipHashes.push(keyedHash("ip", requestIp));
}

type Signed = { landedOn: string } | { state: { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> } };

/** Signs `kind` on a page in `locale`, posting `language` when given (as the page's hidden field does). */
async function sign(world: World, kind: "letter" | "petition" | "org_signon", locale: Locale, language?: string): Promise<Signed & { email: string }> {
  pageLocale = locale;
  freshIp();
  const email = `signer-${randomUUID()}@${domain}`;
  const fields: Record<string, string> = { campaign: world.slug, idempotencyKey: randomUUID(), email, country: "FR", website: "" };
  if (kind === "org_signon") Object.assign(fields, { organisationName: "Friends of Test", organisationWebsite: "" });
  else Object.assign(fields, { name: "Camille Signataire" });
  if (language !== undefined) fields.language = language;
  const form = new FormData();
  for (const [field, value] of Object.entries(fields)) form.set(field, value);
  try {
    const state = await signatureAction(kind)({ ok: false }, form);
    return { state, email };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { landedOn: digest.split(";")[2]!, email };
  }
}

async function storedBy(world: World, email: string) {
  return t.db
    .select({ language: schema.actions.language, locale: schema.actions.locale, kind: schema.actions.kind })
    .from(schema.actions)
    .where(and(eq(schema.actions.campaignId, world.id), eq(schema.actions.emailHash, keyedHash("email", canonicalEmail(email)))));
}

/** The rate-limit rows charged to a connection. */
async function chargedFor(ip: string) {
  return t.db.select().from(schema.rateLimits).where(like(schema.rateLimits.key, `%:ip:${keyedHash("ip", ip)}`));
}

describe("a signature's letter language, when the form posts none", () => {
  it("is the interface language when the campaign wrote the letter in it", async () => {
    const world = await campaign({ sourceLocale: "es", targetLanguage: "de", letters: ["en", "fr", "de", "es"] });
    const signed = await sign(world, "letter", "fr");
    expect(signed).toMatchObject({ landedOn: `/fr/campaigns/${world.slug}/letter/sent` });
    expect(await storedBy(world, signed.email)).toEqual([{ language: "fr", locale: "fr", kind: "letter" }]);
  });

  it("else the target's working language (a regional tag matching its language)", async () => {
    const world = await campaign({ sourceLocale: "es", targetLanguage: "de-CH", letters: ["en", "de", "es"] });
    const signed = await sign(world, "letter", "zh");
    expect(signed).toMatchObject({ landedOn: `/zh/campaigns/${world.slug}/letter/sent` });
    expect(await storedBy(world, signed.email)).toEqual([{ language: "de", locale: "zh", kind: "letter" }]);
  });

  it("else the language the campaign was written in, before English", async () => {
    const world = await campaign({ sourceLocale: "es", targetLanguage: "ja", letters: ["en", "es"] });
    const signed = await sign(world, "letter", "ar");
    expect(await storedBy(world, signed.email)).toEqual([{ language: "es", locale: "ar", kind: "letter" }]);
  });
});

describe("a posted letter language", () => {
  it("is stored as the letter's language, apart from the interface language", async () => {
    const world = await campaign({ targetLanguage: "fr", letters: ["en", "fr"] });
    const signed = await sign(world, "letter", "fr", "EN");
    expect(signed).toMatchObject({ landedOn: `/fr/campaigns/${world.slug}/letter/sent` });
    expect(await storedBy(world, signed.email)).toEqual([{ language: "en", locale: "fr", kind: "letter" }]);
  });

  it("the campaign did not write is refused next to the field, with nothing stored, mailed or charged", async () => {
    const world = await campaign({ targetLanguage: "fr", letters: ["en", "fr"], petitions: ["en"] });
    for (const [kind, language] of [
      ["letter", "xx"],
      ["letter", "de"],
      ["letter", "fr-CA"],
      // Written for the letter, not for the petition: each kind is checked against its own texts.
      ["petition", "fr"],
    ] as const) {
      const signed = await sign(world, kind, "fr", language);
      expect(signed, `${kind} in ${language}`).toEqual({
        email: signed.email,
        state: {
          ok: false,
          message: "SupporterActions.errors.unknownLanguage",
          fieldErrors: { language: ["SupporterActions.errors.unknownLanguage"] },
          values: expect.objectContaining({ email: signed.email }),
        },
      });
      expect(await storedBy(world, signed.email)).toEqual([]);
      const mails = await t.db.select().from(schema.mailOutbox).where(eq(schema.mailOutbox.toAddress, signed.email));
      expect(mails).toEqual([]);
      // Refused before screening: no rate limit was charged for the address or the connection.
      expect(await chargedFor(requestIp)).toEqual([]);
    }
    const signed = await sign(world, "petition", "fr", "en");
    expect(signed).toMatchObject({ landedOn: `/fr/campaigns/${world.slug}/petition/sent` });
    expect(await storedBy(world, signed.email)).toEqual([{ language: "en", locale: "fr", kind: "petition" }]);
    // The same look-up does see what an accepted signature charges.
    expect(await chargedFor(requestIp)).not.toEqual([]);
  });

  it("is not asked of a sign-on, which has no template: its statement is in the interface language", async () => {
    const world = await campaign({ targetLanguage: "fr", letters: ["en"] });
    const signed = await sign(world, "org_signon", "es");
    expect(signed).toMatchObject({ landedOn: `/es/campaigns/${world.slug}/sign-on/sent` });
    expect(await storedBy(world, signed.email)).toEqual([{ language: "es", locale: "es", kind: "org_signon" }]);
  });
});

describe("a channel page's template language (email, call, post-it)", () => {
  it("follows the same rule per target, and takes an asked language the campaign wrote", async () => {
    const world = await campaign({ sourceLocale: "es", targetLanguage: "de", letters: ["en", "de", "es"] });
    const offer = async (asked: string | null, locale: string) =>
      (await listChannelOffers(world.id, "email", null, { asked, locale, sourceLocale: "es" }))[0]?.template;
    expect(await offer(null, "en")).toMatchObject({ language: "en", reason: "interface", body: "Email in en." });
    expect(await offer(null, "fr")).toMatchObject({ language: "de", reason: "target" });
    expect(await offer("es", "fr")).toMatchObject({ language: "es", reason: "source" });
    expect(await offer("en", "fr")).toMatchObject({ language: "en", reason: "chosen" });
    expect(await offer("xx", "fr")).toMatchObject({ language: "de", reason: "target" });
  });
});
