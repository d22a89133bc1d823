/**
 * Partner attribution end to end (ADR 0029): an organiser adds a partner source to the
 * seeded petition and makes a supporter account its member; two supporters sign through
 * the partner's link with JavaScript off, one ticking "<partner> may contact me"; both
 * confirm from the mail (which names the partner's site); analytics count the source; the
 * member downloads a CSV with exactly the consenting supporter, and nobody else may.
 */
import type { Browser, Page } from "@playwright/test";
import { createUser, e2eSql, signInAs } from "../auth";
import { expect, test, visit } from "../fixtures";
import { linkIn, waitForMail } from "../mail";
import { isolatedContext, uniqueId } from "../nojs/support";

const slug = "end-reprisals-petition";

async function signWithoutJavaScript(browser: Browser, baseURL: string, code: string, signer: { email: string; consent: boolean }, partner: string) {
  const context = await isolatedContext(browser, baseURL, { javaScriptEnabled: false });
  const page = await context.newPage();
  await visit(page, `/campaigns/${slug}/petition?source=${code}`);
  await page.getByLabel("Your name", { exact: true }).fill("Amani Partner-Signer");
  await page.getByLabel("Your email address").fill(signer.email);
  await page.getByLabel("Country where you live").selectOption("KE");
  const box = page.getByLabel(`${partner} may contact me about its work`);
  await expect(box).not.toBeChecked();
  if (signer.consent) await box.check();
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();

  const mail = await waitForMail(signer.email, { subject: /^Confirm your signature: / });
  expect(mail.text).toContain(`You came here through ${partner} (partner-${code}.example.org).`);
  await page.goto(linkIn(mail, "/confirm/"));
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText("Your signature is confirmed and counted.")).toBeVisible();
  await expect(page.getByText(`You came here through ${partner} (partner-${code}.example.org).`)).toBeVisible();
  await context.close();
}

async function createSource(page: Page, campaignId: string, partner: string, code: string) {
  await visit(page, `/organise/campaigns/${campaignId}/partners`);
  await page.getByLabel("Partner name").fill(partner);
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByLabel("Partner website").fill(`https://partner-${code}.example.org`);
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByText("Partner source added.")).toBeVisible();
  const item = page.locator(`li[data-partner-code="${code}"]`);
  await expect(item.getByText(`/campaigns/${slug}/petition?source=${code}`)).toBeVisible();
  return item;
}

test("a partner's link records its supporters, analytics count them, and its member downloads only those who agreed", async ({ page, browser, baseURL, loginAs }) => {
  test.setTimeout(150_000);
  const sql = e2eSql();
  const organiser = await loginAs("organiser");
  const [campaign] = await sql<{ id: string }[]>`select id from campaigns where slug = ${slug}`;
  await sql`insert into campaign_organisers (campaign_id, user_id, role) values (${campaign!.id}, ${organiser.id}, 'editor')`;

  const id = uniqueId();
  const code = `e2e-${id}`;
  const partner = `Partner ${id}`;
  const item = await createSource(page, campaign!.id, partner, code);

  const member = await createUser("supporter");
  await item.getByLabel("Email address of the member's account").fill(member.email);
  await item.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText("Member added.")).toBeVisible();

  const agreed = { email: `partner-yes-${id}@example.org`, consent: true };
  const declined = { email: `partner-no-${id}@example.org`, consent: false };
  await signWithoutJavaScript(browser, baseURL!, code, agreed, partner);
  await signWithoutJavaScript(browser, baseURL!, code, declined, partner);

  // Analytics: both confirmed petition signatures count for the source.
  await visit(page, `/organise/campaigns/${campaign!.id}/analytics`);
  await expect(page.locator(`section[aria-labelledby='per-source-heading'] tr[data-partner-code="${code}"]`)).toContainText("2");

  // The organiser is not a member: no download for them.
  const [source] = await sql<{ id: string }[]>`select id from partner_sources where campaign_id = ${campaign!.id} and code = ${code}`;
  const asOrganiser = await page.request.get(`/api/partners/${source!.id}/export.csv`);
  expect(asOrganiser.status()).toBe(404);

  // The member: their page lists the source, and the CSV holds exactly the one who agreed.
  const memberContext = await isolatedContext(browser, baseURL!);
  await signInAs(memberContext, member, baseURL!);
  const memberPage = await memberContext.newPage();
  await visit(memberPage, "/account/partners");
  await expect(memberPage.getByRole("row", { name: new RegExp(partner) })).toContainText("1");
  const download = await memberPage.request.get(`/api/partners/${source!.id}/export.csv`);
  expect(download.status()).toBe(200);
  const csv = await download.text();
  expect(csv).toContain(agreed.email);
  expect(csv).not.toContain(declined.email);
  expect(csv.trim().split("\r\n")).toHaveLength(2);
  await memberContext.close();

  const [audited] = await sql<{ count: number }[]>`
    select count(*)::int as count from audit_log where action = 'partner.export' and entity_id = ${source!.id} and actor_id = ${member.id}`;
  expect(audited!.count).toBe(1);
});
