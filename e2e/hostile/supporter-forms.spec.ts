/**
 * The hostile corpus through the supporters' real forms in Chromium: each case
 * is stored exactly as typed (trimmed) or refused next to its field with
 * nothing written; no dialog, no script, no 5xx.
 */
import type { Page } from "@playwright/test";
import { createUser, e2eSql, signInAs } from "../auth";
import { expect, test, visit } from "../fixtures";
import { uniqueId } from "../nojs/support";
import { actionIdsWithCity, actionIdsWithText, openSealed } from "../sealed";
import { actionsSince, campaignFor, databaseNow } from "../supporter/channels";
import { hostileCases, hostileEmails, hostileWebsites, shortCases, type HostileCase } from "./corpus";
import { actionsAtDomain, countRows, dropLengthLimits, expectedError, fillAndRead, newClientAddress, normalised } from "./forms";
import { watchContext } from "./watch";
import { expectCheckEmailInPlace } from "../check-email";

const letterCampaign = campaignFor("letter", { highRisk: false });
const solidarityCampaign = campaignFor("solidarity", { highRisk: false });
const signOnCampaign = campaignFor("org_signon", { highRisk: false });

/** What a field with `limit` characters answers to a case. */
function answerOf(hostile: HostileCase, limit: number, optional: boolean): "accept" | "tooLong" | "required" | "empty" | "nul" {
  if (hostile.value.includes("\u0000")) return "nul";
  const trimmed = normalised(hostile.value);
  if (trimmed === "") return optional ? "empty" : "required";
  return trimmed.length > limit ? "tooLong" : "accept";
}

/** The field error for a refused answer of a 1,000-character field. */
function refusal(answer: "tooLong" | "required" | "empty" | "nul"): string {
  if (answer === "tooLong") return expectedError.tooLong(1_000);
  return answer === "nul" ? expectedError.nul : expectedError.required;
}

async function expectFieldError(page: Page, field: string, message: string) {
  await expect(page.locator(`#field-${field}-error`)).toHaveText(message);
  await expect(page.locator(`#field-${field}`)).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#field-${field}`)).toHaveAttribute("aria-describedby", new RegExp(`field-${field}-error`));
}

interface StoredLetter {
  personal_text: string | null;
  city: string | null;
  status: string;
}

test.describe("hostile input on the letter form", () => {
  test("every case in the corpus is stored as typed or refused next to its field", async ({ page, context, baseURL }) => {
    test.setTimeout(600_000);
    const watch = await watchContext(context, baseURL!);
    for (const hostile of hostileCases) {
      await test.step(hostile.id, async () => {
        await newClientAddress(context);
        const domain = `h-${uniqueId()}.example.org`;
        await visit(page, `/campaigns/${letterCampaign.slug}/letter?country=CA`);
        await dropLengthLimits(page);
        const short = shortCases().includes(hostile);
        await fillAndRead(page.getByLabel("Your name"), short ? hostile.value : "Robin Supporter");
        const city = await fillAndRead(page.getByLabel("Town or city (optional)"), short ? hostile.value : "");
        const paragraph = await fillAndRead(page.getByLabel("Your own paragraph (optional)"), hostile.value);
        await page.getByLabel("Your email address").fill(`robin@${domain}`);
        await page.getByRole("button", { name: "Sign the letter" }).click();

        const answer = answerOf(hostile, 1_000, true);
        if (answer === "accept" || answer === "empty") {
          await expectCheckEmailInPlace(page);
          const rows = (
            await e2eSql()<StoredLetter[]>`
              select personal_text_ciphertext as personal_text, city_ciphertext as city, status from actions where email_domain = ${domain}`
          ).map((row) => ({ ...row, personal_text: openSealed(row.personal_text), city: openSealed(row.city) }));
          expect(rows).toHaveLength(1);
          expect(normalised(rows[0]!.personal_text ?? "")).toBe(normalised(paragraph));
          expect(normalised(rows[0]!.city ?? "")).toBe(normalised(city));
        } else {
          await expectFieldError(page, "personalText", refusal(answer));
          await expect(page.locator("#letter-form-message")).toContainText("Please correct");
          expect(await countRows(actionsAtDomain(domain))).toBe(0);
        }
        await watch.verify(page);
      });
    }
    expect(watch.responses).toBeGreaterThan(hostileCases.length);
  });

  test("hostile names and email addresses are refused next to the field, with nothing stored", async ({ page, context, baseURL }) => {
    test.setTimeout(300_000);
    const watch = await watchContext(context, baseURL!);
    const tooLongName = "N".repeat(100 * 1024);
    const cases: { name: string; email: string; field: "name" | "email"; message: string }[] = [
      { name: "   \u00a0 ", email: `robin@h-${uniqueId()}.example.org`, field: "name", message: expectedError.required },
      { name: tooLongName, email: `robin@h-${uniqueId()}.example.org`, field: "name", message: expectedError.tooLong(120) },
      ...hostileEmails.map((email) => ({
        name: "Robin Supporter",
        email,
        field: "email" as const,
        message: email.length > 254 ? expectedError.tooLong(254) : "Enter an email address like name@example.org.",
      })),
    ];
    for (const c of cases) {
      await test.step(`${c.field}: ${c.email.slice(0, 40)}`, async () => {
        await newClientAddress(context);
        await visit(page, `/campaigns/${letterCampaign.slug}/letter?country=CA`);
        await dropLengthLimits(page);
        const marker = `City ${uniqueId()}`;
        await page.getByLabel("Your name").fill(c.name);
        await page.getByLabel("Your email address").fill(c.email);
        await page.getByLabel("Town or city (optional)").fill(marker);
        await page.getByRole("button", { name: "Sign the letter" }).click();
        await expectFieldError(page, c.field, c.message);
        expect(await actionIdsWithCity(marker)).toEqual([]);
        await watch.verify(page);
      });
    }
  });
});

test.describe("hostile input on the solidarity form", () => {
  test("every case in the corpus is stored pending as typed or refused next to its field", async ({ page, context, baseURL, browser }) => {
    test.setTimeout(600_000);
    const watch = await watchContext(context, baseURL!);
    const started = await databaseNow();
    for (const hostile of hostileCases) {
      await test.step(hostile.id, async () => {
        const since = await databaseNow();
        await newClientAddress(context);
        await visit(page, `/campaigns/${solidarityCampaign.slug}/solidarity`);
        await dropLengthLimits(page);
        const marker = `Robin ${uniqueId()}`;
        const short = shortCases().includes(hostile);
        const name = await fillAndRead(page.getByLabel("Your name"), short ? hostile.value : marker);
        const message = await fillAndRead(page.getByLabel("Your message", { exact: true }), hostile.value);
        await page.getByRole("button", { name: "Send my message" }).click();

        const answer = answerOf(hostile, 1_000, false);
        if (answer === "accept") {
          await expect(page.getByText("Your message will appear once a moderator has read it.")).toBeVisible();
          const stored = (await actionsSince(solidarityCampaign.slug, since)).filter(
            (a) => a.kind === "solidarity" && normalised(a.personal_text ?? "") === normalised(message) && normalised(a.public_name ?? "") === normalised(name),
          );
          expect(stored).toEqual([expect.objectContaining({ status: "pending" })]);
        } else {
          await expectFieldError(page, "message", refusal(answer));
          const stored = (await actionsSince(solidarityCampaign.slug, since)).filter((a) => a.public_name === marker);
          expect(stored).toEqual([]);
        }
        await watch.verify(page);
      });
    }

    // Where a pending message is displayed: its review page in the moderation queue, read by an
    // admin (the queue's first page holds whatever other specs left waiting, so open the item).
    const [scripted] = await e2eSql()<{ id: string }[]>`
      select a.id::text as id from actions a join campaigns c on c.id = a.campaign_id
      where c.slug = ${solidarityCampaign.slug} and a.kind = 'solidarity' and a.created_at >= ${started}
        and a.id in ${e2eSql()([0, ...(await actionIdsWithText("<script>window.__xss=1</script>"))])}
      order by a.id desc limit 1`;
    expect(scripted, "the script-tag message was stored pending").toBeTruthy();
    const admin = await browser.newContext({ baseURL });
    const adminWatch = await watchContext(admin, baseURL!);
    await signInAs(admin, await createUser("admin"), baseURL!);
    const adminPage = await admin.newPage();
    await visit(adminPage, `/admin/moderation/action/${scripted!.id}`);
    await expect(adminPage.locator("main")).toContainText("<script>window.__xss=1</script>");
    await expect(adminPage.locator('main a[href^="javascript:" i]')).toHaveCount(0);
    await adminWatch.verify(adminPage);
    await admin.close();
  });
});

test.describe("hostile input on the sign-on form", () => {
  test("websites other than http(s) addresses are refused; hostile organisation names are stored as typed", async ({ page, context, baseURL }) => {
    test.setTimeout(600_000);
    const watch = await watchContext(context, baseURL!);
    const path = `/campaigns/${signOnCampaign.slug}/sign-on`;
    for (const website of hostileWebsites) {
      await test.step(`website ${website}`, async () => {
        await newClientAddress(context);
        const domain = `h-${uniqueId()}.example.org`;
        await visit(page, path);
        await page.getByLabel("Organisation name").fill(`Friends ${uniqueId()}`);
        await page.getByLabel("Country where the organisation is based").selectOption("GB");
        await page.getByLabel("Website (optional)").fill(website);
        await page.getByLabel("Contact email address").fill(`contact@${domain}`);
        await page.getByRole("button", { name: "Sign on" }).click();
        await expectFieldError(page, "organisationWebsite", "Enter the organisation's web address, starting with https://.");
        expect(await countRows(actionsAtDomain(domain))).toBe(0);
        await watch.verify(page);
      });
    }
    for (const hostile of shortCases()) {
      await test.step(`organisation ${hostile.id}`, async () => {
        await newClientAddress(context);
        const domain = `h-${uniqueId()}.example.org`;
        await visit(page, path);
        const typed = await fillAndRead(page.getByLabel("Organisation name"), hostile.value);
        await page.getByLabel("Country where the organisation is based").selectOption("GB");
        await page.getByLabel("Contact email address").fill(`contact@${domain}`);
        await page.getByRole("button", { name: "Sign on" }).click();
        await expectCheckEmailInPlace(page);
        const rows = await e2eSql()<{ organisation_name: string }[]>`
          select organisation_name from actions where email_domain = ${domain}`;
        expect(rows.map((r) => normalised(r.organisation_name))).toEqual([normalised(typed)]);
        await watch.verify(page);
      });
    }
  });
});
