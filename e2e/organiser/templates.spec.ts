import { expect, test, visit } from "../fixtures";
import { e2eSql } from "../auth";
import { campaignOrganisedBy } from "./organise-data";

test.describe("campaign templates", () => {
  test("an unknown placeholder is named next to the field; a valid template saves and previews against a target", async ({ page, loginAs, axe }) => {
    const owner = await loginAs("organiser");
    const campaign = await campaignOrganisedBy(owner);
    const [target] = await e2eSql()<{ id: string }[]>`
      insert into targets (kind, honorific, name, represented_state, host_country) values ('official', 'Minister', 'E2E Preview Minister', 'CN', 'CN') returning id`;
    await e2eSql()`insert into campaign_targets (campaign_id, rule, target_id) values (${campaign.id}, 'fixed', ${target!.id})`;

    await visit(page, `/organise/campaigns/${campaign.id}/templates`);
    await axe();
    const body = page.getByLabel(/^Text/);
    await body.fill("Dear {target.honorific} {target.nmae},\nPlease release {defender.name}.");
    await page.getByRole("button", { name: "Save template" }).click();
    await expect(body).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#field-body-error")).toContainText("Unknown placeholder: {target.nmae}");

    await body.fill("Dear {target.honorific} {target.name},\nPlease release {defender.name}.");
    await expect(page.getByTestId("template-preview")).toContainText("Dear Minister E2E Preview Minister,");
    await page.getByRole("button", { name: "Save template" }).click();
    await expect(page.getByRole("status").getByText("Template saved.")).toBeVisible();

    await visit(page, `/organise/campaigns/${campaign.id}/templates?kind=letter&lang=en&preview=${target!.id}`);
    await expect(page.getByTestId("template-preview")).toContainText("Please release Org E2E Defender");
    await expect(page.getByRole("link", { name: /Letter · en/ })).toBeVisible();
  });

  test("another organiser cannot open the templates tab", async ({ page, loginAs }) => {
    const { createUser } = await import("../auth");
    const owner = await createUser("organiser");
    const campaign = await campaignOrganisedBy(owner);
    await loginAs("organiser");
    await visit(page, `/organise/campaigns/${campaign.id}/templates`, 404);
  });
});
