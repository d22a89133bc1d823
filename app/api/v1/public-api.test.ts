/**
 * The public read API through its real route handlers (app/api/v1) against a
 * real Postgres: every endpoint's answers validated against the OpenAPI
 * document with Ajv (2020-12), and what must never come out: drafts and
 * campaigns in review, quiet profiles and their campaigns (404 exactly like an
 * unknown slug), supporters' personal data. Plus ETag/304, CORS, 405, 429.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { encrypt } from "@/lib/crypto";
import { apiRateLimit } from "@/lib/public-api/http";
import { responseValidator } from "@/lib/public-api/validate";
import { socketAddressHeader } from "@/lib/socket-address";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";

const campaignsRoute = await import("@/app/api/v1/campaigns/route");
const campaignRoute = await import("@/app/api/v1/campaigns/[slug]/route");
const updatesRoute = await import("@/app/api/v1/campaigns/[slug]/updates/route");
const badgeRoute = await import("@/app/api/v1/campaigns/[slug]/badge.svg/route");
const defendersRoute = await import("@/app/api/v1/defenders/route");
const defenderRoute = await import("@/app/api/v1/defenders/[slug]/route");
const openApiRoute = await import("@/app/api/v1/openapi.json/route");

const validate = responseValidator();
let t: TestDatabase;
const slugs = {
  campaign: randomSlug("api-open"),
  draft: randomSlug("api-draft"),
  review: randomSlug("api-review"),
  quietCampaign: randomSlug("api-quiet-campaign"),
  defender: randomSlug("api-defender"),
  quiet: randomSlug("api-quiet"),
};
const secretName = `Supporter ${randomUUID()}`;
const secretEmail = `${randomUUID()}@example.org`;

type Route = { GET: (request: Request, context: { params: Promise<object> }) => Promise<Response> } & Record<string, unknown>;

function call(route: Route, path: string, params: Record<string, string> = {}, init: RequestInit = {}): Promise<Response> {
  const method = (init.method ?? "GET") as string;
  const handler = route[method] as Route["GET"];
  return handler(new Request(`http://localhost${path}`, init), { params: Promise.resolve(params) });
}

async function json(response: Response): Promise<unknown> {
  return JSON.parse(await response.text());
}

beforeAll(async () => {
  t = createTestDb();
  const [defender, quiet] = await t.db
    .insert(schema.defenders)
    .values([
      { slug: slugs.defender, name: "Api Defender", country: "CN", status: "detained", summary: "A public profile.", storyMarkdown: "Story." },
      { slug: slugs.quiet, name: "Quiet Defender", country: "IR", status: "detained", summary: "Went quiet.", paused: true },
    ])
    .returning({ id: schema.defenders.id });
  await t.db.insert(schema.defenderEvents).values({ defenderId: defender!.id, kind: "arrest", occurredOn: "2025-01-02", text: "Arrested." });
  const now = new Date();
  const inserted = await t.db
    .insert(schema.campaigns)
    .values([
      { slug: slugs.campaign, title: "Free Api <Defender>", summary: "Open.", ask: "Release.", status: "published", publishedAt: now, actionKinds: ["letter", "solidarity"], goal: 1000 },
      { slug: slugs.draft, title: "Draft", summary: "Draft.", status: "draft", actionKinds: ["letter"] },
      { slug: slugs.review, title: "Review", summary: "Review.", status: "in_review", actionKinds: ["letter"] },
      { slug: slugs.quietCampaign, title: "About a quiet one", summary: "Hidden.", status: "published", publishedAt: now, actionKinds: ["letter"] },
    ])
    .returning({ id: schema.campaigns.id, slug: schema.campaigns.slug });
  const id = (slug: string) => inserted.find((row) => row.slug === slug)!.id;
  await t.db.insert(schema.campaignDefenders).values([
    { campaignId: id(slugs.campaign), defenderId: defender!.id },
    { campaignId: id(slugs.draft), defenderId: defender!.id },
    { campaignId: id(slugs.review), defenderId: defender!.id },
    { campaignId: id(slugs.quietCampaign), defenderId: quiet!.id },
  ]);
  await t.db.insert(schema.campaignTranslations).values({ campaignId: id(slugs.campaign), locale: "fr", title: "Libérez Api", summary: "Ouverte." });
  const [target] = await t.db
    .insert(schema.targets)
    .values({ kind: "official", name: `Minister ${randomUUID()}`, email: "minister@example.gov", isExample: true })
    .returning({ id: schema.targets.id });
  await t.db.insert(schema.campaignTargets).values({ campaignId: id(slugs.campaign), rule: "fixed", targetId: target!.id });
  await t.db.insert(schema.campaignUpdates).values({ campaignId: id(slugs.campaign), kind: "update", title: "Hearing set", body: "In May.", occurredOn: "2025-03-04" });
  await t.db.insert(schema.actionCounters).values([
    { campaignId: id(slugs.campaign), kind: "letter", country: "FR", confirmed: 5, selfReported: 1 },
    { campaignId: id(slugs.campaign), kind: "solidarity", country: "--", confirmed: 2, selfReported: 0 },
  ]);
  // A supporter with personal data: only ever a count in the API.
  await t.db.insert(schema.actions).values({
    campaignId: id(slugs.campaign),
    kind: "solidarity",
    status: "confirmed",
    emailHash: `hash-${randomUUID()}`,
    emailCiphertext: encrypt(secretEmail),
    nameCiphertext: encrypt(secretName),
    publicName: secretName,
    showName: true,
    personalTextCiphertext: encrypt("A private message"),
    country: "FR",
    language: "en",
    idempotencyKey: `idem-${randomUUID()}`,
    confirmedAt: now,
  });
});

// Rows stay behind under random slugs (the handlers read through their own connection, so no rollback).
afterAll(async () => {
  await closeDb();
  await t.close();
});

describe("every endpoint answers what the OpenAPI document says", () => {
  it("GET /campaigns: a page with links, public campaigns only", async () => {
    const response = await call(campaignsRoute, "/api/v1/campaigns?per_page=100");
    expect(response.status).toBe(200);
    const body = (await json(response)) as { data: { slug: string }[]; meta: { total: number }; links: { next: string | null } };
    expect(validate("/campaigns", 200, body)).toEqual({ valid: true, errors: "" });
    const listed = body.data.map((campaign) => campaign.slug);
    expect(listed).toContain(slugs.campaign);
    for (const hidden of [slugs.draft, slugs.review, slugs.quietCampaign]) expect(listed).not.toContain(hidden);

    const first = (await json(await call(campaignsRoute, "/api/v1/campaigns?per_page=1"))) as typeof body;
    expect(first.data).toHaveLength(1);
    if (first.meta.total > 1) {
      expect(first.links.next).toMatch(/\/api\/v1\/campaigns\?page=2&per_page=1$/);
      const second = (await json(await call(campaignsRoute, new URL(first.links.next!).pathname + new URL(first.links.next!).search))) as typeof body;
      expect(second.data[0]!.slug).not.toBe(first.data[0]!.slug);
    }
    expect((await call(campaignsRoute, "/api/v1/campaigns?per_page=500")).status).toBe(400);
  });

  it("GET /campaigns/{slug}: targets, counts by kind and country, in the asked language", async () => {
    const response = await call(campaignRoute, `/api/v1/campaigns/${slugs.campaign}?lang=fr`, { slug: slugs.campaign });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-language")).toBe("fr");
    const body = (await json(response)) as { data: Record<string, unknown> & { counts: unknown; defenders: { slug: string }[] } };
    expect(validate("/campaigns/{slug}", 200, body)).toEqual({ valid: true, errors: "" });
    expect(body.data.title).toBe("Libérez Api");
    expect(body.data.actionsTaken).toBe(7);
    expect(body.data.counts).toEqual({
      confirmed: 7,
      selfReported: 1,
      byKind: [
        { kind: "letter", confirmed: 5, selfReported: 1 },
        { kind: "solidarity", confirmed: 2, selfReported: 0 },
      ],
      byCountry: [{ country: "FR", confirmed: 5, selfReported: 1 }],
    });
    expect(body.data.defenders.map((defender) => defender.slug)).toEqual([slugs.defender]);
  });

  it("GET /campaigns/{slug}/updates and badge.svg", async () => {
    const updates = await call(updatesRoute, `/api/v1/campaigns/${slugs.campaign}/updates`, { slug: slugs.campaign });
    const body = (await json(updates)) as { data: { title: string }[] };
    expect(validate("/campaigns/{slug}/updates", 200, body)).toEqual({ valid: true, errors: "" });
    expect(body.data.map((update) => update.title)).toEqual(["Hearing set"]);

    const badge = await call(badgeRoute, `/api/v1/campaigns/${slugs.campaign}/badge.svg`, { slug: slugs.campaign });
    expect(badge.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await badge.text();
    expect(svg).toContain("<title id=\"badge-title\">Free Api &#60;Defender&#62;: 7 actions taken</title>");
  });

  it("GET /defenders and /defenders/{slug}: public profiles only", async () => {
    const list = (await json(await call(defendersRoute, "/api/v1/defenders?per_page=100"))) as { data: { slug: string }[] };
    expect(validate("/defenders", 200, list)).toEqual({ valid: true, errors: "" });
    const listed = list.data.map((defender) => defender.slug);
    expect(listed).toContain(slugs.defender);
    expect(listed).not.toContain(slugs.quiet);

    const one = (await json(await call(defenderRoute, `/api/v1/defenders/${slugs.defender}`, { slug: slugs.defender }))) as {
      data: { campaigns: { slug: string }[]; timeline: unknown[] };
    };
    expect(validate("/defenders/{slug}", 200, one)).toEqual({ valid: true, errors: "" });
    expect(one.data.campaigns.map((campaign) => campaign.slug)).toEqual([slugs.campaign]);
    expect(one.data.timeline.length).toBeGreaterThanOrEqual(2);
  });

  it("GET /openapi.json serves the document", async () => {
    const body = (await json(await call(openApiRoute, "/api/v1/openapi.json"))) as { openapi: string; paths: Record<string, unknown> };
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths)).toEqual(["/campaigns", "/campaigns/{slug}", "/campaigns/{slug}/updates", "/campaigns/{slug}/badge.svg", "/defenders", "/defenders/{slug}", "/openapi.json"]);
  });
});

describe("what is never exposed", () => {
  it("answers a hidden campaign or profile exactly like an unknown one", async () => {
    const unknown = await call(campaignRoute, "/api/v1/campaigns/no-such-campaign", { slug: "no-such-campaign" });
    expect(unknown.status).toBe(404);
    const expected = await unknown.text();
    expect(validate("/campaigns/{slug}", 404, JSON.parse(expected))).toEqual({ valid: true, errors: "" });
    const cases: [Route, string, string][] = [
      [campaignRoute, `/api/v1/campaigns/${slugs.draft}`, slugs.draft],
      [campaignRoute, `/api/v1/campaigns/${slugs.review}`, slugs.review],
      [campaignRoute, `/api/v1/campaigns/${slugs.quietCampaign}`, slugs.quietCampaign],
      [updatesRoute, `/api/v1/campaigns/${slugs.draft}/updates`, slugs.draft],
      [badgeRoute, `/api/v1/campaigns/${slugs.quietCampaign}/badge.svg`, slugs.quietCampaign],
      [defenderRoute, `/api/v1/defenders/${slugs.quiet}`, slugs.quiet],
      [defenderRoute, "/api/v1/defenders/no-such-defender", "no-such-defender"],
    ];
    for (const [route, path, slug] of cases) {
      const response = await call(route, path, { slug });
      expect([path, response.status, await response.text()]).toEqual([path, 404, expected]);
      expect(response.headers.get("cache-control")).toBe(unknown.headers.get("cache-control"));
    }
  });

  it("never sends a supporter's name, email or message", async () => {
    const bodies = await Promise.all([
      call(campaignsRoute, "/api/v1/campaigns?per_page=100").then((r) => r.text()),
      call(campaignRoute, `/api/v1/campaigns/${slugs.campaign}`, { slug: slugs.campaign }).then((r) => r.text()),
      call(updatesRoute, `/api/v1/campaigns/${slugs.campaign}/updates`, { slug: slugs.campaign }).then((r) => r.text()),
      call(defenderRoute, `/api/v1/defenders/${slugs.defender}`, { slug: slugs.defender }).then((r) => r.text()),
    ]);
    for (const body of bodies) {
      expect(body).not.toContain(secretName);
      expect(body).not.toContain(secretEmail);
      expect(body).not.toContain("A private message");
    }
  });
});

describe("HTTP", () => {
  it("sends a strong ETag and answers If-None-Match with 304; HEAD has no body", async () => {
    const path = `/api/v1/campaigns/${slugs.campaign}`;
    const first = await call(campaignRoute, path, { slug: slugs.campaign });
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("access-control-allow-credentials")).toBeNull();
    const again = await call(campaignRoute, path, { slug: slugs.campaign }, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const head = await call(campaignRoute, path, { slug: slugs.campaign }, { method: "HEAD" });
    expect([head.status, head.headers.get("etag"), await head.text()]).toEqual([200, etag, ""]);
  });

  it("answers OPTIONS with CORS for reading and other methods with 405 and Allow", async () => {
    const options = await call(campaignsRoute, "/api/v1/campaigns", {}, { method: "OPTIONS" });
    expect(options.status).toBe(204);
    expect(options.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const refused = await call(campaignsRoute, "/api/v1/campaigns", {}, { method });
      expect(refused.status).toBe(405);
      expect(refused.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
      expect(validate("/campaigns", 405, await json(refused))).toEqual({ valid: true, errors: "" });
    }
  });

  it("limits each client network and answers 429 with Retry-After", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    const from = { headers: { [socketAddressHeader]: ip } };
    for (let i = 0; i < apiRateLimit.points; i++) expect((await call(openApiRoute, "/api/v1/openapi.json", {}, from)).status).toBe(200);
    const limited = await call(openApiRoute, "/api/v1/openapi.json", {}, from);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe(String(apiRateLimit.windowSeconds));
    expect(validate("/campaigns", 429, await json(limited))).toEqual({ valid: true, errors: "" });
    const other = await call(openApiRoute, "/api/v1/openapi.json", {}, { headers: { [socketAddressHeader]: "203.0.113.9" } });
    expect(other.status).toBe(200);
  }, 60_000);
});
