import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test, visit } from "../fixtures";
import { actionsSince, campaignFor, databaseNow } from "./channels";

const campaign = campaignFor("solidarity", { highRisk: false });
const highRiskCampaign = campaignFor("solidarity", { highRisk: true });

async function sendMessage(page: Page, slug: string, message: string, from: { name?: string; anonymous?: boolean } = {}) {
  await visit(page, `/campaigns/${slug}/solidarity`);
  if (from.name) await page.getByLabel("Your name").fill(from.name);
  if (from.anonymous) await page.getByLabel("Post anonymously").check();
  await page.getByLabel("Your country (optional)").selectOption("CA");
  await page.getByLabel("Your message", { exact: true }).fill(message);
  await page.getByRole("button", { name: "Send my message" }).click();
  await expect(page.getByText("Your message will appear once a moderator has read it.")).toBeVisible();
}

async function expectHiddenOnCampaignPage(page: Page, slug: string, message: string) {
  await visit(page, `/campaigns/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(message)).toHaveCount(0);
}

function uniqueMessage(): string {
  return `We think of you every day. ${randomBytes(4).toString("hex")}`;
}

test.describe("solidarity messages", () => {
  test("a message is stored pending and stays hidden on the campaign page", async ({ page, axe }) => {
    test.slow(); // two accessibility scans and the campaign page's re-render
    const since = await databaseNow();
    const message = uniqueMessage();
    await visit(page, `/campaigns/${campaign.slug}/solidarity`);
    await axe();
    await sendMessage(page, campaign.slug, message, { name: "Ana Souza" });
    await axe();
    const [stored] = (await actionsSince(campaign.slug, since)).filter((a) => a.personal_text === message);
    expect(stored).toMatchObject({ kind: "solidarity", status: "pending", self_reported: false, public_name: "Ana Souza", legacy_personal_text: null });
    await expectHiddenOnCampaignPage(page, campaign.slug, message);
  });

  test("a missing message is answered next to the field", async ({ page }) => {
    await visit(page, `/campaigns/${campaign.slug}/solidarity`);
    await page.getByLabel("Your name").fill("Ana");
    await page.getByRole("button", { name: "Send my message" }).click();
    const field = page.getByLabel("Your message", { exact: true });
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAttribute("aria-describedby", /field-message-error/);
    await expect(page.locator("#field-message-error")).toHaveText("This field is required.");
  });

  test("on a high-risk campaign no name is asked for or stored", async ({ page }) => {
    const since = await databaseNow();
    const message = uniqueMessage();
    await visit(page, `/campaigns/${highRiskCampaign.slug}/solidarity`);
    await expect(page.getByLabel("Your name")).toHaveCount(0);
    await sendMessage(page, highRiskCampaign.slug, message);
    const [stored] = (await actionsSince(highRiskCampaign.slug, since)).filter((a) => a.personal_text === message);
    expect(stored).toMatchObject({ status: "pending", public_name: null, name_ciphertext: null });
  });
});

test.describe("solidarity messages without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form works and the message stays hidden", async ({ page }) => {
    const since = await databaseNow();
    const message = uniqueMessage();
    await sendMessage(page, campaign.slug, message, { anonymous: true });
    const [stored] = (await actionsSince(campaign.slug, since)).filter((a) => a.personal_text === message);
    expect(stored).toMatchObject({ status: "pending", public_name: null });
    await expectHiddenOnCampaignPage(page, campaign.slug, message);
  });
});
