/**
 * The petition kind end to end on the seeded #EndReprisals petition: signed
 * with JavaScript on and off, confirmed through the mailed link, counted on
 * the campaign page, and seen by an organiser in analytics and delivery.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { e2eSql } from "../auth";
import { expect, test, visit } from "../fixtures";
import { linkIn, waitForMail } from "../mail";
import { openSealed } from "../sealed";
import { submitAndExpectCheckEmailInPlace } from "../check-email";

const slug = "end-reprisals-petition";
const petitionPath = `/campaigns/${slug}/petition`;
const recipient = "President of the Human Rights Council";

interface StoredSignature {
  id: number;
  status: string;
  country: string | null;
  target_name: string | null;
  comment: string | null;
}

/** The petition signatures whose sealed comment is `comment` (opened here: nothing is stored in clear). */
async function storedSignatures(comment: string): Promise<StoredSignature[]> {
  const rows = await e2eSql()<(Omit<StoredSignature, "comment"> & { sealed: string | null })[]>`
    select a.id, a.status, a.country, t.name as target_name, a.personal_text_ciphertext as sealed
    from actions a join campaigns c on c.id = a.campaign_id left join targets t on t.id = a.target_id
    where c.slug = ${slug} and a.kind = 'petition' and a.personal_text_ciphertext is not null
    order by a.id desc limit 200`;
  return rows
    .map(({ sealed, ...row }) => ({ ...row, comment: openSealed(sealed) }))
    .filter((row) => row.comment === comment);
}

function uniqueSigner() {
  const id = randomBytes(5).toString("hex");
  return { email: `petition-${id}@example.org`, comment: `No one should pay for speaking to the UN (${id}).` };
}

/** Fills and signs the petition: with JavaScript the answer replaces the form, without it is the sent page. */
async function sign(page: Page, signer: { email: string; comment: string }, { javaScript = true } = {}) {
  await page.getByLabel("Your name", { exact: true }).fill("Amani Signer");
  await page.getByLabel("Your email address").fill(signer.email);
  await page.getByLabel("Country where you live").selectOption("KE");
  await page.getByLabel("Your comment (optional)").fill(signer.comment);
  if (javaScript) return submitAndExpectCheckEmailInPlace(page, "Sign the petition");
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${slug}/petition/sent$`));
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
}

async function confirmFromMail(page: Page, email: string) {
  const mail = await waitForMail(email, { subject: /^Confirm your signature: / });
  await page.goto(linkIn(mail, "/confirm/"));
  await expect(page.getByText("You signed the petition for the campaign")).toBeVisible();
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${slug}/thanks\\?kind=petition$`));
  await expect(page.getByText("Your signature is confirmed and counted.")).toBeVisible();
}

/** The campaign's confirmed total as its page shows it. */
async function shownTotal(page: Page): Promise<number> {
  await visit(page, `/campaigns/${slug}`);
  const text = await page.getByTestId("campaign-total").locator("span").first().textContent();
  return Number((text ?? "").replace(/[^0-9]/g, ""));
}

async function expectCountAbove(page: Page, before: number) {
  await expect.poll(() => shownTotal(page), { timeout: 20_000, intervals: [500] }).toBeGreaterThan(before);
}

test.describe("signing a petition to the Human Rights Council", () => {
  test("with JavaScript: the fixed recipient and the text are shown, the signature is confirmed by email and counted", async ({ page, axe }) => {
    test.setTimeout(90_000);
    const before = await shownTotal(page);
    await page.getByRole("link", { name: "Sign the petition" }).first().click();
    await expect(page).toHaveURL(new RegExp(`${petitionPath}$`));
    await expect(page.getByRole("region", { name: "Addressed to" }).getByText(recipient, { exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "The petition" }).getByText(/We, the undersigned/)).toBeVisible();
    await axe();

    const signer = uniqueSigner();
    await sign(page, signer);
    expect(await storedSignatures(signer.comment)).toEqual([
      expect.objectContaining({ status: "pending", country: "KE", target_name: recipient }),
    ]);
    await confirmFromMail(page, signer.email);
    expect((await storedSignatures(signer.comment))[0]?.status).toBe("confirmed");
    await expectCountAbove(page, before);
  });

  test("without JavaScript: errors next to the fields, then signed, confirmed and counted", async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const before = await shownTotal(page);
    await visit(page, petitionPath);
    await page.getByRole("button", { name: "Sign the petition" }).click();
    await expect(page.locator("#field-name-error")).toHaveText("This field is required.");
    await expect(page.locator("#field-email-error")).toHaveText("This field is required.");

    const signer = uniqueSigner();
    await sign(page, signer, { javaScript: false });
    expect(await storedSignatures(signer.comment)).toHaveLength(1);
    await confirmFromMail(page, signer.email);
    expect((await storedSignatures(signer.comment))[0]?.status).toBe("confirmed");
    await expectCountAbove(page, before);
    await context.close();
  });

  test("the organiser sees petitions in analytics and delivers them with the letters", async ({ page, loginAs }) => {
    const organiser = await loginAs("organiser");
    const [campaign] = await e2eSql()<{ id: string }[]>`select id from campaigns where slug = ${slug}`;
    await e2eSql()`insert into campaign_organisers (campaign_id, user_id, role) values (${campaign!.id}, ${organiser.id}, 'editor')`;
    // A confirmed signature addressed to the Presidency, as the confirmation flow leaves it (the seeded ones name no target).
    await e2eSql()`insert into actions (campaign_id, kind, status, country, target_id, idempotency_key, confirmed_at)
      select ${campaign!.id}, 'petition', 'confirmed', 'CH', t.id, ${`e2e-petition:${randomUUID()}`}, now()
      from campaign_targets ct join targets t on t.id = ct.target_id where ct.campaign_id = ${campaign!.id} and t.name = ${recipient}`;

    await visit(page, `/organise/campaigns/${campaign!.id}/analytics`);
    const perKind = page.locator("section[aria-labelledby='per-kind-heading']");
    await expect(perKind.getByRole("row", { name: /Petition signatures/ }).last()).toBeVisible();

    await visit(page, `/organise/campaigns/${campaign!.id}/delivery`);
    await expect(page.getByRole("row", { name: new RegExp(recipient) })).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Signatures (CSV)" }).click()]);
    const { readFile } = await import("node:fs/promises");
    const lines = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("signature_id,confirmed_at,name,city,country,language,target,personal_message,wants_updates");
    expect(lines.some((line) => line.includes(`,CH,`) && line.includes(recipient))).toBe(true);
  });
});
