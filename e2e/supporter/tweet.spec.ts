import type { Page } from "@playwright/test";
import { e2eSql } from "../auth";
import { expect, test, visit } from "../fixtures";
import { actionsSince, campaignFor, databaseNow, sha256 } from "./channels";

const campaign = campaignFor("tweet");

// Both tests click the same prepared tweet and count the rows recorded since they started:
// run them one after the other so neither sees the other's row.
test.describe.configure({ mode: "serial" });

/** Stops any navigation to X and remembers where it went: the test never loads a third-party page. */
async function catchXIntent(page: Page): Promise<() => string | null> {
  let intent: string | null = null;
  await page.route(/^https:\/\/(x|twitter)\.com\//, async (route) => {
    intent = route.request().url();
    await route.abort();
  });
  return () => intent;
}

/**
 * Without JavaScript the form POST itself is answered with a 303 to X. Playwright never routes the
 * next hop of a redirect (it continues it unrouted), so catchXIntent's route cannot see it: the
 * POST's own redirect response names where it sends the browser.
 */
function redirectToX(page: Page): () => string | null {
  let intent: string | null = null;
  page.on("response", (response) => {
    const location = response.status() === 303 ? response.headers()["location"] : undefined;
    if (location && /^https:\/\/(x|twitter)\.com\//.test(location)) intent ??= location;
  });
  return () => intent;
}

async function clickFirstTweet(page: Page) {
  await visit(page, `/campaigns/${campaign.slug}/tweet`);
  const text = (await page.locator("main blockquote").first().innerText()).trim();
  expect(text.length).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Post on X" }).first().click();
  return text;
}

async function expectRecordedAndRedirected(page: Page, since: Date, text: string, intent: () => string | null) {
  await expect.poll(intent, { message: "the POST redirects to X's web intent" }).not.toBeNull();
  const url = new URL(intent()!);
  expect(url.origin + url.pathname).toBe("https://x.com/intent/post");
  expect(url.searchParams.get("text")).toBe(text);
  await expect
    .poll(async () => (await actionsSince(campaign.slug, since)).filter((a) => a.kind === "tweet" && a.text_hash === sha256(text)))
    .toEqual([expect.objectContaining({ status: "confirmed", self_reported: false, name_ciphertext: null })]);
}

test.describe("tweeting", () => {
  test("the page shows prepared tweets within X's limit and loads nothing from other hosts", async ({ page, axe, baseURL }) => {
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(baseURL!)) foreign.push(request.url());
    });
    await visit(page, `/campaigns/${campaign.slug}/tweet`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(/of 280 characters/).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Post on Bluesky" }).first()).toBeVisible();
    await expect(page.getByLabel("Your Mastodon server").first()).toBeVisible();
    await axe();
    expect(foreign).toEqual([]);
  });

  test("a click on Post on X is recorded, then goes to X's web intent", async ({ page }) => {
    const intent = await catchXIntent(page);
    const since = await databaseNow();
    const text = await clickFirstTweet(page);
    await expectRecordedAndRedirected(page, since, text, intent);
  });

  test("a post on Mastodon is counted like one on X, then goes to the supporter's own server", async ({ page }) => {
    await postOnMastodon(page);
  });
});

test.describe("tweeting without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form POST is recorded and answered with a redirect to X", async ({ page }) => {
    await catchXIntent(page);
    const intent = redirectToX(page);
    const since = await databaseNow();
    const text = await clickFirstTweet(page);
    await expectRecordedAndRedirected(page, since, text, intent);
  });

  test("a post on Mastodon is counted like one on X, then goes to the supporter's own server", async ({ page }) => {
    await postOnMastodon(page);
  });
});

/** Stops the navigation to the Mastodon server and remembers where it went. */
async function catchMastodonShare(page: Page): Promise<() => string | null> {
  let share: string | null = null;
  await page.route(/^https:\/\/mastodon\.example\//, async (route) => {
    share = route.request().url();
    await route.abort();
  });
  return () => share;
}

/** The actions recorded with one form's idempotency key: robust against other specs tweeting on the same campaign at the same time. */
async function recordedWithKey(key: string) {
  return e2eSql()<{ kind: string; status: string; self_reported: boolean; text_hash: string | null }[]>`
    select kind::text, status::text, self_reported, text_hash from actions where idempotency_key = ${key}`;
}

async function postOnMastodon(page: Page) {
  const share = await catchMastodonShare(page);
  await visit(page, `/campaigns/${campaign.slug}/tweet`);
  const text = (await page.locator("main blockquote").first().innerText()).trim();
  const form = page.locator("form").filter({ has: page.getByLabel("Your Mastodon server") }).first();
  const server = form.getByLabel("Your Mastodon server");

  // A name that is not a server is answered next to the field, and nothing is counted.
  const refusedKey = await form.locator('input[name="idempotencyKey"]').inputValue();
  await server.fill("not a server");
  await form.getByRole("button", { name: "Post on Mastodon" }).click();
  await expect(page.locator("#tweet-0-mastodon-error")).toContainText("Type your Mastodon server");
  await expect(server).toHaveAttribute("aria-invalid", "true");
  expect(await recordedWithKey(refusedKey)).toEqual([]);

  const key = await form.locator('input[name="idempotencyKey"]').inputValue();
  await server.fill("@someone@Mastodon.example");
  await form.getByRole("button", { name: "Post on Mastodon" }).click();
  await expect.poll(share, { message: "the POST redirects to the server's share page" }).not.toBeNull();
  const url = new URL(share()!);
  expect(url.origin + url.pathname).toBe("https://mastodon.example/share");
  expect(url.searchParams.get("text")).toBe(text);
  // Counted as X and Bluesky posts are: a confirmed tweet of this text, no personal data.
  expect(await recordedWithKey(key)).toEqual([{ kind: "tweet", status: "confirmed", self_reported: false, text_hash: sha256(text) }]);
}
