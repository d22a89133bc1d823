/**
 * Forged hidden fields and a replayed captcha solution, sent through the real
 * forms (the hidden inputs are changed in the page before submitting, as a
 * script would): each is refused with a clear message or treated as a plain
 * repeat, nothing is written for a refused one, and nothing answers 5xx.
 */
import type { Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { e2eSql } from "../auth";
import { allCampaigns } from "../demo-data";
import { expect, test, visit } from "../fixtures";
import { uniqueId } from "../nojs/support";
import { actionIdsWithText } from "../sealed";
import { actionsSince, campaignFor, databaseNow } from "../supporter/channels";
import { actionsAtDomain, countRows, forgeField, newClientAddress } from "./forms";
import { watchContext, type Watch } from "./watch";
import { expectCheckEmailInPlace } from "../check-email";

const letterCampaign = campaignFor("letter", { highRisk: false });
const closedCampaign = allCampaigns.find((c) => c.status === "closed" || c.status === "won");
const campaignWithoutSignOns = allCampaigns.find((c) => c.status === "published" && !c.actionKinds.includes("org_signon"));

let watch: Watch;

test.beforeEach(async ({ context, baseURL }) => {
  test.setTimeout(90_000);
  watch = await watchContext(context, baseURL!);
  await newClientAddress(context);
});

test.afterEach(async ({ page }) => {
  await watch.verify(page);
});

async function openLetterForm(page: Page, domain: string) {
  await visit(page, `/campaigns/${letterCampaign.slug}/letter?country=CA`);
  await page.getByLabel("Your name").fill("Robin Forger");
  await page.getByLabel("Your email address").fill(`robin@${domain}`);
}

const signButton = (page: Page) => page.getByRole("button", { name: "Sign the letter" });

test.describe("forged hidden fields on the letter form", () => {
  const cases: { name: string; field: string; value: () => string; message: RegExp }[] = [
    {
      name: "the slug of a closed campaign",
      field: "campaign",
      value: () => closedCampaign!.slug,
      message: /no longer collects this kind of action/,
    },
    {
      name: "the slug of a campaign that does not exist",
      field: "campaign",
      value: () => `no-such-campaign-${uniqueId()}`,
      message: /no longer collects this kind of action/,
    },
    { name: "a slug that is not one", field: "campaign", value: () => "../../admin'--", message: /Please correct/ },
    { name: "an idempotency key that is not a UUID", field: "idempotencyKey", value: () => "1; DROP TABLE actions", message: /Please correct/ },
  ];
  for (const c of cases) {
    test(`${c.name} is refused and nothing is stored`, async ({ page }) => {
      const domain = `forged-${uniqueId()}.example.org`;
      await openLetterForm(page, domain);
      await forgeField(page, c.field, c.value());
      await signButton(page).click();
      await expect(page.locator("#letter-form-message")).toHaveText(c.message);
      expect(await countRows(actionsAtDomain(domain))).toBe(0);
    });
  }

  test("a reused idempotency key from another signer is a no-op retry, never a second row or an overwrite", async ({ page }) => {
    const first = `forged-${uniqueId()}.example.org`;
    await openLetterForm(page, first);
    const key = await page.locator('form [name="idempotencyKey"]').inputValue();
    await signButton(page).click();
    await expectCheckEmailInPlace(page);

    const second = `forged-${uniqueId()}.example.org`;
    await openLetterForm(page, second);
    await forgeField(page, "idempotencyKey", key);
    await signButton(page).click();
    await expectCheckEmailInPlace(page);
    expect(await countRows(actionsAtDomain(first))).toBe(1);
    expect(await countRows(actionsAtDomain(second))).toBe(0);
  });

  test("a forged country is refused next to the country field", async ({ page }) => {
    const domain = `forged-${uniqueId()}.example.org`;
    await openLetterForm(page, domain);
    await page.locator("#field-country").evaluate((select) => {
      const option = document.createElement("option");
      option.value = "XX'; --";
      option.textContent = "Forged";
      select.appendChild(option);
      (select as HTMLSelectElement).value = option.value;
    });
    await signButton(page).click();
    await expect(page.locator("#field-country-error")).toHaveText("Choose the country where you live from the list.");
    expect(await countRows(actionsAtDomain(domain))).toBe(0);
  });
});

test.describe("forged hidden fields on the other supporter forms", () => {
  test("a sign-on posted for a campaign that does not collect sign-ons is refused", async ({ page }) => {
    const campaign = campaignFor("org_signon", { highRisk: false });
    const domain = `forged-${uniqueId()}.example.org`;
    await visit(page, `/campaigns/${campaign.slug}/sign-on`);
    await page.getByLabel("Organisation name").fill(`Forgers ${uniqueId()}`);
    await page.getByLabel("Country where the organisation is based").selectOption("GB");
    await page.getByLabel("Contact email address").fill(`contact@${domain}`);
    await forgeField(page, "campaign", campaignWithoutSignOns!.slug);
    await page.getByRole("button", { name: "Sign on" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "no longer collects" })).toBeVisible();
    expect(await countRows(actionsAtDomain(domain))).toBe(0);
  });

  test("a tweet for a target of another campaign, or to an unknown network, is refused and not counted", async ({ page }) => {
    test.setTimeout(120_000);
    await page.route(/^https:\/\/(x|twitter|bsky)\.(com|app)\//, (route) => route.abort());
    const campaign = campaignFor("tweet");
    await visit(page, `/campaigns/${campaign.slug}/tweet`);
    const offered = await page.locator('form [name="targetId"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    const [foreignTarget] = await e2eSql()<{ id: string }[]>`select id from targets where not (id = any(${offered.filter(Boolean)}::uuid[])) limit 1`;
    const since = await databaseNow();
    for (const [field, value] of [
      ["targetId", foreignTarget!.id],
      ["targetId", randomUUID()],
      ["targetId", "' OR 1=1 --"],
      ["network", "javascript"],
      ["campaignSlug", closedCampaign!.slug],
    ] as const) {
      await visit(page, `/campaigns/${campaign.slug}/tweet`);
      await forgeField(page, field, value);
      await page.getByRole("button", { name: "Post on X" }).first().click();
      await expect(page).toHaveURL(new RegExp(`/campaigns/${campaign.slug}/tweet`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    expect((await actionsSince(campaign.slug, since)).filter((a) => a.kind === "tweet" && a.self_reported === false).length).toBe(0);
  });

  test("a solidarity message in a forged language or for a campaign without messages is refused", async ({ page }) => {
    const campaign = campaignFor("solidarity", { highRisk: false });
    const other = allCampaigns.find((c) => c.status === "published" && !c.actionKinds.includes("solidarity"));
    const message = `Forged ${uniqueId()}`;
    await visit(page, `/campaigns/${campaign.slug}/solidarity`);
    await page.getByLabel("Your name").fill("Robin Forger");
    await page.getByLabel("Your message", { exact: true }).fill(message);
    await page.locator("#field-language").evaluate((select) => {
      const option = document.createElement("option");
      option.value = "<script>";
      select.appendChild(option);
      (select as HTMLSelectElement).value = option.value;
    });
    await page.getByRole("button", { name: "Send my message" }).click();
    await expect(page.locator("#field-language-error")).toHaveText("This value is not valid.");

    if (other) {
      await visit(page, `/campaigns/${campaign.slug}/solidarity`);
      await page.getByLabel("Your name").fill("Robin Forger");
      await page.getByLabel("Your message", { exact: true }).fill(message);
      await forgeField(page, "campaignSlug", other.slug);
      await page.getByRole("button", { name: "Send my message" }).click();
      await expect(page.getByRole("alert").filter({ hasText: /./ }).first()).toBeVisible();
    }
    expect(await actionIdsWithText(message)).toEqual([]);
  });
});

test.describe("a replayed captcha solution", () => {
  test("counts once: the second letter with the same solution is stored as unverified", async ({ page, context }) => {
    test.setTimeout(90_000);
    const first = `replay-${uniqueId()}.example.org`;
    await openLetterForm(page, first);
    await expect(page.getByText("Check done: you can send.")).toBeVisible({ timeout: 30_000 });
    const solution = await page.locator('form [name="altcha"]').inputValue();
    expect(solution.length).toBeGreaterThan(20);
    await signButton(page).click();
    await expectCheckEmailInPlace(page);

    await newClientAddress(context);
    const second = `replay-${uniqueId()}.example.org`;
    await openLetterForm(page, second);
    await expect(page.getByText("Check done: you can send.")).toBeVisible({ timeout: 30_000 });
    await forgeField(page, "altcha", solution);
    await signButton(page).click();
    await expectCheckEmailInPlace(page);

    const verified = async (domain: string) =>
      (await e2eSql()<{ pow_verified: boolean }[]>`select pow_verified from actions where email_domain = ${domain}`).map((r) => r.pow_verified);
    expect(await verified(first)).toEqual([true]);
    expect(await verified(second)).toEqual([false]);
  });

  test("a garbage captcha payload is treated as unsolved, not as an error", async ({ page }) => {
    const domain = `replay-${uniqueId()}.example.org`;
    await openLetterForm(page, domain);
    await expect(page.getByText("Check done: you can send.")).toBeVisible({ timeout: 30_000 });
    await forgeField(page, "altcha", Buffer.from(JSON.stringify({ signature: "<script>", salt: "x?expires=NaN" })).toString("base64"));
    await signButton(page).click();
    await expectCheckEmailInPlace(page);
    const rows = await e2eSql()<{ pow_verified: boolean }[]>`select pow_verified from actions where email_domain = ${domain}`;
    expect(rows).toEqual([{ pow_verified: false }]);
  });
});
