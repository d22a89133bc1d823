/**
 * Another organiser and a supporter cannot open or change my campaign (404 for
 * pages, refusal for actions); anonymous visitors are sent to sign-in.
 */
import { createUser, e2eSql } from "../auth";
import { expect, test, visit } from "../fixtures";
import { campaignOrganisedBy } from "../organiser/organise-data";

const sections = ["", "/team"];

test("anonymous visitors are sent to sign-in from the organiser area", async ({ page }) => {
  await page.goto("/organise/campaigns/new");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Forganise%2Fcampaigns%2Fnew$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await page.goto("/organise");
  await expect(page).toHaveURL(/\/signin/);
});

test("another organiser gets 404 on my campaign's pages and cannot change it", async ({ page, loginAs }) => {
  test.slow();
  const owner = await createUser("organiser");
  const mine = await campaignOrganisedBy(owner);
  const other = await loginAs("organiser");

  for (const section of sections) await visit(page, `/organise/campaigns/${mine.id}${section}`, 404);
  await visit(page, `/organise/defenders/${mine.defenderId}`, 404);
  await visit(page, "/organise");
  await expect(page.getByText(mine.title)).toHaveCount(0);

  // Their own campaign's lifecycle form, pointed at mine: the action refuses.
  const theirs = await campaignOrganisedBy(other);
  const sql = e2eSql();
  await visit(page, `/organise/campaigns/${theirs.id}`);
  await page.locator('form:has(button:text("Submit for review")) input[name="campaignId"]').evaluate((input, id) => {
    (input as HTMLInputElement).value = id;
  }, mine.id);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "doesn’t exist or you can’t change it" })).toBeVisible();
  const [row] = await sql<{ status: string }[]>`select status from campaigns where id = ${mine.id}`;
  expect(row!.status).toBe("draft");

  // The same with the edit form: nothing is saved.
  await page.locator('form:has(input[name="title"]) input[name="campaignId"]').evaluate((input, id) => {
    (input as HTMLInputElement).value = id;
  }, mine.id);
  await page.getByLabel("Title", { exact: true }).fill("Hijacked");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "doesn’t exist or you can’t edit it" })).toBeVisible();
  const [after] = await sql<{ title: string }[]>`select title from campaigns where id = ${mine.id}`;
  expect(after!.title).toBe(mine.title);
});

test("a supporter gets 404 on the organiser pages", async ({ page, loginAs }) => {
  const mine = await campaignOrganisedBy(await createUser("organiser"));
  await loginAs("supporter");
  await visit(page, "/organise", 404);
  await visit(page, "/organise/campaigns/new", 404);
  await visit(page, "/organise/defenders", 404);
  for (const section of sections) await visit(page, `/organise/campaigns/${mine.id}${section}`, 404);
});
