/**
 * The hostile corpus through the organisers' campaign and defender forms and
 * the sign-in form: stored as typed, shown as text (markdown without raw
 * HTML, images or javascript: links) on the organiser and public pages.
 */
import type { Page } from "@playwright/test";
import { createUser, e2eSql, signInAs } from "../auth";
import { expect, test, visit } from "../fixtures";
import { uniqueId } from "../nojs/support";
import { hostileCases, hostileEmails, shortCases } from "./corpus";
import { dropLengthLimits, expectedError, fillAndRead, normalised } from "./forms";
import { watchContext } from "./watch";

/** Everything that can be written into a story, one paragraph per case. */
const hostileStory = hostileCases
  .filter((c) => (c.expect ?? "accept") === "accept" && c.value.length < 1_000)
  .map((c) => `${c.id}: ${c.value}`)
  .join("\n\n");

/** A page shows no link or embed that could run script, and no image from anywhere. */
async function expectNoActiveContent(page: Page) {
  const main = page.locator("main");
  await expect(main.locator('a[href^="javascript:" i], a[href^="data:" i], a[href^="vbscript:" i]')).toHaveCount(0);
  await expect(main.locator("script:not([src]):not([type='application/ld+json'])").filter({ hasText: "__xss" })).toHaveCount(0);
  await expect(main.locator("iframe, object, embed, svg[onload], img[onerror]")).toHaveCount(0);
  await expect(main.locator("[onerror], [onload], [onclick]")).toHaveCount(0);
}

test("a campaign with a hostile title, summary and story is stored as typed and shown as text everywhere", async ({ page, context, baseURL, browser }) => {
  test.setTimeout(120_000);
  const watch = await watchContext(context, baseURL!);
  await signInAs(context, await createUser("organiser"), baseURL!);
  const slug = `hostile-${uniqueId()}`;
  const title = `<script>window.__xss=1</script> "Free" ${uniqueId()} 👩‍👩‍👧‍👦 \u202Eevil`;
  const summary = `=HYPERLINK("https://evil.example") <img src=x onerror="window.__xss=1"> '; DROP TABLE campaigns; --`;

  await visit(page, "/organise/campaigns/new");
  await dropLengthLimits(page);
  await page.getByLabel("Title", { exact: true }).fill("T".repeat(100 * 1024));
  await page.getByLabel("Web address").fill("<script>");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.locator("#field-title-error")).toHaveText(expectedError.tooLong(200));
  await expect(page.locator("#field-slug-error")).toContainText("lower-case letters");
  await expect(page.locator("#field-summary-error")).toHaveText(expectedError.required);

  const typedTitle = await fillAndRead(page.getByLabel("Title", { exact: true }), title);
  await page.getByLabel("Web address").fill(slug);
  const typedSummary = await fillAndRead(page.getByLabel("Summary"), summary);
  const typedStory = await fillAndRead(page.getByLabel("Story"), hostileStory);
  await page.getByLabel("Write a letter").check();
  // Hashtags with markup are refused next to their field.
  await page.getByLabel("Hashtags").fill("#ok #<script> #DROP;TABLE");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.locator("#field-hashtags-error")).toBeVisible();
  await page.getByLabel("Hashtags").fill("#FreeThem");
  await page.getByRole("button", { name: "Preview story" }).click();
  const preview = page.getByRole("region", { name: "Story preview" });
  await expect(preview).toContainText("md-heading-hr");
  await expectNoActiveContent(page);
  await watch.verify(page);

  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/organise\/campaigns\/[0-9a-f-]{36}\?created=1$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const [row] = await e2eSql()<{ title: string; summary: string; story_markdown: string }[]>`
    select title, summary, story_markdown from campaigns where id = ${id}`;
  expect(normalised(row!.title)).toBe(normalised(typedTitle));
  expect(normalised(row!.summary)).toBe(normalised(typedSummary));
  expect(normalised(row!.story_markdown)).toBe(normalised(typedStory));
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(typedTitle.trim());
  await expectNoActiveContent(page);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Status changed to in review" })).toBeVisible();
  await watch.verify(page);

  // An admin publishes it; the public page shows the title as text and the story without active content.
  const adminContext = await browser.newContext({ baseURL });
  const adminWatch = await watchContext(adminContext, baseURL!);
  await signInAs(adminContext, await createUser("admin"), baseURL!);
  const adminPage = await adminContext.newPage();
  // Publishing out of review is the moderation decision (ADR 0015); the review page shows the hostile text as text too.
  await visit(adminPage, `/admin/moderation/campaign/${id}`);
  await expectNoActiveContent(adminPage);
  await adminPage.getByRole("button", { name: "Approve" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "1 item decided" })).toBeVisible();
  await adminWatch.verify(adminPage);
  await adminContext.close();

  await visit(page, `/campaigns/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>window.__xss=1</script>");
  await expectNoActiveContent(page);
  await expect(page.locator("main")).toContainText("sql-drop: '; DROP TABLE actions; --");
  await visit(page, "/campaigns");
  await watch.verify(page);
});

test("a defender profile with hostile fields is stored as typed and shown as text", async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  const watch = await watchContext(context, baseURL!);
  await signInAs(context, await createUser("organiser"), baseURL!);
  for (const hostile of shortCases(150).slice(0, 12)) {
    await test.step(hostile.id, async () => {
      const slug = `hostile-defender-${uniqueId()}`;
      await visit(page, "/organise/defenders/new");
      const name = await fillAndRead(page.getByLabel("Name", { exact: true }), hostile.value);
      await page.getByLabel("Country").fill("CN");
      await page.getByLabel("Web address").fill(slug);
      const summary = await fillAndRead(page.getByLabel("Summary"), hostile.value);
      await page.getByRole("button", { name: "Create profile" }).click();
      await expect(page).toHaveURL(/\/organise\/defenders\/[0-9a-f-]{36}\?created=1$/);
      const [row] = await e2eSql()<{ name: string; summary: string }[]>`select name, summary from defenders where slug = ${slug}`;
      expect(normalised(row!.name)).toBe(normalised(name));
      expect(normalised(row!.summary)).toBe(normalised(summary));
      await expectNoActiveContent(page);
      await visit(page, "/organise/defenders");
      await expect(page.locator("main")).toContainText(normalised(name).slice(0, 20));
      await watch.verify(page);
    });
  }
  await visit(page, "/organise/defenders/new");
  await dropLengthLimits(page);
  await page.getByLabel("Name", { exact: true }).fill("N".repeat(100 * 1024));
  await page.getByLabel("Story").fill("S".repeat(60_000));
  await page.getByRole("button", { name: "Create profile" }).click();
  await expect(page.locator("#field-name-error")).toHaveText(expectedError.tooLong(200));
  await watch.verify(page);
});

test("hostile addresses on the sign-in form are refused next to the field", async ({ page, context, baseURL }) => {
  test.slow(); // a dozen posts of up to 100 KB, one after another
  const watch = await watchContext(context, baseURL!);
  for (const email of hostileEmails) {
    await visit(page, "/signin");
    await dropLengthLimits(page);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.locator("#field-email-error")).toHaveText(
      email.trim().length > 254 ? expectedError.tooLong(254) : "Enter an email address like name@example.org.",
    );
    await expect(page).toHaveURL(/\/signin$/);
    await watch.verify(page);
  }
  const [row] = await e2eSql()<{ n: number }[]>`
    select count(*)::int as n from users where email like '%script%' or email like '%drop table%' or email like '%bcc:%'`;
  expect(row!.n).toBe(0);
});
