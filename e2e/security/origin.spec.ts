/**
 * State-changing requests from another site, or with no Origin at all, are
 * refused: server actions (server/action.ts; Next itself only compares Origin
 * when it is present) and every non-GET route handler (lib/origin.ts). Each
 * refusal is checked against the same request with our own Origin, which
 * goes through.
 */
import type { APIRequestContext, Browser } from "@playwright/test";
import { e2eSql, randomEmail } from "../auth";
import { publicCampaigns } from "../demo-data";
import { expect, test } from "../fixtures";

const foreignOrigin = "https://evil.example";

async function queuedMailTo(address: string): Promise<number> {
  const [row] = await e2eSql()<{ n: number }[]>`select count(*)::int as n from mail_outbox where to_address = ${address}`;
  return row!.n;
}

interface CapturedPost {
  url: string;
  origin: string | undefined;
  contentType: string;
  body: Buffer;
}

/** The sign-in form's real POST (JavaScript off: a plain multipart form post), captured from the browser. */
async function capturedSignInPost(browser: Browser, baseURL: string, email: string): Promise<CapturedPost> {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  const posted = page.waitForRequest((r) => r.method() === "POST");
  // Aborted, so the browser's own post never reaches the server: only the replays below do.
  await page.route("**/signin", (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const request = await posted;
  const headers = await request.allHeaders();
  const captured = { url: request.url(), origin: headers["origin"], contentType: headers["content-type"]!, body: request.postDataBuffer()! };
  await context.close();
  return captured;
}

async function replay(api: APIRequestContext, post: CapturedPost, origin: string | null) {
  const headers: Record<string, string> = { "content-type": post.contentType };
  if (origin) headers.origin = origin;
  return api.post(post.url, { headers, data: post.body, maxRedirects: 0 });
}

test("a server action posted without an Origin or from another site does nothing; from our own page it runs", async ({ browser, baseURL, request }) => {
  const email = randomEmail("origin");
  const post = await capturedSignInPost(browser, baseURL!, email);
  expect(post.origin, "browsers send Origin on form posts").toBe(new URL(baseURL!).origin);

  const withoutOrigin = await replay(request, post, null);
  expect(await withoutOrigin.text()).toContain("This form was sent from another site, so it was not accepted.");
  const fromElsewhere = await replay(request, post, foreignOrigin);
  expect(fromElsewhere.status()).not.toBe(303);
  expect(await queuedMailTo(email)).toBe(0);

  const fromUs = await replay(request, post, new URL(baseURL!).origin);
  expect(fromUs.status()).toBeLessThan(400);
  await expect.poll(() => queuedMailTo(email)).toBe(1);
});

test("the post-it PDF handler refuses a missing or foreign Origin", async ({ request, baseURL }) => {
  const campaign = publicCampaigns().find((c) => c.status === "published" && c.actionKinds.includes("letter"))!;
  const url = `/campaigns/${campaign.slug}/post-it/pdf`;
  const form = { name: "Ada", targetId: "not-a-target" };
  for (const origin of [undefined, foreignOrigin, "null"]) {
    const response = await request.post(url, { form, headers: origin ? { origin } : {}, maxRedirects: 0 });
    expect(response.status(), `Origin ${origin ?? "(none)"}`).toBe(403);
  }
  // Our own Origin gets past the check: the bad target sends the form back with the field named.
  const ours = await request.post(url, { form, headers: { origin: new URL(baseURL!).origin }, maxRedirects: 0 });
  expect(ours.status()).toBe(303);
  expect(ours.headers()["location"]).toContain("pdfError=targetId");
});

test("Auth.js posts (sign-in, sign-out) refuse a missing or foreign Origin before their own CSRF check", async ({ request, baseURL }) => {
  for (const path of ["/api/auth/signout", "/api/auth/signin/email"]) {
    for (const origin of [undefined, foreignOrigin]) {
      const response = await request.post(path, { form: { csrfToken: "x" }, headers: origin ? { origin } : {}, maxRedirects: 0 });
      expect(response.status(), `${path} with Origin ${origin ?? "(none)"}`).toBe(403);
    }
    const ours = await request.post(path, { form: { csrfToken: "x" }, headers: { origin: new URL(baseURL!).origin }, maxRedirects: 0 });
    expect(ours.status(), `${path} from our own origin reaches Auth.js`).not.toBe(403);
  }
});
