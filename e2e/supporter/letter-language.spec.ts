/**
 * Letters in the right language ([International] item 4), without JavaScript:
 * on /fr/... a campaign with a French model letter offers it in French (the
 * reader's language, and here its French ministry's), says so, and links to
 * its other languages; following the English link shows the English letter,
 * and the signature is stored with the letter's language (en) apart from the
 * interface language (fr).
 */
import { randomBytes } from "node:crypto";
import { keyedHash } from "../../lib/crypto";
import { canonicalEmail } from "../../lib/email/canonical";
import { e2eSql } from "../auth";
import { expect, test, visit } from "../fixtures";

/** A published letter campaign to a French ministry, with its model letter in English, French and Arabic. */
async function campaignWithFrenchLetter(): Promise<{ id: string; slug: string }> {
  const sql = e2eSql();
  const suffix = randomBytes(4).toString("hex");
  const [campaign] = await sql<{ id: string; slug: string }[]>`
    insert into campaigns (slug, title, summary, status, published_at, action_kinds)
    values (${`e2e-letter-language-${suffix}`}, ${`Letter language ${suffix}`}, 'Made by an e2e test.', 'published', now(), '{letter}')
    returning id, slug`;
  const [target] = await sql<{ id: string }[]>`
    insert into targets (kind, name, language, address_lines, city, host_country, is_example)
    values ('official', ${`Ministère de la Justice ${suffix}`}, 'fr', '{"13 place Vendôme"}', 'Paris', 'FR', true)
    returning id`;
  await sql`insert into campaign_targets (campaign_id, rule, target_id) values (${campaign!.id}, 'fixed', ${target!.id})`;
  await sql`insert into templates (campaign_id, kind, language, body) values
    (${campaign!.id}, 'letter', 'en', 'Dear {target.name}, please release the prisoners.'),
    (${campaign!.id}, 'letter', 'fr', 'Madame, Monsieur, libérez les prisonniers.'),
    (${campaign!.id}, 'letter', 'ar', 'حضرة الوزير، نطالبكم بالإفراج عن المعتقلين.')`;
  return campaign!;
}

test.describe("the letter's language, without JavaScript", () => {
  test.use({ javaScriptEnabled: false, locale: "fr-FR" });

  test("offered in French on /fr, switched to English by a link, and signed in English", async ({ page }) => {
    const campaign = await campaignWithFrenchLetter();
    const letterPath = `/fr/campaigns/${campaign.slug}/letter`;
    // A ?lang= the campaign did not write is not taken: the page makes its own choice.
    await visit(page, `${letterPath}?lang=xx`);

    const letter = page.getByTestId("letter-text");
    await expect(letter).toHaveAttribute("lang", "fr");
    await expect(letter).toHaveAttribute("dir", "ltr");
    await expect(letter).toContainText("libérez les prisonniers");
    const choice = page.getByTestId("template-language");
    await expect(choice).toContainText("Cette lettre est en français, la langue de travail de son destinataire : Ministère de la Justice");
    await expect(page.locator('input[type="hidden"][name="language"]')).toHaveValue("fr");

    // A plain link: no script involved in switching.
    const english = choice.getByRole("navigation", { name: "Langues de ce texte" }).getByRole("link", { name: "English" });
    await expect(english).toHaveAttribute("lang", "en");
    await english.click();
    await expect(page).toHaveURL(new RegExp(`${letterPath}\\?(?:.*&)?lang=en(?:&|$)`));
    await expect(letter).toHaveAttribute("lang", "en");
    await expect(letter).toContainText("please release the prisoners");
    await expect(choice).toContainText("Cette lettre est en anglais, la langue dans laquelle la campagne a été rédigée.");
    await expect(choice.getByRole("link", { name: "Français" })).toBeVisible();
    await expect(page.locator('input[type="hidden"][name="language"]')).toHaveValue("en");


    const email = `letter-language-${randomBytes(5).toString("hex")}@example.org`;
    const form = page.locator('section[aria-labelledby="sign-heading"]');
    await form.locator('input[name="name"]').fill("Camille Signataire");
    await form.locator('input[name="email"]').fill(email);
    await form.locator('select[name="country"]').selectOption("FR");
    await form.getByRole("button", { name: "Signer la lettre" }).click();
    await expect(page).toHaveURL(new RegExp(`/fr/campaigns/${campaign.slug}/letter/sent$`));

    const stored = await e2eSql()<{ language: string | null; locale: string | null; status: string }[]>`
      select language, locale, status from actions
      where campaign_id = ${campaign.id} and email_hash = ${keyedHash("email", canonicalEmail(email))}`;
    expect(stored).toEqual([{ language: "en", locale: "fr", status: "pending" }]);
  });
});

test("the letter page in each language is accessible, and an Arabic letter is marked right to left", async ({ page, axe }) => {
  const campaign = await campaignWithFrenchLetter();
  await visit(page, `/fr/campaigns/${campaign.slug}/letter?country=FR`);
  await expect(page.getByTestId("letter-text")).toHaveAttribute("lang", "fr");
  await axe();
  await page.getByTestId("template-language").getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/[?&]lang=ar(?:&|$)/);
  const letter = page.getByTestId("letter-text");
  await expect(letter).toHaveAttribute("lang", "ar");
  await expect(letter).toHaveAttribute("dir", "rtl");
  await expect(letter).toContainText("الإفراج عن المعتقلين");
  // The country chosen is kept by the language links, and the language by the country form.
  await expect(page).toHaveURL(/[?&]country=FR(?:&|$)/);
  await expect(page.locator('input[type="hidden"][name="lang"]')).toHaveValue("ar");
  await axe();
});
