/**
 * Signing a letter without JavaScript in French and in Arabic (right to left):
 * the form is found by its fields' names and the catalogue's words (read from
 * messages/<locale>/*.json, never written here), the answer is the language's
 * "check your email" page, the confirmation mail is in that language with a
 * link to the confirm page in it, and confirming ends on the thanks page in it.
 * Every page of the journey keeps its links in the language.
 */
import type { BrowserContext, Page } from "@playwright/test";
import { actionKindTable } from "../../lib/action-kinds";
import { expect, test, visit } from "../fixtures";
import { waitForMail } from "../mail";
import { isolatedContext, uniqueId } from "../nojs/support";
import { campaignFor } from "../supporter/channels";
import { languageTags, linksLeavingLanguage, localizeHref, message, textDirection, type Locale } from "./support";

test.describe.configure({ mode: "parallel" });

let context: BrowserContext;
let page: Page;

test.beforeEach(async ({ browser, baseURL }) => {
  // JavaScript off, and a client address of its own (the per-address limits are stricter without the proof of work).
  context = await isolatedContext(browser, baseURL!, { javaScriptEnabled: false });
  page = await context.newPage();
});

test.afterEach(async () => {
  await context.close();
});

/** The text before a message's first {placeholder}: what every rendering of it starts with. */
const opening = (locale: Locale, key: string) => message(locale, key).split("{")[0]!.trim();

async function expectPageIn(locale: Locale): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", languageTags[locale]);
  await expect(page.locator("html")).toHaveAttribute("dir", textDirection(locale));
  expect(await linksLeavingLanguage(page, locale), `links on ${new URL(page.url()).pathname} that leave ${locale}`).toEqual([]);
}

for (const locale of ["fr", "ar"] as const) {
  test(`sign a letter in ${locale} without JavaScript: ${locale} pages, a ${locale} mail, a /${locale}/confirm/ link`, async () => {
    test.setTimeout(60_000);
    const campaign = campaignFor("letter", { highRisk: false });
    const letterPath = localizeHref(`/campaigns/${campaign.slug}/letter`, locale);
    const email = `i18n-${locale}-${uniqueId()}@example.org`;

    await visit(page, `${letterPath}?country=CA`);
    await expectPageIn(locale);
    await expect(page.getByRole("heading", { level: 1, name: message(locale, "SupporterActions.letter.heading") })).toBeVisible();
    const form = page.locator("form").filter({ has: page.locator('input[name="email"]') });
    await form.locator('textarea[name="personalText"]').fill(`${locale} (${uniqueId()})`);
    await form.locator('input[name="name"]').fill("Camille Test");
    await form.locator('input[name="email"]').fill(email);
    // The labels are the catalogue's.
    await expect(form.getByLabel(message(locale, "SupporterActions.form.email"), { exact: false })).toHaveValue(email);
    await form.getByRole("button", { name: message(locale, "SupporterActions.letter.submit") }).click();

    await expect(page).toHaveURL((url) => url.pathname === `${letterPath}/sent`);
    await expect(page.getByRole("heading", { level: 1, name: message(locale, "SupporterActions.checkEmail.heading") })).toBeVisible();
    await expect(page.getByText(message(locale, "SupporterActions.checkEmail.body"))).toBeVisible();
    await expectPageIn(locale);

    const namespace = actionKindTable.letter.confirmation.mail;
    const mail = await waitForMail(email);
    expect(mail.subject, "the mail's subject, from the catalogue").toContain(opening(locale, `${namespace}.subject`));
    expect(mail.text.replace(/\r\n/g, "\n"), "the mail's text, from the catalogue").toContain(opening(locale, `${namespace}.text`));
    const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => url.includes("/confirm/"));
    expect(link, "a confirm link in the mail").toBeDefined();
    const confirmPath = new URL(link!.replace(/[).,>]+$/, "")).pathname;
    expect(confirmPath).toMatch(new RegExp(`^/${locale}/confirm/[^/]+$`));

    await visit(page, confirmPath);
    await expectPageIn(locale);
    await expect(page.getByRole("heading", { level: 1, name: message(locale, "SupporterActions.confirm.heading") })).toBeVisible();
    await page.getByRole("button", { name: message(locale, "SupporterActions.confirm.button"), exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === localizeHref(`/campaigns/${campaign.slug}/thanks`, locale));
    await expect(page.getByRole("heading", { level: 1, name: message(locale, "SupporterActions.thanks.heading") })).toBeVisible();
    await expectPageIn(locale);
  });
}
