import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { e2eSql } from "../auth";
import { expect, test, visit } from "../fixtures";
import { linkIn, waitForMail } from "../mail";
import { actionIdsWithText, openSealed } from "../sealed";
import { submitAndExpectCheckEmailInPlace } from "../check-email";

const slug = "reunite-dong-guangping-with-his-family";
const letterPath = `/campaigns/${slug}/letter`;

interface StoredLetter {
  status: string;
  pow_verified: boolean;
  country: string | null;
  target_name: string | null;
  confirmed_at: Date | null;
}

/** The letter signed with this (unique) personal paragraph (sealed at rest: found by opening it). */
async function storedLetter(personalText: string): Promise<StoredLetter[]> {
  const ids = await actionIdsWithText(personalText);
  if (ids.length === 0) return [];
  return e2eSql()<StoredLetter[]>`
    select a.status, a.pow_verified, a.country, t.name as target_name, a.confirmed_at
    from actions a
    join campaigns c on c.id = a.campaign_id
    left join targets t on t.id = a.target_id
    where c.slug = ${slug} and a.kind = 'letter' and a.id in ${e2eSql()(ids)}
    order by a.id`;
}

/** The whole stored row of that letter as JSON, and its city opened from the sealed column. */
async function storedRow(personalText: string): Promise<{ json: string; city: string | null }> {
  const [id] = await actionIdsWithText(personalText);
  const [row] = await e2eSql()<{ json: string; sealed_city: string | null }[]>`
    select row_to_json(a)::text as json, a.city_ciphertext as sealed_city from actions a where a.id = ${id!}`;
  return { json: row!.json, city: openSealed(row!.sealed_city) };
}

function uniqueSigner() {
  const id = randomBytes(5).toString("hex");
  return { email: `letter-${id}@example.org`, paragraph: `I live in Toronto and think of his family (${id}).` };
}

/** Fills and signs the letter: with JavaScript the answer replaces the form, without it is the sent page. */
async function fillAndSign(page: Page, signer: { email: string; paragraph: string }, { javaScript = true } = {}) {
  await page.getByLabel("Your own paragraph (optional)").fill(signer.paragraph);
  await page.getByLabel("Your name").fill("Robin Supporter");
  await page.getByLabel("Your email address").fill(signer.email);
  await page.getByLabel("Town or city (optional)").fill("Toronto");
  if (javaScript) return submitAndExpectCheckEmailInPlace(page, "Sign the letter");
  await page.getByRole("button", { name: "Sign the letter" }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${slug}/letter/sent$`));
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
}

/** The campaign's confirmed total as its page shows it. */
async function shownTotal(page: Page): Promise<number> {
  await visit(page, `/campaigns/${slug}`);
  const text = await page.getByTestId("campaign-total").locator("span").first().textContent();
  return Number((text ?? "").replace(/[^0-9]/g, ""));
}

/** Whether the counter job's watermark (job_watermarks "counters") has passed the action's confirmation. */
async function countedByCounterJob(actionId: number): Promise<boolean> {
  const [row] = await e2eSql()<{ counted: boolean }[]>`
    select w.position > a.confirmed_at as counted from job_watermarks w, actions a where w.name = 'counters' and a.id = ${actionId}`;
  return row?.counted === true;
}

async function confirmFromMail(page: Page, email: string): Promise<string> {
  const mail = await waitForMail(email, { subject: /Confirm your letter/ });
  const link = linkIn(mail, "/confirm/");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your action" })).toBeVisible();
  await expect(page.getByText("You signed the letter for the campaign")).toBeVisible();
  return link;
}

test.describe("signing a letter, from Canada", () => {
  test.use({ locale: "en-CA" });

  test("the PRC embassy in Ottawa is offered, and a confirmed letter ends on the thanks page", async ({ page, axe }) => {
    test.setTimeout(90_000);
    const signer = uniqueSigner();
    await visit(page, letterPath);
    await expect(page.locator("#change-country")).toHaveValue("CA");
    const targets = page.getByRole("region", { name: "Your letter goes to" });
    await expect(targets.getByText("His Excellency Cong Peiwu")).toBeVisible();
    await expect(targets.getByText("The embassy of China in Canada.")).toBeVisible();
    await expect(page.getByRole("article", { name: "Letter to His Excellency Cong Peiwu" })).toContainText("515 St. Patrick Street");
    await expect(page.getByRole("article", { name: "Letter to His Excellency Cong Peiwu" })).toContainText(
      "Dear His Excellency Cong Peiwu,",
    );
    await expect(page.getByText("Check done: you can send.")).toBeVisible({ timeout: 20_000 });
    await axe();

    await fillAndSign(page, signer);
    await axe();
    expect(await storedLetter(signer.paragraph)).toMatchObject([
      { status: "pending", pow_verified: true, country: "CA", target_name: "Cong Peiwu" },
    ]);
    // The paragraph and the city are sealed like the name: no column holds them in clear.
    const stored = await storedRow(signer.paragraph);
    expect(stored.city).toBe("Toronto");
    expect(stored.json).not.toContain("Toronto");
    expect(stored.json).not.toContain("think of his family");

    const totalBefore = await shownTotal(page);
    const link = await confirmFromMail(page, signer.email);
    await axe();
    // Opening the link changed nothing: only the button's POST confirms.
    expect((await storedLetter(signer.paragraph))[0]?.status).toBe("pending");
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect(page).toHaveURL(new RegExp(`/campaigns/${slug}/thanks\\?kind=letter$`));
    await expect(page.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Share on X/ })).toBeVisible();
    const next = page.getByRole("region", { name: "One more thing you can do" });
    await expect(next.locator(`a[href="/campaigns/${slug}/email"]`)).toBeVisible();
    await expect(next.locator(`a[href="/campaigns/${slug}/letter"]`)).toHaveCount(0);
    await axe();
    expect((await storedLetter(signer.paragraph))[0]?.status).toBe("confirmed");

    // The counter job counts a confirmation once its watermark has passed it (ADR 0007: a run every second,
    // held back by the oldest open transaction), which on a loaded machine takes longer than a page can wait:
    // wait for that event itself, then the page must show it (the job expires the cached counts as it writes).
    const [id] = await actionIdsWithText(signer.paragraph);
    await expect
      .poll(() => countedByCounterJob(id!), { message: "the counter job counted the confirmation", timeout: 30_000 })
      .toBe(true);
    await expect.poll(() => shownTotal(page), { timeout: 5_000, intervals: [250] }).toBeGreaterThan(totalBefore);
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Already confirmed" })).toBeVisible();
  });

  test("a repeat signer gets the same answer and still one letter", async ({ page }) => {
    const signer = uniqueSigner();
    await visit(page, letterPath);
    await fillAndSign(page, signer);
    await visit(page, letterPath);
    await fillAndSign(page, { ...signer, email: signer.email.toUpperCase() });
    expect(await storedLetter(signer.paragraph)).toHaveLength(1);
  });

  test("missing fields are answered next to each field", async ({ page }) => {
    await visit(page, letterPath);
    await page.getByRole("button", { name: "Sign the letter" }).click();
    const name = page.getByLabel("Your name");
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#field-name-error")).toHaveText("This field is required.");
    await expect(page.getByLabel("Your email address")).toHaveAttribute("aria-describedby", /field-email-error/);
    await expect(page.locator("#letter-form-message")).toContainText("Please correct the fields marked below.");
    await expect(page.locator("#field-country")).toHaveValue("CA");
  });

  test("the Change form picks another country without JavaScript, with the fallback explained", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-CA" });
    const page = await context.newPage();
    await visit(page, letterPath);
    await page.locator("#change-country").selectOption("NZ");
    await page.getByRole("button", { name: "Change country" }).click();
    await expect(page).toHaveURL(/country=NZ/);
    await expect(page.getByText("No embassy of China is known in New Zealand", { exact: false })).toBeVisible();
    await context.close();
  });
});

test.describe("signing a letter with JavaScript off", () => {
  test("the letter is accepted without the proof of work, confirmed by email, and ends on the thanks page", async ({ browser }) => {
    test.setTimeout(60_000);
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-CA" });
    const page = await context.newPage();
    const signer = uniqueSigner();
    await visit(page, letterPath);
    await expect(page.getByText("The embassy of China in Canada.")).toBeVisible();
    await fillAndSign(page, signer, { javaScript: false });
    expect(await storedLetter(signer.paragraph)).toMatchObject([{ status: "pending", pow_verified: false, target_name: "Cong Peiwu" }]);

    await confirmFromMail(page, signer.email);
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
    expect((await storedLetter(signer.paragraph))[0]?.status).toBe("confirmed");
    await context.close();
  });

  test("errors come back next to the fields, with what was typed kept", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-CA" });
    const page = await context.newPage();
    await visit(page, letterPath);
    await page.getByLabel("Your name").fill("Robin Supporter");
    await page.getByLabel("Your email address").fill("not-an-address");
    await page.getByRole("button", { name: "Sign the letter" }).click();
    await expect(page.locator("#field-email-error")).toHaveText("Enter an email address like name@example.org.");
    await expect(page.getByLabel("Your name")).toHaveValue("Robin Supporter");
    await context.close();
  });
});

test.describe("confirmation links", () => {
  test("a forged link gets a clear page", async ({ page, axe }) => {
    await visit(page, "/confirm/not-a-real-token");
    await expect(page.getByRole("heading", { level: 1, name: "We do not recognise this link" })).toBeVisible();
    await axe();
  });
});

test.describe("kill switches and high-risk campaigns", () => {
  // A campaign no other spec signs on, so pausing it for a moment disturbs nobody.
  const pausable = "drop-charges-against-mark-kuperman";

  test("a paused campaign says so, also to a form opened before the pause", async ({ page }) => {
    await visit(page, `/campaigns/${pausable}/letter`);
    await page.getByLabel("Your name").fill("Robin Supporter");
    await page.getByLabel("Your email address").fill(uniqueSigner().email);
    await e2eSql()`update campaigns set collection_paused = true where slug = ${pausable}`;
    try {
      await page.getByRole("button", { name: "Sign the letter" }).click();
      await expect(page.locator("#letter-form-message")).toContainText("This campaign is not accepting new signatures at the moment.");
      await visit(page, `/campaigns/${pausable}/letter`);
      await expect(page.getByRole("status").filter({ hasText: "not accepting new signatures" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Sign the letter" })).toHaveCount(0);
    } finally {
      await e2eSql()`update campaigns set collection_paused = false where slug = ${pausable}`;
    }
  });

  test("a high-risk campaign never offers to show the signer's name", async ({ page }) => {
    await visit(page, "/campaigns/protect-baloch-women-defenders/letter");
    await expect(page.getByText("no supporter's name is ever shown publicly")).toBeVisible();
    await expect(page.getByLabel("Show my name in public lists of supporters")).toHaveCount(0);
  });
});
