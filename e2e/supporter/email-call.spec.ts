import { expect, test, visit } from "../fixtures";
import { target } from "../demo-data";
import { actionsSince, campaignFor, databaseNow } from "./channels";

const emailCampaign = campaignFor("email");
const callCampaign = campaignFor("call");
/** The Chinese embassy in Ottawa: real contact details in the demo data, for supporters in Canada. */
const ottawa = target("embassy-cn-ca");

test.describe("email and phone", () => {
  test("a supporter in Canada gets a prefilled mailto: for the embassy in Ottawa and can say they sent it", async ({ page, axe }) => {
    if (!emailCampaign.targets.some((t) => t.rule === "embassy" && t.responsibleState === "CN")) throw new Error("The demo data (db/seed/data) no longer fits this test: needs a CN embassy rule");
    const since = await databaseNow();
    await visit(page, `/campaigns/${emailCampaign.slug}/email?country=CA`);
    const section = page.getByRole("region", { name: `${ottawa.honorific} ${ottawa.name}` });
    const mailto = section.getByRole("link", { name: `Write to ${ottawa.email}` });
    const href = (await mailto.getAttribute("href"))!;
    expect(href.startsWith(`mailto:${ottawa.email}?subject=`)).toBe(true);
    expect(decodeURIComponent(new URL(href).searchParams.get("body") ?? "")).toContain(ottawa.name);
    await axe();

    await section.getByLabel("Your name").fill("Ana Souza");
    await section.getByRole("button", { name: "I sent the email" }).click();
    await expect(section.getByText("Thank you for sending your email.")).toBeVisible();
    const recorded = (await actionsSince(emailCampaign.slug, since)).filter((a) => a.kind === "email");
    expect(recorded).toEqual([expect.objectContaining({ status: "confirmed", self_reported: true })]);
  });

  test("example targets are shown without mailto: or tel: links", async ({ page }) => {
    await visit(page, `/campaigns/${callCampaign.slug}/call?country=CA`);
    const examples = page.getByText("Example data:");
    for (let i = 0; i < (await examples.count()); i++) {
      const section = page.locator("section", { has: examples.nth(i) });
      await expect(section.locator('a[href^="tel:"], a[href^="mailto:"]')).toHaveCount(0);
    }
  });

  test("a call is recorded with its outcome note", async ({ page, axe }) => {
    const since = await databaseNow();
    await visit(page, `/campaigns/${callCampaign.slug}/call?country=CA`);
    const section = page.getByRole("region", { name: `${ottawa.honorific} ${ottawa.name}` });
    await expect(section.getByRole("link", { name: /^Call / })).toHaveAttribute("href", /^tel:\d+$/);
    await axe();
    await section.getByLabel("How did it go?").fill("They took a message.");
    await section.getByRole("button", { name: "I made the call" }).click();
    await expect(section.getByText("Thank you for calling.")).toBeVisible();
    const recorded = (await actionsSince(callCampaign.slug, since)).filter((a) => a.kind === "call");
    expect(recorded).toEqual([
      expect.objectContaining({ status: "confirmed", self_reported: true, personal_text: "They took a message.", legacy_personal_text: null }),
    ]);
  });
});
