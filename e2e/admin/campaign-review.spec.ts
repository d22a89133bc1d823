/**
 * An admin decides a campaign in review from all of it (issue 11, ADR 0015):
 * story, ask, targets with their rule, templates, defenders with their
 * consent; the preview link works for admins and the campaign's organisers
 * and is a 404 for everyone else (and never cached as public); an approval
 * does not publish while a defender's consent is missing, until an admin
 * overrides with a reason.
 */
import { randomBytes } from "node:crypto";
import { createUser, e2eSql, signInAs, type E2EUser } from "../auth";
import { expect, test, visit } from "../fixtures";

interface ReviewCampaign {
  id: string;
  slug: string;
  title: string;
  story: string;
  ask: string;
  templateBody: string;
  unknownName: string;
  familyName: string;
}

/** A campaign in review about two defenders (consent: given by family, and not known), with a target rule and a letter template. */
async function campaignInReview(owner: E2EUser): Promise<ReviewCampaign> {
  const sql = e2eSql();
  const suffix = randomBytes(4).toString("hex");
  const c = {
    slug: `review-e2e-${suffix}`,
    title: `Review e2e campaign ${suffix}`,
    story: `She was arrested at dawn for defending workers ${suffix}.`,
    ask: `Release her now ${suffix}.`,
    templateBody: `Dear {target.name}, please release {defender.name} ${suffix}.`,
    unknownName: `Unknown Consent ${suffix}`,
    familyName: `Family Consent ${suffix}`,
  };
  const defenders = await sql<{ id: string }[]>`
    insert into defenders (slug, name, country, status, summary, consent_status, consent_given_by, created_by)
    values (${`review-fam-${suffix}`}, ${c.familyName}, 'CN', 'detained', 'Made by an e2e test.', 'given_by_family', 'Her sister', ${owner.id}),
           (${`review-unk-${suffix}`}, ${c.unknownName}, 'CN', 'detained', 'Made by an e2e test.', 'unknown', null, ${owner.id})
    returning id`;
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, title, summary, ask, story_markdown, status, action_kinds, created_by)
    values (${c.slug}, ${c.title}, 'Made by an e2e test.', ${c.ask}, ${c.story}, 'in_review', '{letter}', ${owner.id})
    returning id`;
  const id = campaign!.id;
  for (const [position, defender] of defenders.entries()) {
    await sql`insert into campaign_defenders (campaign_id, defender_id, position) values (${id}, ${defender.id}, ${position})`;
    await sql`insert into defender_organisers (defender_id, user_id, added_by) values (${defender.id}, ${owner.id}, ${owner.id})`;
  }
  await sql`insert into campaign_organisers (campaign_id, user_id, role) values (${id}, ${owner.id}, 'owner')`;
  await sql`insert into campaign_status_changes (campaign_id, from_status, to_status, changed_by) values (${id}, 'draft', 'in_review', ${owner.id})`;
  await sql`insert into campaign_targets (campaign_id, rule, responsible_state) values (${id}, 'embassy', 'CN')`;
  await sql`insert into templates (campaign_id, kind, language, subject, body) values (${id}, 'letter', 'en', 'Release her', ${c.templateBody})`;
  return { id, ...c };
}

async function campaignStatus(id: string): Promise<string> {
  const [row] = await e2eSql()<{ status: string }[]>`select status::text from campaigns where id = ${id}`;
  return row!.status;
}

test("the review page shows the whole campaign and each defender's consent; approval waits for consent or a reasoned override", async ({ page, loginAs, axe }) => {
  test.slow();
  const owner = await createUser("organiser");
  const campaign = await campaignInReview(owner);
  await loginAs("admin");

  await visit(page, `/admin/moderation/campaign/${campaign.id}`);
  await axe();
  const main = page.locator("main");
  await expect(main.getByRole("heading", { name: "Story" })).toBeVisible();
  await expect(main).toContainText(campaign.story);
  await expect(main.getByRole("heading", { name: "The ask" })).toBeVisible();
  await expect(main).toContainText(campaign.ask);
  await expect(main.getByRole("heading", { name: "Targets" })).toBeVisible();
  await expect(main).toContainText("Embassy where the supporter lives");
  await expect(main.getByRole("heading", { name: "Prepared texts" })).toBeVisible();
  await expect(main).toContainText(campaign.templateBody);
  await expect(main.getByRole("listitem", { name: campaign.familyName })).toContainText("Consent: Given by family or representative");
  await expect(main.getByRole("listitem", { name: campaign.familyName })).toContainText("Her sister");
  await expect(main.getByRole("listitem", { name: campaign.unknownName })).toContainText("Consent: Not known");
  await expect(main.getByRole("status").filter({ hasText: "Approving will not publish this campaign" })).toContainText(campaign.unknownName);

  // The preview link works for the admin while the campaign is in review.
  await page.getByRole("link", { name: "Preview the campaign page as it will be published" }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${campaign.slug}/preview$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(campaign.title);
  await expect(page.getByRole("status").filter({ hasText: "Preview: this campaign is in review" })).toBeVisible();
  await expect(page.locator("main")).toContainText(campaign.story);
  const preview = await visit(page, `/campaigns/${campaign.slug}/preview`);
  expect(preview.headers()["cache-control"] ?? "").toMatch(/private|no-store/);

  // Approving without consent or override publishes nothing: the item stays open.
  await visit(page, `/admin/moderation/campaign/${campaign.id}`);
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.locator("#decide-message")).toContainText(`consent from the defender or their family isn’t recorded for ${campaign.unknownName}`);
  expect(await campaignStatus(campaign.id)).toBe("in_review");

  // An override needs a reason: the error is next to the field.
  await page.getByRole("button", { name: "Override with this reason" }).click();
  await expect(page.locator("#field-reason-error, #consent-override-reason-error").first()).toHaveText("Write the reason for the override.");
  const reason = `Public case documented by Front Line Defenders ${randomBytes(3).toString("hex")}.`;
  await page.getByLabel("Reason for the override").fill(reason);
  await page.getByRole("button", { name: "Override with this reason" }).click();
  // The page refreshes: the override stands (who, when, why) and the warning is gone.
  await expect(main.getByRole("status").filter({ hasText: "overrode the consent check" })).toContainText(reason);
  await expect(main.getByRole("status").filter({ hasText: "Approving will not publish this campaign" })).toHaveCount(0);
  const [row] = await e2eSql()<{ reason: string | null; audited: number }[]>`
    select consent_override_reason as reason,
      (select count(*)::int from audit_log where action = 'campaign.consent.override' and entity_id = ${campaign.id}) as audited
    from campaigns where id = ${campaign.id}`;
  expect(row).toEqual({ reason, audited: 1 });

  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 item decided" })).toBeVisible();
  expect(await campaignStatus(campaign.id)).toBe("published");
  await visit(page, `/campaigns/${campaign.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(campaign.title);
});

test("the preview of a campaign in review is a 404 for the public and other organisers, open to its organisers", async ({ page, browser, baseURL }) => {
  const owner = await createUser("organiser");
  const campaign = await campaignInReview(owner);

  // The public: both the page and its preview are 404, signed out or as a supporter or someone else's organiser.
  await visit(page, `/campaigns/${campaign.slug}/preview`, 404);
  await visit(page, `/campaigns/${campaign.slug}`, 404);
  for (const role of ["supporter", "organiser"] as const) {
    const context = await browser.newContext({ baseURL });
    await signInAs(context, await createUser(role), baseURL!);
    const other = await context.newPage();
    await visit(other, `/campaigns/${campaign.slug}/preview`, 404);
    await context.close();
  }

  // Its organiser previews it, and sees on the campaign page which defender lacks consent.
  const context = await browser.newContext({ baseURL });
  await signInAs(context, owner, baseURL!);
  const mine = await context.newPage();
  await visit(mine, `/organise/campaigns/${campaign.id}`);
  await expect(mine.getByRole("status").filter({ hasText: "can’t be published (or resumed) yet" })).toContainText(`${campaign.unknownName}: Not known`);
  await expect(mine.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await mine.getByRole("link", { name: "Preview the public page" }).click();
  await expect(mine.getByRole("heading", { level: 1 })).toHaveText(campaign.title);
  await context.close();

  // Still a 404 for the public afterwards: the organiser's view was not cached as the public page.
  await visit(page, `/campaigns/${campaign.slug}/preview`, 404);
  await visit(page, `/campaigns/${campaign.slug}`, 404);
});
