/**
 * Translated content: an organiser writes a French version of their public
 * campaign beside the original; it goes back to review like any edit of its
 * words, and once an admin publishes it again /fr/campaigns/<slug> shows it,
 * while /es/campaigns/<slug> shows the original, marked as English, with the
 * "not yet translated" note. An update's version shows at once (saving
 * refreshes the cached page). A defender profile's version is saved without
 * JavaScript. Other organisers get 404.
 */
import { randomBytes } from "node:crypto";
import { createUser, e2eSql, signInAs } from "../auth";
import { expect, test, visit } from "../fixtures";
import { isolatedContext } from "../nojs/support";
import { campaignOrganisedBy } from "./organise-data";

test("an organiser adds a French version: /fr shows it, /es shows the original with the note", async ({ page, loginAs, axe, browser, baseURL }) => {
  test.slow();
  const organiser = await loginAs("organiser");
  const campaign = await campaignOrganisedBy(organiser, "published");
  const suffix = randomBytes(3).toString("hex");
  const [update] = await e2eSql()<{ id: string }[]>`
    insert into campaign_updates (campaign_id, kind, title, body, occurred_on)
    values (${campaign.id}, 'hearing', ${`Hearing set ${suffix}`}, 'The court sits in public.', '2026-02-03') returning id`;

  // Before: the French page is the English original, marked and explained (and now cached).
  await visit(page, `/fr/campaigns/${campaign.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(campaign.title);
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");

  // The Translations tab: the original (read-only, in English) beside the French form.
  await visit(page, `/organise/campaigns/${campaign.id}`);
  await page.getByRole("navigation", { name: "Campaign sections" }).getByRole("link", { name: "Translations" }).click();
  await page.getByRole("link", { name: "French: not yet translated" }).click();
  await expect(page).toHaveURL(/\/translations\?lang=fr$/);
  await expect(page.getByRole("heading", { name: "Original, in English" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Original, in English" })).toContainText(campaign.title);
  await expect(page.locator("main")).toContainText("This campaign is public. Saving a version sends it back to review");
  await axe();

  const version = page.locator("form").filter({ has: page.locator("#version-fr-title") });
  await expect(version.locator("#version-fr-title")).toHaveAttribute("lang", "fr");
  // A required field left empty is answered next to it, and nothing is saved.
  await version.getByRole("button", { name: "Save the version in French" }).click();
  await expect(page.locator("#version-fr-title-error")).not.toBeEmpty();
  const frenchTitle = `Libérez la défenseure ${suffix}`;
  await version.getByLabel("Title").fill(frenchTitle);
  await version.getByLabel("Summary").fill("Arrêtée pour avoir défendu des ouvriers.");
  await version.getByLabel(/The ask/).fill("Écrivez à l’ambassadeur.");
  await version.getByRole("button", { name: "Save the version in French" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The version in French is saved. The campaign went back to review" })).toBeVisible();
  await expect(page.getByRole("link", { name: "French: translated" })).toBeVisible();

  // The campaign left the site for review; an admin reads the French words and publishes it again.
  await visit(page, `/fr/campaigns/${campaign.slug}`, 404);
  const adminContext = await browser.newContext({ baseURL });
  await signInAs(adminContext, await createUser("admin"), baseURL!);
  const admin = await adminContext.newPage();
  await visit(admin, `/admin/moderation/campaign/${campaign.id}`);
  await expect(admin.getByRole("region", { name: "In other languages" })).toContainText(frenchTitle);
  await admin.getByRole("button", { name: "Approve" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "1 item decided" })).toBeVisible();
  await adminContext.close();

  // /fr: the French words, in the page's language (no lang of their own, no note in the header).
  await visit(page, `/fr/campaigns/${campaign.slug}`);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(frenchTitle);
  await expect(heading).not.toHaveAttribute("lang", /.*/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator("header [data-untranslated]")).toHaveCount(0);
  await expect(page.locator("main")).toContainText("Écrivez à l’ambassadeur.");
  // Its update has no French version yet: the original, marked English, with the note.
  await expect(page.getByRole("heading", { name: `Hearing set ${suffix}` })).toHaveAttribute("lang", "en");

  // /es: the original, marked as English, and the note (language names in Spanish).
  await visit(page, `/es/campaigns/${campaign.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(campaign.title);
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  const note = page.locator("header [data-untranslated='en']");
  await expect(note).toBeVisible();
  await expect(note).toContainText("español");
  await expect(note).toContainText("inglés");
  // The campaigns list in Spanish says the same on the card.
  await visit(page, "/es/campaigns");
  const card = page.locator("article").filter({ has: page.getByRole("link", { name: campaign.title }) });
  await expect(card.locator("[data-untranslated='en']")).toBeVisible();

  // An update's version shows at once: saving it refreshes the cached French page.
  await visit(page, `/organise/campaigns/${campaign.id}/translations?lang=fr`);
  const updateForm = page.locator("form").filter({ has: page.locator(`#update-${update!.id}-title`) });
  await updateForm.getByLabel("Title").fill(`Audience fixée ${suffix}`);
  await updateForm.getByRole("button", { name: "Save the version in French" }).click();
  await expect(updateForm.getByRole("status")).toContainText("The version in French is saved.");
  await visit(page, `/fr/campaigns/${campaign.slug}`);
  await expect(page.getByRole("heading", { name: `Audience fixée ${suffix}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: `Audience fixée ${suffix}` })).not.toHaveAttribute("lang", /.*/);

  const [audit] = await e2eSql()<{ actions: string[] }[]>`
    select array_agg(action order by created_at) as actions from audit_log where entity_id = ${campaign.id} and action like '%translation%'`;
  expect(audit!.actions).toEqual(["campaign.translation.save.review", "campaign.update.translation.save"]);
});

test("a defender profile's French version is saved without JavaScript; other organisers get 404", async ({ browser, baseURL }) => {
  const owner = await createUser("organiser");
  const campaign = await campaignOrganisedBy(owner, "published");
  const context = await isolatedContext(browser, baseURL!, { javaScriptEnabled: false });
  await signInAs(context, owner, baseURL!);
  const page = await context.newPage();

  await visit(page, `/organise/defenders/${campaign.defenderId}`);
  await page.getByRole("link", { name: "Translate this profile" }).click();
  await page.getByRole("link", { name: "French: not yet translated" }).click();
  const summary = `Avocate arrêtée en 2024 ${randomBytes(3).toString("hex")}.`;
  await page.getByLabel("Profession").fill("Avocate");
  await page.getByLabel("Summary").fill(summary);
  await page.getByRole("button", { name: "Save the version in French" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The version in French is saved." })).toBeVisible();

  await visit(page, `/fr/defenders/${campaign.defenderSlug}`);
  await expect(page.locator("main")).toContainText(summary);
  await expect(page.locator("header [data-untranslated]")).toHaveCount(0);
  await visit(page, `/zh/defenders/${campaign.defenderSlug}`);
  await expect(page.locator("header [data-untranslated='en']")).toBeVisible();
  await context.close();

  // Someone else's organiser: the profile's and the campaign's Translations pages do not exist for them.
  const other = await browser.newContext({ baseURL });
  await signInAs(other, await createUser("organiser"), baseURL!);
  const theirs = await other.newPage();
  await visit(theirs, `/organise/defenders/${campaign.defenderId}/translations`, 404);
  await visit(theirs, `/organise/campaigns/${campaign.id}/translations`, 404);
  await other.close();
});
