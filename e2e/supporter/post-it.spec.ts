import { readFile } from "node:fs/promises";
import { expect, test, visit } from "../fixtures";
import { target } from "../demo-data";
import { extractPdfText } from "../../lib/pdf/extract-text";
import { actionsSince, campaignFor, databaseNow } from "./channels";

const campaign = campaignFor("letter", { highRisk: false });
const ottawa = target("embassy-cn-ca");

test.describe("print and post", () => {
  test("downloads the letter as a PDF addressed to the embassy, then records 'I posted it'", async ({ page, axe }) => {
    const since = await databaseNow();
    await visit(page, `/campaigns/${campaign.slug}/post-it?country=CA`);
    await axe();
    const section = page.getByRole("region", { name: `${ottawa.honorific} ${ottawa.name}` });
    await section.getByLabel("Your name").first().fill("Ana Souza");
    await section.getByLabel("Your city").fill("Toronto");
    await section.getByLabel("A paragraph of your own").fill("I live in Toronto, near his family.");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      section.getByRole("button", { name: "Download the letter (PDF)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`letter-${campaign.slug}.pdf`);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const lines = extractPdfText(pdf);
    expect(lines).toContain("Ana Souza");
    expect(lines).toContain("Toronto");
    expect(lines).toContain(ottawa.addressLines[0]);
    expect(lines.join(" ")).toContain("I live in Toronto, near his family.");

    const posted = section.getByRole("form", { name: "Did you post it?" });
    await posted.getByRole("button", { name: "I posted it" }).click();
    await expect(section.getByText("Thank you for sending the letter.")).toBeVisible();
    // Self-reported only: the letter specs sign (pending, confirmed) letters on the same campaign meanwhile.
    const recorded = (await actionsSince(campaign.slug, since)).filter((a) => a.kind === "letter" && a.self_reported);
    expect(recorded).toEqual([expect.objectContaining({ status: "confirmed", self_reported: true })]);
  });
});
