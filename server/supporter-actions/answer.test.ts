/**
 * How a signature form is answered, through the signing action against a real
 * Postgres (scripts/with-test-db.ts). Posted by React's fetch (the request
 * carries Next's `Next-Action` header: JavaScript on), an accepted signature is
 * answered with the action state `sent` and no redirect, so the form says
 * "check your email" in place and no second page is rendered into the
 * response; a plain HTML post (no such header: JavaScript off) is redirected
 * to the kind's "check your email" page, from an embed to the embed's own. A
 * honeypot hit gets the very same answer on both paths; refusals are unchanged.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import * as schema from "@/db/schema";
import { embedRequestHeader } from "@/lib/embed-origins";
import { keyedHash } from "@/lib/crypto";
import { canonicalEmail } from "@/lib/email/canonical";
import { metrics } from "@/lib/metrics";
import { socketAddressHeader } from "@/lib/socket-address";
import { supporterTestWorld } from "@/test/supporter-rows";

const site = new URL(process.env.SITE_URL ?? "http://localhost:3000");
let requestIp = "198.18.0.1";
/** The request's own headers beyond origin, host and address: `next-action` and the proxy's embed mark. */
let requestHeaders: Record<string, string> = {};
// The connection's address as the server sees it (lib/request-meta.ts), so each signer has rate limits of its own.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ origin: site.origin, host: site.host, [socketAddressHeader]: requestIp, ...requestHeaders }),
}));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => (key: string) => `${namespace}.${key}`,
  getLocale: async () => "en",
}));
vi.mock("@/server/viewer", () => ({ getViewer: async () => null }));

const { signatureAction } = await import("./signature");

const world = supporterTestWorld("answer");
/** What React's fetch adds to an action's post (the action's id; any value is a fetch for the check). */
const fromFetch = { "next-action": "7f00000000000000000000000000000000000000" };

/** A published campaign with a petition text: its petition and its organisations' sign-on collect. */
async function publishedCampaign(): Promise<{ id: string; slug: string }> {
  const campaign = await world.publishedCampaign(["petition", "org_signon"]);
  await world.db().db.insert(schema.templates).values({ campaignId: campaign.id, kind: "petition", language: "en", body: "Petition in en." });
  return campaign;
}

type Answer = { landedOn: string } | { state: Awaited<ReturnType<ReturnType<typeof signatureAction>>> };

/** Signs `kind` with `headers` on the request, the honeypot filled when `bot`; the state the action returned, or where it redirected. */
async function sign(slug: string, kind: "petition" | "org_signon", headers: Record<string, string>, { bot = false } = {}) {
  requestHeaders = headers;
  requestIp = world.freshIp("198.21");
  const email = `signer-${randomUUID()}@${world.domain}`;
  const form = new FormData();
  const own = kind === "org_signon" ? { organisationName: "Friends of Test", organisationWebsite: "" } : { name: "Ada Signer" };
  for (const [field, value] of Object.entries({ campaign: slug, idempotencyKey: randomUUID(), email, country: "FR", website: bot ? "bot.example" : "", ...own })) {
    form.set(field, value);
  }
  let answer: Answer;
  try {
    answer = { state: await signatureAction(kind)({ ok: false }, form) };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    answer = { landedOn: digest.split(";")[2]! };
  }
  return { answer, email };
}

async function stored(campaignId: string, email: string): Promise<number> {
  const rows = await world.db().db.select({ id: schema.actions.id })
    .from(schema.actions)
    .where(and(eq(schema.actions.campaignId, campaignId), eq(schema.actions.emailHash, keyedHash("email", canonicalEmail(email)))));
  return rows.length;
}

async function counted(kind: string, outcome: string): Promise<number> {
  return (await metrics().supporterActions.get()).values.find((v) => v.labels.kind === kind && v.labels.outcome === outcome)?.value ?? 0;
}

describe("an accepted signature", () => {
  it("posted by React's fetch (Next-Action) is answered `sent` in place: stored, counted, no redirect", async () => {
    const campaign = await publishedCampaign();
    const before = await counted("petition", "accepted");
    const { answer, email } = await sign(campaign.slug, "petition", fromFetch);
    expect(answer).toEqual({ state: { ok: true, sent: true } });
    expect(await stored(campaign.id, email)).toBe(1);
    expect(await counted("petition", "accepted")).toBe(before + 1);
  });

  it("posted as a plain HTML form is redirected to the kind's check-your-email page, stored and counted alike", async () => {
    const campaign = await publishedCampaign();
    const before = await counted("org_signon", "accepted");
    const { answer, email } = await sign(campaign.slug, "org_signon", {});
    expect(answer).toEqual({ landedOn: `/campaigns/${campaign.slug}/sign-on/sent` });
    expect(await stored(campaign.id, email)).toBe(1);
    expect(await counted("org_signon", "accepted")).toBe(before + 1);
  });

  it("from an embed: in place inside the frame with JavaScript, else redirected to the embed's own page", async () => {
    const campaign = await publishedCampaign();
    const embed = { [embedRequestHeader]: "1" };
    expect((await sign(campaign.slug, "petition", { ...embed, ...fromFetch })).answer).toEqual({ state: { ok: true, sent: true } });
    expect((await sign(campaign.slug, "petition", embed)).answer).toEqual({ landedOn: `/embed/campaigns/${campaign.slug}/petition/sent` });
  });
});

describe("a honeypot hit", () => {
  it("gets exactly the answer of a real signature on both paths, with nothing stored and counted as honeypot", async () => {
    const campaign = await publishedCampaign();
    const before = await counted("petition", "honeypot");
    const real = await sign(campaign.slug, "petition", fromFetch);
    const bot = await sign(campaign.slug, "petition", fromFetch, { bot: true });
    expect(bot.answer).toEqual(real.answer);
    expect(bot.answer).toEqual({ state: { ok: true, sent: true } });
    const realPlain = await sign(campaign.slug, "petition", {});
    const botPlain = await sign(campaign.slug, "petition", {}, { bot: true });
    expect(botPlain.answer).toEqual(realPlain.answer);
    expect(botPlain.answer).toEqual({ landedOn: `/campaigns/${campaign.slug}/petition/sent` });
    expect(await stored(campaign.id, bot.email)).toBe(0);
    expect(await stored(campaign.id, botPlain.email)).toBe(0);
    expect(await counted("petition", "honeypot")).toBe(before + 2);
  });
});

describe("a refused signature", () => {
  it("is answered with its error state on both paths, never `sent`", async () => {
    const campaign = await publishedCampaign();
    // The campaign does not collect letters: the gate refuses, the same with or without JavaScript.
    for (const headers of [fromFetch, {}]) {
      requestHeaders = headers;
      const form = new FormData();
      for (const [field, value] of Object.entries({ campaign: campaign.slug, idempotencyKey: randomUUID(), email: `x-${randomUUID()}@${world.domain}`, country: "FR", website: "", name: "Ada" })) {
        form.set(field, value);
      }
      const state = await signatureAction("letter")({ ok: false }, form);
      expect(state.ok).toBe(false);
      expect(state.sent).toBeUndefined();
      expect(state.message).toBeTruthy();
    }
  });
});
