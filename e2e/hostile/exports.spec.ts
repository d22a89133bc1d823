/**
 * Accepted hostile values on their way out: letters signed with formula-like
 * names, cities and paragraphs are confirmed, then exported by an organiser
 * (an admin here) as CSV. Every cell that a spreadsheet would run as a formula
 * starts with an apostrophe; everything else comes back exactly as stored.
 */
import { parse } from "csv-parse/sync";
import { createUser, e2eSql, signInAs } from "../auth";
import { expect, test, visit } from "../fixtures";
import { linkIn, waitForMail } from "../mail";
import { isolatedContext, uniqueId } from "../nojs/support";
import { campaignFor } from "../supporter/channels";
import { hostileCases } from "./corpus";
import { normalised } from "./forms";
import { watchContext } from "./watch";

const campaign = campaignFor("letter", { highRisk: false });
const exported = hostileCases.filter(
  (c) => c.category === "csv-formula" || ["script-tag", "img-onerror", "sql-drop", "rtl-override", "emoji-zwj"].includes(c.id),
);

test("formula-like and script-like letters are confirmed and exported as inert CSV cells", async ({ browser, baseURL }) => {
  test.setTimeout(480_000);
  const signed: { email: string; name: string; paragraph: string }[] = [];
  const supporter = await isolatedContext(browser, baseURL!, { javaScriptEnabled: false });
  const page = await supporter.newPage();
  for (const hostile of exported) {
    await supporter.setExtraHTTPHeaders({ "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.${signed.length + 1}` });
    const email = `csv-${uniqueId()}@example.org`;
    await visit(page, `/campaigns/${campaign.slug}/letter?country=CA`);
    await page.getByLabel("Your name").fill(hostile.value);
    await page.getByLabel("Your email address").fill(email);
    await page.getByLabel("Town or city (optional)").fill(hostile.value);
    await page.getByLabel("Your own paragraph (optional)").fill(hostile.value);
    const name = await page.getByLabel("Your name").inputValue();
    const paragraph = await page.getByLabel("Your own paragraph (optional)").inputValue();
    await page.getByRole("button", { name: "Sign the letter" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    signed.push({ email, name: normalised(name), paragraph: normalised(paragraph) });
  }
  for (const letter of signed) {
    const link = linkIn(await waitForMail(letter.email, { subject: /Confirm your letter/ }), "/confirm/");
    await visit(page, new URL(link).pathname);
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
  }
  await supporter.close();

  const admin = await browser.newContext({ baseURL });
  const watch = await watchContext(admin, baseURL!);
  await signInAs(admin, await createUser("admin"), baseURL!);
  const [row] = await e2eSql()<{ id: string }[]>`select id from campaigns where slug = ${campaign.slug}`;
  const response = await admin.request.get(`/api/organise/campaigns/${row!.id}/export.csv?emails=1`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const records = parse(await response.text(), { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[];

  const formula = /^[=+\-@\t\r]/;
  for (const cell of records.flatMap((r) => [r.name ?? "", r.city ?? "", r.personal_message ?? ""])) {
    expect(formula.test(cell), `an export cell would run as a formula: ${JSON.stringify(cell.slice(0, 40))}`).toBe(false);
  }
  for (const letter of signed) {
    const record = records.find((r) => r.email === letter.email);
    expect(record, `the export has the letter of ${letter.email}`).toBeDefined();
    const shown = (stored: string) => (formula.test(stored) ? `'${stored}` : stored);
    expect(normalised(record!.name ?? "")).toBe(normalised(shown(letter.name)));
    expect(normalised(record!.personal_message ?? "")).toBe(normalised(shown(letter.paragraph)));
  }

  // The organiser's pages for the campaign render what was signed as text.
  const adminPage = await admin.newPage();
  for (const path of ["", "/delivery", "/analytics"]) {
    await visit(adminPage, `/organise/campaigns/${row!.id}${path}`);
    await watch.verify(adminPage);
  }
  await admin.close();
});
