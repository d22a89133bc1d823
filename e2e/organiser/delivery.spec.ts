import { expect, test, visit } from "../fixtures";
import { createUser, e2eSql } from "../auth";
import { campaignOrganisedBy } from "./organise-data";

test.describe("delivery", () => {
  test("the organiser downloads the signatures CSV and records a delivery", async ({ page, loginAs, axe }) => {
    const owner = await loginAs("organiser");
    const campaign = await campaignOrganisedBy(owner, "published");
    // Signatures need encrypted names: the CSV of a campaign without any is just the header row.
    await visit(page, `/organise/campaigns/${campaign.id}/delivery`);
    await axe();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Signatures (CSV)" }).click()]);
    expect(download.suggestedFilename()).toBe(`${campaign.slug}-signatures.csv`);
    const path = await download.path();
    const { readFile } = await import("node:fs/promises");
    expect((await readFile(path!, "utf8")).replace(/^\uFEFF/, "")).toBe(
      "signature_id,confirmed_at,name,city,country,language,target,personal_message,wants_updates\r\n",
    );

    await page.getByLabel(/^How it was delivered/).fill("By hand at the embassy");
    await page.getByLabel(/^Number of letters/).fill("12");
    await page.getByRole("button", { name: "Record delivery" }).click();
    await expect(page.getByRole("status").getByText("Delivery recorded.")).toBeVisible();
    await visit(page, `/organise/campaigns/${campaign.id}/delivery`);
    await expect(page.getByText(/By hand at the embassy, 12 items/)).toBeVisible();
    const [row] = await e2eSql()<{ n: number }[]>`select count(*)::int as n from deliveries where campaign_id = ${campaign.id}`;
    expect(row!.n).toBe(1);

    // The delivery is part of the public campaign's timeline.
    await visit(page, `/campaigns/${campaign.slug}`);
    const timeline = page.getByRole("region", { name: "Updates" });
    await expect(timeline.getByText("12 actions delivered")).toBeVisible();
    await expect(timeline.getByText("How: By hand at the embassy")).toBeVisible();
  });

  test("another organiser and a supporter get 404 from the delivery tab and the exports", async ({ page, loginAs }) => {
    const owner = await createUser("organiser");
    const campaign = await campaignOrganisedBy(owner);
    for (const role of ["organiser", "supporter"] as const) {
      await page.context().clearCookies();
      await loginAs(role);
      await visit(page, `/organise/campaigns/${campaign.id}/delivery`, 404);
      for (const file of ["export.csv", "letters.pdf", "solidarity.pdf"]) {
        const response = await page.request.get(`/api/organise/campaigns/${campaign.id}/${file}`);
        expect(response.status(), file).toBe(404);
      }
    }
    await page.context().clearCookies();
    const response = await page.request.get(`/api/organise/campaigns/${campaign.id}/export.csv`);
    expect(response.status()).toBe(401);
  });
});
