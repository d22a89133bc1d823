/**
 * The defender's name in the texts the public action pages prepare, on a
 * campaign an organiser has just created (issue 11: every new campaign read
 * "Free  now!" because getCampaignForAction's subquery compared the campaign's
 * defenders with themselves; the seed's campaigns happened to work).
 */
import { randomBytes } from "node:crypto";
import { e2eSql } from "../auth";
import { expect, test, visit } from "../fixtures";

test("a new campaign's tweet and letter name its defender", async ({ page, loginAs }) => {
  const organiser = await loginAs("organiser");
  const sql = e2eSql();
  const suffix = randomBytes(4).toString("hex");
  const defenderName = `Named Defender ${suffix}`;
  const [defender] = await sql<{ id: string }[]>`
    insert into defenders (slug, name, country, status, summary, consent_status, created_by)
    values (${`named-defender-${suffix}`}, ${defenderName}, 'CN', 'detained', 'Made by an e2e test.', 'given', ${organiser.id})
    returning id`;
  await sql`insert into defender_organisers (defender_id, user_id, added_by) values (${defender!.id}, ${organiser.id}, ${organiser.id})`;

  // The organiser creates the campaign through the form, naming the defender.
  const slug = `named-${suffix}`;
  await visit(page, "/organise/campaigns/new");
  await page.getByLabel("Title", { exact: true }).fill(`Free them ${suffix}`);
  await page.getByLabel("Web address").fill(slug);
  await page.getByLabel("Summary").fill("Detained for defending others.");
  await page.getByLabel("Write a letter").check();
  await page.getByLabel("Post on X or Bluesky").check();
  await page.getByLabel(`${defenderName} (CN)`).check();
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/organise\/campaigns\/[0-9a-f-]{36}\?created=1$/);
  const campaignId = new URL(page.url()).pathname.split("/").pop()!;

  // Texts, a target and publication straight in the database: only the public pages are under test.
  const [target] = await sql<{ id: string }[]>`
    insert into targets (kind, honorific, name, represented_state, host_country) values ('official', 'Minister', ${`Named Minister ${suffix}`}, 'CN', 'CN') returning id`;
  await sql`insert into campaign_targets (campaign_id, rule, target_id) values (${campaignId}, 'fixed', ${target!.id})`;
  await sql`insert into templates (campaign_id, kind, language, body) values
    (${campaignId}, 'letter', 'en', 'Dear {target.name}, please release {defender.name}.'),
    (${campaignId}, 'tweet', 'en', 'Free {defender.name} now!')`;
  await sql`update campaigns set status = 'published', published_at = now() where id = ${campaignId}`;

  await visit(page, `/campaigns/${slug}/tweet`);
  await expect(page.locator("blockquote").first()).toContainText(`Free ${defenderName} now!`);

  await visit(page, `/campaigns/${slug}/letter`);
  await expect(page.getByRole("article").filter({ hasText: "please release" }).first()).toContainText(`please release ${defenderName}.`);
});
