/**
 * The security headers of every kind of page, and the cookies the app sets.
 * Pages rendered per request carry a fresh nonce-based policy (proxy.ts) and
 * Next's scripts carry that nonce; cached pages carry the baseline policy of
 * next.config.js (ADR 0010).
 */
import { createUser } from "../auth";
import { publicCampaigns } from "../demo-data";
import { expect, test, visit } from "../fixtures";
import { linkIn, waitForMail } from "../mail";

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d] as const),
  );
}

const everyPage = ["/", "/campaigns", "/signin", `/campaigns/${publicCampaigns()[0]!.slug}`, "/no/such/page-security"];

for (const path of everyPage) {
  test(`${path} sends HSTS, no framing, a referrer policy and a permissions policy`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d{8,}; includeSubDomains/);
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["permissions-policy"]).toContain("geolocation=()");
    const policy = directives(headers["content-security-policy"] ?? "");
    expect(policy.get("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(policy.get("default-src")).toBe("default-src 'self'");
    expect(policy.get("object-src")).toBe("object-src 'none'");
    expect(headers["x-powered-by"]).toBeUndefined();
  });
}

test("a page rendered per request gets a fresh nonce, and every script in it carries that nonce", async ({ request }) => {
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.get("/campaigns");
    const policy = response.headers()["content-security-policy"] ?? "";
    const scriptSrc = directives(policy).get("script-src") ?? "";
    expect(scriptSrc).toContain("'strict-dynamic'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    expect(nonce, "a nonce in script-src").toBeTruthy();
    nonces.push(nonce!);

    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, "script tag without this response's nonce").toContain(`nonce="${nonce}"`);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test("a cached campaign page keeps the baseline policy (no nonce can live in a cached page)", async ({ request }) => {
  const path = `/campaigns/${publicCampaigns()[0]!.slug}`;
  await request.get(path);
  const response = await request.get(path);
  const scriptSrc = directives(response.headers()["content-security-policy"] ?? "").get("script-src") ?? "";
  expect(scriptSrc).toBe("script-src 'self' 'unsafe-inline'");
});

test("the session cookie is HttpOnly and SameSite=Lax; no cookie is readable by scripts", async ({ page }) => {
  const organiser = await createUser("organiser");
  await visit(page, "/signin");
  await page.getByLabel("Email address").fill(organiser.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/signin\/check-email/);
  const link = linkIn(await waitForMail(organiser.email), "/api/auth/callback/email");
  await page.goto(link);
  const origin = new URL(link).origin;
  await page.goto(`${origin}/organise`);
  await expect(page).toHaveURL(/\/organise$/);

  const cookies = await page.context().cookies(origin);
  const session = cookies.find((c) => c.name.endsWith("authjs.session-token"));
  expect(session, "a session cookie").toBeDefined();
  // Served over http here, so the cookie cannot be Secure; over https Auth.js names it __Secure-authjs.session-token and sets Secure.
  expect(session).toMatchObject({ name: "authjs.session-token", httpOnly: true, sameSite: "Lax", path: "/", secure: false });
  for (const cookie of cookies) {
    expect(cookie.httpOnly, `${cookie.name} is HttpOnly`).toBe(true);
    expect(["Lax", "Strict"], `${cookie.name} is SameSite`).toContain(cookie.sameSite);
  }
  expect(await page.evaluate(() => document.cookie)).toBe("");
});
