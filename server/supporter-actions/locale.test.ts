/**
 * The supporter's language, end to end against a real Postgres (scripts/with-test-db.ts):
 * whatever page a supporter acts on (/fr/..., /ar/...; next-intl's getLocale stands in
 * for proxy.ts's header), the action row records it (actions.locale), and the
 * confirmation mail is written with that locale's catalogue, linking to the confirm
 * page in that language.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { timeZone, type Locale } from "@/i18n/config";
import { messagesFor } from "@/i18n/messages";
import { keyedHash } from "@/lib/crypto";
import { canonicalEmail } from "@/lib/email/canonical";
import { metrics } from "@/lib/metrics";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { removeSupporterTestRows } from "@/test/supporter-rows";

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
const { recordChannelAction } = await import("./channel");

let t: TestDatabase;
const campaignIds: string[] = [];
const domain = `locale-${randomBytes(5).toString("hex")}.example.org`;
const ipHashes: string[] = [];

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  await removeSupporterTestRows(t, { campaignIds, ipHashes, domain });
  await t.close();
  await closeDb();
});

async function publishedCampaign(): Promise<{ id: string; slug: string; title: string }> {
  const slug = randomSlug("locale");
  const title = `Free ${slug}`;
  const [row] = await t.db
    .insert(schema.campaigns)
    .values({ slug, title, summary: "Made by a test.", status: "published", actionKinds: ["letter", "solidarity"] })
    .returning({ id: schema.campaigns.id });
  campaignIds.push(row!.id);
  return { id: row!.id, slug, title };
}

function freshIp(): void {
  const [a, b] = randomBytes(2);
  requestIp = `198.19.${a}.${(b! % 254) + 1}`;
  ipHashes.push(keyedHash("ip", requestIp));
}

/** The text a catalogue gives for `key`: what a mail in `locale` must say, whatever the translators wrote. */
async function catalogueText(locale: Locale, key: string, values: Record<string, string | number>): Promise<string> {
  const translate = createTranslator({ locale, timeZone, messages: await messagesFor(locale) }) as unknown as (k: string, v: typeof values) => string;
  return translate(key, values);
}

/** Signs the campaign's letter as a supporter on a page in `locale`; returns where the form sent them. */
async function signLetter(slug: string, email: string, locale: Locale): Promise<string> {
  pageLocale = locale;
  freshIp();
  const form = new FormData();
  for (const [field, value] of Object.entries({
    campaign: slug,
    idempotencyKey: randomUUID(),
    email,
    country: "FR",
    website: "",
    name: "Camille Signataire",
    city: "Lyon",
    personalText: "",
    wantsUpdates: "on",
  })) {
    form.set(field, value);
  }
  try {
    const state = await signatureAction("letter")({ ok: false }, form);
    return `state ${JSON.stringify(state)}`;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2]!;
  }
}

describe("a supporter's language", () => {
  it("a letter signed on /fr is recorded as French and confirmed by a mail from the fr catalogue, linking to /fr/confirm", async () => {
    const campaign = await publishedCampaign();
    const email = `camille-${randomUUID()}@${domain}`;

    const landedOn = await signLetter(campaign.slug, email, "fr");

    expect(landedOn).toBe(`/fr/campaigns/${campaign.slug}/letter/sent`);
    const [action] = await t.db
      .select({ locale: schema.actions.locale })
      .from(schema.actions)
      .where(and(eq(schema.actions.campaignId, campaign.id), eq(schema.actions.emailHash, keyedHash("email", canonicalEmail(email)))));
    expect(action?.locale).toBe("fr");

    const [mail] = await t.db
      .select({ subject: schema.mailOutbox.subject, text: schema.mailOutbox.textBody })
      .from(schema.mailOutbox)
      .where(and(eq(schema.mailOutbox.campaignId, campaign.id), eq(schema.mailOutbox.toAddress, email)));
    const link = /https?:\/\/\S+\/fr\/confirm\/([A-Za-z0-9_-]+)/.exec(mail!.text);
    expect(link, mail!.text).not.toBeNull();
    const values = { campaign: campaign.title, url: link![0], days: 7 };
    // The fr catalogue's words (English until its translation lands), and so different from English once it has.
    const [french, english] = await Promise.all([
      catalogueText("fr", "SupporterActions.mail.letter.subject", values),
      catalogueText("en", "SupporterActions.mail.letter.subject", values),
    ]);
    expect(mail!.subject).toBe(french);
    expect(mail!.text).toBe(await catalogueText("fr", "SupporterActions.mail.letter.text", values));
    if (french !== english) expect(mail!.subject).not.toBe(english);
  });

  it("a letter signed on an English page links to the unprefixed confirm page", async () => {
    const campaign = await publishedCampaign();
    const email = `ada-${randomUUID()}@${domain}`;
    expect(await signLetter(campaign.slug, email, "en")).toBe(`/campaigns/${campaign.slug}/letter/sent`);
    const [mail] = await t.db.select({ text: schema.mailOutbox.textBody }).from(schema.mailOutbox).where(eq(schema.mailOutbox.toAddress, email));
    expect(mail!.text).toMatch(/https?:\/\/[^/\s]+\/confirm\/[A-Za-z0-9_-]+/);
    const [action] = await t.db.select({ locale: schema.actions.locale }).from(schema.actions).where(eq(schema.actions.campaignId, campaign.id));
    expect(action?.locale).toBe("en");
  });

  it("an action recorded at once (a solidarity message sent from /ar) records the page's language", async () => {
    const campaign = await publishedCampaign();
    pageLocale = "ar";
    freshIp();
    const outcome = await recordChannelAction("solidarity", campaign.slug, {
      idempotencyKey: randomUUID(),
      selfReported: false,
      status: "pending",
      name: null,
      showName: false,
      country: "EG",
      language: "ar",
      personalText: "نحن معكم",
    });
    expect(outcome).toMatchObject({ ok: true });
    const [action] = await t.db.select({ locale: schema.actions.locale }).from(schema.actions).where(eq(schema.actions.campaignId, campaign.id));
    expect(action?.locale).toBe("ar");
  });
});

describe("the supporter pipeline's metric (inkwell_supporter_actions_total)", () => {
  const counted = async (kind: string, outcome: string) =>
    (await metrics().supporterActions.get()).values.find((v) => v.labels.kind === kind && v.labels.outcome === outcome)?.value ?? 0;

  it("counts each submission once, by kind and outcome", async () => {
    const campaign = await publishedCampaign();
    const before = {
      letter: await counted("letter", "accepted"),
      solidarity: await counted("solidarity", "accepted"),
      closed: await counted("solidarity", "closed"),
    };
    await signLetter(campaign.slug, `counted-${randomUUID()}@${domain}`, "en");
    freshIp();
    const message = { idempotencyKey: randomUUID(), selfReported: false, status: "pending" as const, name: null, showName: false, country: "EG", language: "en", personalText: "With you." };
    expect(await recordChannelAction("solidarity", campaign.slug, message)).toMatchObject({ ok: true });
    expect(await recordChannelAction("solidarity", randomSlug("no-such-campaign"), { ...message, idempotencyKey: randomUUID() })).toMatchObject({ ok: false, reason: "closed" });
    expect(await counted("letter", "accepted")).toBe(before.letter + 1);
    expect(await counted("solidarity", "accepted")).toBe(before.solidarity + 1);
    expect(await counted("solidarity", "closed")).toBe(before.closed + 1);
  });
});
