/**
 * Campaign authoring: create with errors shown next to the fields, preview the
 * story, edit, submit for review; an admin publishes; a content edit sends the
 * live campaign back to review and off the public site.
 */
import { randomBytes } from "node:crypto";
import { e2eSql } from "../auth";
import { expect, test, visit } from "../fixtures";

test("an organiser creates, previews and submits a campaign; an admin publishes it", async ({ page, loginAs, axe, browser, baseURL }) => {
  test.slow();
  const organiser = await loginAs("organiser");
  const slug = `authored-${randomBytes(4).toString("hex")}`;

  await visit(page, "/organise/campaigns/new");
  await axe();
  await page.getByLabel("Web address").fill("Not A Slug!");
  await page.getByRole("button", { name: "Create draft" }).click();
  const title = page.getByLabel("Title", { exact: true });
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-title-error")).toHaveText("This field is required.");
  await expect(page.locator("#field-slug-error")).toContainText("lower-case letters");
  await expect(page.getByRole("alert").first()).toContainText("Please correct");

  await title.fill("Free the authored defender");
  await page.getByLabel("Web address").fill(slug);
  await page.getByLabel("Summary").fill("Detained for defending others.");
  await page.getByLabel("Story").fill("She was **arrested** at dawn.");
  await page.getByLabel("Write a letter").check();
  await page.getByRole("button", { name: "Preview story" }).click();
  await expect(page.getByRole("region", { name: "Story preview" }).locator("strong")).toHaveText("arrested");

  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/organise\/campaigns\/[0-9a-f-]{36}\?created=1$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("status").filter({ hasText: "Campaign created as a draft" })).toBeVisible();
  await axe();

  await page.getByLabel("Goal (number of actions)").fill("250");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Status changed to in review" })).toBeVisible();

  const sql = e2eSql();
  const [row] = await sql<{ status: string; goal: number }[]>`select status, goal from campaigns where id = ${id}`;
  expect(row).toEqual({ status: "in_review", goal: 250 });
  await visit(page, "/organise");
  await expect(page.getByRole("row", { name: /Free the authored defender/ })).toContainText("In review");
  await visit(page, `/campaigns/${slug}`, 404);

  // An admin publishes it.
  const adminContext = await browser.newContext({ baseURL });
  const adminPage = await adminContext.newPage();
  const { createUser, signInAs } = await import("../auth");
  await signInAs(adminContext, await createUser("admin"), baseURL!);
  // The organiser page offers no Publish button: the moderation decision is the one door (ADR 0015).
  await visit(adminPage, `/organise/campaigns/${id}`);
  await expect(adminPage.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await visit(adminPage, `/admin/moderation/campaign/${id}`);
  await adminPage.getByRole("button", { name: "Approve" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "1 item decided" })).toBeVisible();
  await adminContext.close();
  await visit(page, `/campaigns/${slug}`);

  // Housekeeping stays live; a new story sends it back to review and off the site.
  await visit(page, `/organise/campaigns/${id}`);
  await expect(page.getByText("This campaign is public.")).toBeVisible();
  await page.getByLabel("Story").fill("A rewritten story.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "went back to review" })).toBeVisible();
  await visit(page, `/campaigns/${slug}`, 404);

  const changes = await sql<{ to_status: string; changed_by: string }[]>`
    select to_status, changed_by from campaign_status_changes where campaign_id = ${id} order by changed_at`;
  expect(changes.map((c) => c.to_status)).toEqual(["draft", "in_review", "published", "in_review"]);
  expect(changes[1]!.changed_by).toBe(organiser.id);
  const audit = await sql<{ action: string }[]>`select action from audit_log where entity_id = ${id} order by id`;
  // Publishing is the moderation approval (one door, one record): its audit entry is the decision.
  expect(audit.map((a) => a.action)).toEqual(["campaign.create", "campaign.edit", "campaign.status", "moderation.decide", "campaign.edit.review"]);
});

test("the campaign form works without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const { createUser, signInAs } = await import("../auth");
  await signInAs(context, await createUser("organiser"), baseURL!);
  const page = await context.newPage();
  await visit(page, "/organise/campaigns/new");
  await page.getByLabel("Title", { exact: true }).fill("No-JS campaign");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.locator("#field-summary-error")).toHaveText("This field is required.");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("No-JS campaign");
  await page.getByLabel("Web address").fill(`nojs-${randomBytes(4).toString("hex")}`);
  await page.getByLabel("Summary").fill("Made without JavaScript.");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/organise\/campaigns\/[0-9a-f-]{36}\?created=1$/);
  await context.close();
});
