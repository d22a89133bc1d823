/**
 * The supporters' journeys and an organiser form with JavaScript switched off:
 * plain form posts to server actions, answered with a page or a redirect.
 */
import type { BrowserContext, Page } from "@playwright/test";
import { createUser, e2eSql, signInAs } from "../auth";
import { expect, test, visit } from "../fixtures";
import { linkIn, waitForMail } from "../mail";
import { actionIdsWithText } from "../sealed";
import { actionsSince, campaignFor, databaseNow } from "../supporter/channels";
import { isolatedContext, uniqueId } from "./support";

test.describe.configure({ mode: "parallel" });

let context: BrowserContext;
let page: Page;

test.beforeEach(async ({ browser, baseURL }) => {
  context = await isolatedContext(browser, baseURL!, { javaScriptEnabled: false });
  page = await context.newPage();
});

test.afterEach(async () => {
  await context.close();
});

test("sign a letter, confirm it from the email (GET shows a button, POST confirms), reach the thanks page", async () => {
  test.setTimeout(60_000);
  const campaign = campaignFor("letter", { highRisk: false });
  const id = uniqueId();
  const email = `nojs-${id}@example.org`;
  const paragraph = `Written without JavaScript (${id}).`;
  const stored = async () =>
    e2eSql()<{ status: string; pow_verified: boolean }[]>`
      select status, pow_verified from actions where id in ${e2eSql()([0, ...(await actionIdsWithText(paragraph))])}`;

  await visit(page, `/campaigns/${campaign.slug}/letter?country=CA`);
  await page.getByLabel("Your own paragraph (optional)").fill(paragraph);
  await page.getByLabel("Your name").fill("Sam No-Script");
  await page.getByLabel("Your email address").fill(email);
  await page.getByLabel("Send me news about this campaign").check();
  await page.getByRole("button", { name: "Sign the letter" }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${campaign.slug}/letter/sent$`));
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  expect(await stored()).toEqual([{ status: "pending", pow_verified: false }]);

  const link = linkIn(await waitForMail(email, { subject: /Confirm your letter/ }), "/confirm/");
  await visit(page, new URL(link).pathname);
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your action" })).toBeVisible();
  expect((await stored())[0]?.status, "a GET of the link confirms nothing").toBe("pending");
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${campaign.slug}/thanks\\?kind=letter$`));
  await expect(page.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
  expect((await stored())[0]?.status).toBe("confirmed");
});

test("tweet: the form POST is recorded and answered with a redirect to X's web intent, not followed", async ({ baseURL }) => {
  const campaign = campaignFor("tweet");
  const redirects: { status: number; location: string | null }[] = [];
  page.on("response", (response) => {
    if (response.request().method() === "POST" && response.url().startsWith(baseURL!)) {
      redirects.push({ status: response.status(), location: response.headers()["location"] ?? null });
    }
  });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const since = await databaseNow();
  await visit(page, `/campaigns/${campaign.slug}/tweet`);
  const text = (await page.locator("main blockquote").first().innerText()).trim();
  await page.getByRole("button", { name: "Post on X" }).first().click();

  await expect.poll(() => redirects.length).toBe(1);
  expect(redirects[0]!.status).toBe(303);
  const location = new URL(redirects[0]!.location!);
  expect(location.origin + location.pathname).toBe("https://x.com/intent/post");
  expect(location.searchParams.get("text")).toBe(text);
  const recorded = (await actionsSince(campaign.slug, since)).filter((a) => a.kind === "tweet");
  expect(recorded.length).toBeGreaterThanOrEqual(1);
  expect(recorded[0]).toMatchObject({ status: "confirmed", self_reported: false, name_ciphertext: null });
});

test("solidarity message: sent, stored pending, answered on the page", async () => {
  const campaign = campaignFor("solidarity", { highRisk: false });
  const since = await databaseNow();
  const message = `Thinking of you, without JavaScript. ${uniqueId()}`;
  await visit(page, `/campaigns/${campaign.slug}/solidarity`);
  await page.getByLabel("Your name").fill("Kim No-Script");
  await page.getByLabel("Your message", { exact: true }).fill(message);
  await page.getByRole("button", { name: "Send my message" }).click();
  await expect(page.getByText("Your message will appear once a moderator has read it.")).toBeVisible();
  const stored = (await actionsSince(campaign.slug, since)).filter((a) => a.personal_text === message);
  expect(stored).toEqual([expect.objectContaining({ kind: "solidarity", status: "pending", public_name: "Kim No-Script" })]);
});

test("solidarity message: a missing message comes back next to the field, with the name kept", async () => {
  const campaign = campaignFor("solidarity", { highRisk: false });
  await visit(page, `/campaigns/${campaign.slug}/solidarity`);
  await page.getByLabel("Your name").fill("Kim No-Script");
  await page.getByRole("button", { name: "Send my message" }).click();
  await expect(page.locator("#field-message-error")).toHaveText("This field is required.");
  await expect(page.getByLabel("Your message", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Your name")).toHaveValue("Kim No-Script");
});

test("email: 'I sent the email' is recorded without JavaScript", async () => {
  const campaign = campaignFor("email");
  const since = await databaseNow();
  await visit(page, `/campaigns/${campaign.slug}/email?country=CA`);
  const form = page.locator("form", { has: page.getByRole("button", { name: "I sent the email" }) }).first();
  await form.getByLabel("Your name").fill("Lee No-Script");
  await form.getByRole("button", { name: "I sent the email" }).click();
  await expect(page.getByText("Thank you for sending your email.").first()).toBeVisible();
  const recorded = (await actionsSince(campaign.slug, since)).filter((a) => a.kind === "email" && a.self_reported);
  expect(recorded.length).toBeGreaterThanOrEqual(1);
});

test("organiser: a defender profile is created without JavaScript, errors first", async ({ baseURL }) => {
  await signInAs(context, await createUser("organiser"), baseURL!);
  const slug = `nojs-defender-${uniqueId()}`;
  await visit(page, "/organise/defenders/new");
  await page.getByLabel("Name", { exact: true }).fill("Nour No-Script");
  await page.getByRole("button", { name: "Create profile" }).click();
  await expect(page.locator("#field-slug-error")).toHaveText("This field is required.");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Nour No-Script");
  await page.getByLabel("Country").fill("EG");
  await page.getByLabel("Web address").fill(slug);
  await page.getByLabel("Summary").fill("Profile written with JavaScript off.");
  await page.getByRole("button", { name: "Create profile" }).click();
  await expect(page).toHaveURL(/\/organise\/defenders\/[0-9a-f-]{36}\?created=1$/);
  const [row] = await e2eSql()<{ name: string }[]>`select name from defenders where slug = ${slug}`;
  expect(row).toEqual({ name: "Nour No-Script" });
});
