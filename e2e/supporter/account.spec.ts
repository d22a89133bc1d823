/**
 * A supporter's /account: their actions, downloading their data, and deleting
 * it behind a confirm step (the rows stay, anonymous, so counts do not drop).
 */
import { readFileSync } from "node:fs";
import { randomBytes, randomUUID } from "node:crypto";
import { encrypt, keyedHash } from "../../lib/crypto";
import { canonicalEmail } from "../../lib/email/canonical";
import { e2eSql, randomEmail } from "../auth";
import { expect, test, visit } from "../fixtures";

async function campaignWithActionBy(email: string): Promise<{ title: string; actionId: number; campaignId: string }> {
  const sql = e2eSql();
  const suffix = randomBytes(4).toString("hex");
  const title = `Account e2e ${suffix}`;
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, title, summary, status, published_at, action_kinds)
    values (${`e2e-account-${suffix}`}, ${title}, 'Made by an e2e test.', 'published', now(), '{letter}')
    returning id`;
  const [action] = await sql<{ id: number }[]>`
    insert into actions (campaign_id, kind, status, wants_updates, email_hash, email_ciphertext, name_ciphertext,
      city_ciphertext, country, personal_text_ciphertext, idempotency_key, confirmed_at)
    values (${campaign!.id}, 'letter', 'confirmed', true, ${keyedHash("email", canonicalEmail(email))}, ${encrypt(email)},
      ${encrypt("Ada Lovelace")}, ${encrypt("London")}, 'GB', ${encrypt("Please free him.")}, ${randomUUID()}, now())
    returning id`;
  return { title, actionId: action!.id, campaignId: campaign!.id };
}

test("a supporter sees their actions, downloads their data and deletes it", async ({ page, loginAs, axe }) => {
  const me = await loginAs("supporter");
  const { title, actionId, campaignId } = await campaignWithActionBy(me.email);
  const stranger = randomEmail("stranger");
  await campaignWithActionBy(stranger);

  await visit(page, "/account");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await axe();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^inkwell-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(exported.account.email).toBe(me.email);
  expect(exported.actions).toEqual([expect.objectContaining({ campaign: title, email: me.email, name: "Ada Lovelace", city: "London", personalText: "Please free him." })]);
  expect(JSON.stringify(exported)).not.toContain(stranger);

  await page.getByRole("link", { name: "Delete my data" }).click();
  await expect(page.getByRole("heading", { name: "Delete your data" })).toBeVisible();
  await axe();
  await page.getByRole("button", { name: "Erase my data and delete my account" }).click();
  await expect(page.locator("#field-confirm-error")).toContainText("Tick this box to confirm.");
  await expect(page.getByLabel(/I understand/)).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel(/I understand/).check();
  await page.getByRole("button", { name: "Erase my data and delete my account" }).click();
  await expect(page).toHaveURL(/\/account\/deleted$/);
  await expect(page.getByRole("heading", { name: "Your data is deleted" })).toBeVisible();

  const sql = e2eSql();
  const [user] = await sql<{ n: number }[]>`select count(*)::int as n from users where id = ${me.id}`;
  expect(user?.n).toBe(0);
  const [row] = await sql`select status, country, user_id, email_ciphertext, name_ciphertext, city, personal_text,
      city_ciphertext, personal_text_ciphertext, email_hash
    from actions where id = ${actionId}`;
  expect(row).toMatchObject({
    status: "confirmed",
    country: "GB",
    user_id: null,
    email_ciphertext: null,
    name_ciphertext: null,
    city: null,
    personal_text: null,
    city_ciphertext: null,
    personal_text_ciphertext: null,
  });
  expect(row!.email_hash).toMatch(/^erased:/);
  const [kept] = await sql<{ n: number }[]>`select count(*)::int as n from actions where campaign_id = ${campaignId}`;
  expect(kept?.n).toBe(1);

  // The old session no longer works.
  const response = await page.goto("/account");
  expect(new URL(response!.url()).pathname).toBe("/signin");
});

test("anonymous visitors are sent to sign in, and get no export", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin/);
  const response = await page.request.get("/account/export.json", { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers()["location"]).toMatch(/\/signin$/);
});
