/**
 * The public read API (/api/v1, docs/api.md) on the real server, through
 * proxy.ts: no locale rewrite, no session, JSON errors, CORS, validators,
 * read-only methods, the OpenAPI document and the SVG badge.
 */
import { randomBytes } from "node:crypto";
import { e2eSql } from "../auth";
import { featuredCampaign } from "../demo-data";
import { expect, test } from "../fixtures";

test("lists campaigns and reads one, in JSON, cacheable and readable from any site", async ({ request }) => {
  const list = await request.get("/api/v1/campaigns?per_page=2", { maxRedirects: 0 });
  expect(list.status()).toBe(200);
  expect(list.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(list.headers()["access-control-allow-origin"]).toBe("*");
  expect(list.headers()["access-control-allow-credentials"]).toBeUndefined();
  expect(list.headers()["cache-control"]).toBe("public, max-age=60");
  // The site's baseline policy still comes with JSON: nothing may frame it.
  expect(list.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  const body = (await list.json()) as { data: { slug: string }[]; meta: { total: number }; links: { next: string | null } };
  expect(body.data).toHaveLength(2);
  expect(body.meta.total).toBeGreaterThan(2);
  expect(body.links.next).toMatch(/\/api\/v1\/campaigns\?page=2&per_page=2$/);

  const slug = featuredCampaign().slug;
  const one = await request.get(`/api/v1/campaigns/${slug}`, { maxRedirects: 0 });
  expect(one.status()).toBe(200);
  const campaign = (await one.json()) as { data: { slug: string; id: string; counts: { confirmed: number } } };
  expect(campaign.data.slug).toBe(slug);
  expect(campaign.data.id).toMatch(/^[0-9a-f-]{36}$/);
  expect(campaign.data.counts.confirmed).toBeGreaterThanOrEqual(0);

  const french = await request.get(`/api/v1/campaigns/${slug}?lang=fr`, { maxRedirects: 0 });
  expect(french.headers()["content-language"]).toBe("fr");

  const etag = one.headers()["etag"]!;
  const again = await request.get(`/api/v1/campaigns/${slug}`, { headers: { "if-none-match": etag }, maxRedirects: 0 });
  expect(again.status()).toBe(304);
});

test("a quiet defender is absent from the list and 404 like an unknown one", async ({ request }) => {
  const slug = `quiet-api-${randomBytes(4).toString("hex")}`;
  await e2eSql()`insert into defenders (slug, name, country, status, summary, paused) values (${slug}, 'Quiet E2E Defender', 'IR', 'detained', 'Went quiet.', true)`;
  const list = (await (await request.get("/api/v1/defenders?per_page=100")).json()) as { data: { slug: string }[] };
  expect(list.data.length).toBeGreaterThan(0);
  expect(list.data.map((d) => d.slug)).not.toContain(slug);
  const quiet = await request.get(`/api/v1/defenders/${slug}`, { maxRedirects: 0 });
  const unknown = await request.get("/api/v1/defenders/no-such-defender-e2e", { maxRedirects: 0 });
  expect(quiet.status()).toBe(404);
  expect(quiet.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(await quiet.text()).toBe(await unknown.text());
});

test("answers CORS preflights and refuses writing with 405", async ({ request }) => {
  const preflight = await request.fetch("/api/v1/campaigns", {
    method: "OPTIONS",
    headers: { origin: "https://elsewhere.example", "access-control-request-method": "GET" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  expect(preflight.headers()["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
  const post = await request.post("/api/v1/campaigns", { data: {}, maxRedirects: 0 });
  expect(post.status()).toBe(405);
  expect(post.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
  expect(await post.json()).toEqual({ error: { code: "method_not_allowed", message: expect.any(String) } });
});

test("serves its OpenAPI document and a campaign's SVG badge", async ({ request }) => {
  const document = await request.get("/api/v1/openapi.json", { maxRedirects: 0 });
  expect(document.status()).toBe(200);
  expect(((await document.json()) as { openapi: string }).openapi).toBe("3.1.0");
  const badge = await request.get(`/api/v1/campaigns/${featuredCampaign().slug}/badge.svg`, { maxRedirects: 0 });
  expect(badge.status()).toBe(200);
  expect(badge.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
  expect(badge.headers()["etag"]).toMatch(/^"/);
  expect(await badge.text()).toMatch(/^<svg [^>]*role="img"[^>]*><title id="badge-title">[^<]+ actions? taken<\/title>/);
});
