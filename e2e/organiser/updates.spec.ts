/**
 * Posting a campaign update: it appears on the public campaign page, opted-in
 * signers get one email with a working unsubscribe link, bad input is answered
 * next to the field (also without JavaScript), and other organisers get 404.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { encrypt, keyedHash } from "../../lib/crypto";
import { canonicalEmail } from "../../lib/email/canonical";
import { createUser, e2eSql, randomEmail, type E2EUser } from "../auth";
import { expect, test, visit } from "../fixtures";
import { linkIn, waitForMail } from "../mail";

interface OwnCampaign {
  id: string;
  slug: string;
  title: string;
  defenderSlug: string;
}

/** A published campaign about a fresh defender, organised by `owner`. */
async function publishedCampaignOf(owner: E2EUser): Promise<OwnCampaign> {
  const sql = e2eSql();
  const suffix = randomBytes(4).toString("hex");
  const title = `Free the e2e defender ${suffix}`;
  const [defender] = await sql<{ id: string; slug: string }[]>`
    insert into defenders (slug, name, country, status, summary, consent_status)
    values (${`e2e-defender-${suffix}`}, ${`E2E Defender ${suffix}`}, 'CN', 'detained', 'Made by an e2e test.', 'given')
    returning id, slug`;
  const [campaign] = await sql<{ id: string; slug: string }[]>`
    insert into campaigns (slug, title, summary, status, published_at, action_kinds)
    values (${`e2e-updates-${suffix}`}, ${title}, 'Made by an e2e test.', 'published', now(), '{letter}')
    returning id, slug`;
  await sql`insert into campaign_defenders (campaign_id, defender_id) values (${campaign!.id}, ${defender!.id})`;
  await sql`insert into campaign_organisers (campaign_id, user_id, role) values (${campaign!.id}, ${owner.id}, 'owner')`;
  await sql`insert into defender_organisers (defender_id, user_id, added_by) values (${defender!.id}, ${owner.id}, ${owner.id})`;
  return { id: campaign!.id, slug: campaign!.slug, title, defenderSlug: defender!.slug };
}

async function optedInSigner(campaignId: string, email: string): Promise<number> {
  const [row] = await e2eSql()<{ id: number }[]>`
    insert into actions (campaign_id, kind, status, wants_updates, email_hash, email_ciphertext, idempotency_key, confirmed_at)
    values (${campaignId}, 'letter', 'confirmed', true, ${keyedHash("email", canonicalEmail(email))}, ${encrypt(email)}, ${randomUUID()}, now())
    returning id`;
  return row!.id;
}

test("an organiser posts an update: it is on the campaign page and opted-in signers can unsubscribe", async ({ page, loginAs, axe }) => {
  const organiser = await loginAs("organiser");
  const campaign = await publishedCampaignOf(organiser);
  const signerEmail = randomEmail("signer");
  const signerId = await optedInSigner(campaign.id, signerEmail);

  await visit(page, `/organise/campaigns/${campaign.id}/updates`);
  await expect(page.getByRole("heading", { name: "Updates and outcomes" })).toBeVisible();
  await axe();

  const title = `Appeal hearing set ${randomBytes(3).toString("hex")}`;
  await page.getByLabel("Kind of update").selectOption("hearing");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("What happened").fill("The court will hear the appeal **in public**.");
  await page.getByLabel("Date it happened").fill("2026-11-20");
  await page.getByLabel(/Email the 1 confirmed signer/).check();
  await page.getByRole("button", { name: "Post the update" }).click();

  await expect(page.getByRole("status").filter({ hasText: "1 email is queued" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 4, name: title })).toBeVisible();

  await visit(page, `/campaigns/${campaign.slug}`);
  const timeline = page.getByRole("region", { name: "Updates" }).or(page.locator("section[aria-labelledby='updates-heading']"));
  await expect(timeline.getByRole("heading", { name: title })).toBeVisible();
  // ...and on the defender's own timeline.
  await visit(page, `/defenders/${campaign.defenderSlug}`);
  await expect(page.getByText(title)).toBeVisible();

  const mail = await waitForMail(signerEmail, { subject: new RegExp(title) });
  const unsubscribe = linkIn(mail, "/unsubscribe/");
  await visit(page, new URL(unsubscribe).pathname);
  await expect(page.getByText(campaign.title)).toBeVisible();
  await axe();
  await page.getByRole("button", { name: "Stop the updates" }).click();
  await expect(page.getByRole("status")).toContainText("no more updates");
  const [row] = await e2eSql()<{ wants_updates: boolean }[]>`select wants_updates from actions where id = ${signerId}`;
  expect(row?.wants_updates).toBe(false);
});

test("update mail reaches inboxes: text and HTML parts, a Message-ID, and a one-click List-Unsubscribe that works", async ({ page, loginAs }) => {
  const organiser = await loginAs("organiser");
  const campaign = await publishedCampaignOf(organiser);
  const signerEmail = randomEmail("oneclick");
  const signerId = await optedInSigner(campaign.id, signerEmail);

  const title = `Verdict announced ${randomBytes(3).toString("hex")}`;
  await visit(page, `/organise/campaigns/${campaign.id}/updates`);
  await page.getByLabel("Kind of update").selectOption("hearing");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("What happened").fill("The court gave its verdict.");
  await page.getByLabel("Date it happened").fill("2026-11-21");
  await page.getByLabel(/Email the \d+ confirmed signer/).check();
  await page.getByRole("button", { name: "Post the update" }).click();
  await expect(page.getByRole("heading", { level: 4, name: title })).toBeVisible();

  const mail = await waitForMail(signerEmail, { subject: new RegExp(title) });
  // Header lines as a mail client reads them (folded lines joined).
  const head = mail.raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
  expect(head).toMatch(/^Message-ID: <[^@>\s]+@[^>\s]+>$/im);
  expect(head).toMatch(/^Date: .+$/im);
  expect(head).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/im);
  const listUnsubscribe = head.match(/^List-Unsubscribe: <(https?:\/\/[^>]+)>$/im)?.[1];
  expect(listUnsubscribe, "List-Unsubscribe header").toBeTruthy();
  expect(mail.raw).toMatch(/Content-Type: multipart\/alternative/i);
  expect(mail.raw).toMatch(/Content-Type: text\/html/i);

  // What a mailbox provider does: POST the one-click body, no session, no page.
  const url = new URL(listUnsubscribe!);
  const oneClick = await page.request.post(url.pathname + url.search, {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: "List-Unsubscribe=One-Click",
  });
  expect(oneClick.status()).toBe(200);
  const [row] = await e2eSql()<{ wants_updates: boolean }[]>`select wants_updates from actions where id = ${signerId}`;
  expect(row?.wants_updates).toBe(false);
});

test("a forged unsubscribe link is refused", async ({ page }) => {
  await visit(page, `/unsubscribe/1.${"A".repeat(43)}`);
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Stop the updates" })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a missing title is answered next to the field and what was typed is kept", async ({ page, loginAs }) => {
    const organiser = await loginAs("organiser");
    const campaign = await publishedCampaignOf(organiser);
    await visit(page, `/organise/campaigns/${campaign.id}/updates`);
    await page.getByLabel("What happened").fill("Kept after the error.");
    await page.getByRole("button", { name: "Post the update" }).click();

    const titleField = page.getByLabel("Title", { exact: true });
    await expect(titleField).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#field-title-error")).toContainText("This field is required.");
    await expect(page.getByLabel("What happened")).toHaveValue("Kept after the error.");
    const [count] = await e2eSql()<{ n: number }[]>`select count(*)::int as n from campaign_updates where campaign_id = ${campaign.id}`;
    expect(count?.n).toBe(0);
  });

  test("the unsubscribe button works as a plain form post", async ({ page }) => {
    const owner = await createUser("organiser");
    const campaign = await publishedCampaignOf(owner);
    const signerId = await optedInSigner(campaign.id, randomEmail("signer"));
    // The token format of db/queries/campaign-updates.ts: "<action id>.<keyed hash>".
    await visit(page, `/unsubscribe/${signerId}.${keyedHash("token", `unsubscribe:${signerId}`)}`);
    await page.getByRole("button", { name: "Stop the updates" }).click();
    await expect(page.getByRole("status")).toContainText("no more updates");
    const [row] = await e2eSql()<{ wants_updates: boolean }[]>`select wants_updates from actions where id = ${signerId}`;
    expect(row?.wants_updates).toBe(false);
  });
});

test("another organiser cannot open my campaign's updates or analytics", async ({ page, loginAs }) => {
  const owner = await createUser("organiser");
  const campaign = await publishedCampaignOf(owner);
  await loginAs("organiser");
  await visit(page, `/organise/campaigns/${campaign.id}/updates`, 404);
  await visit(page, `/organise/campaigns/${campaign.id}/analytics`, 404);
});
