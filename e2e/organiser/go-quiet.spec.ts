/**
 * "Go quiet": at once, the defender's profile and every campaign about them
 * answer 404, they vanish from the lists, and no mail about them is sent.
 */
import { e2eSql, randomEmail } from "../auth";
import { expect, test, visit } from "../fixtures";
import { sentMail } from "../mail";
import { campaignOrganisedBy } from "./organise-data";

test("going quiet hides the defender and their campaigns and holds back mail about them", async ({ page, loginAs, axe }) => {
  test.slow();
  const organiser = await loginAs("organiser");
  const campaign = await campaignOrganisedBy(organiser, "published");

  // Warm the public caches first, so the test proves they are revalidated.
  await visit(page, `/campaigns/${campaign.slug}`);
  await visit(page, `/defenders/${campaign.defenderSlug}`);

  await visit(page, `/organise/defenders/${campaign.defenderId}`);
  await axe();
  await page.getByRole("button", { name: "Go quiet now" }).click();
  await expect(page.getByRole("status").filter({ hasText: "are hidden and mail about them is held back" })).toBeVisible();

  await visit(page, `/campaigns/${campaign.slug}`, 404);
  await visit(page, `/defenders/${campaign.defenderSlug}`, 404);
  await visit(page, "/campaigns");
  await expect(page.locator(`a[href="/campaigns/${campaign.slug}"]`)).toHaveCount(0);
  await visit(page, "/defenders");
  await expect(page.locator(`a[href="/defenders/${campaign.defenderSlug}"]`)).toHaveCount(0);

  // Mail about the campaign (here: a team invitation) is queued but never leaves.
  const invitee = randomEmail("quiet-invitee");
  await visit(page, `/organise/campaigns/${campaign.id}/team`);
  await page.getByLabel("Email address").fill(invitee);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${invitee}` })).toBeVisible();
  const [queued] = await e2eSql()<{ n: number }[]>`
    select count(*)::int as n from mail_outbox where to_address = ${invitee} and campaign_id = ${campaign.id}`;
  expect(queued!.n).toBeGreaterThan(0);
  await page.waitForTimeout(6_000);
  expect(sentMail().filter((mail) => mail.to.includes(invitee))).toEqual([]);

  const audit = await e2eSql()<{ action: string }[]>`select action from audit_log where entity_id = ${campaign.defenderId} order by id`;
  expect(audit.map((a) => a.action)).toContain("defender.quiet");

  // Making them public again brings the pages back.
  await visit(page, `/organise/defenders/${campaign.defenderId}`);
  await page.getByRole("button", { name: "Make public again" }).click();
  await expect(page.getByRole("status").filter({ hasText: "visible again" })).toBeVisible();
  await visit(page, `/campaigns/${campaign.slug}`);
  await visit(page, `/defenders/${campaign.defenderSlug}`);
});
