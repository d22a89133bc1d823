import { actionKinds } from "../../db/schema/enums";
import {
  allCampaigns,
  campaignCountries,
  campaignDefenders,
  campaignFilterStatuses,
  campaignMatchesStatusFilter,
  featuredCampaign,
  featuredDefender,
  numberPattern,
  publicCampaigns,
  target,
  type SeedCampaign,
} from "../demo-data";
import { expect, linkedSlugs, test, visit } from "../fixtures";
import type { Page } from "@playwright/test";

const slugsOf = (list: SeedCampaign[]) => list.map((c) => c.slug).sort();

async function optionValues(page: Page, label: string): Promise<string[]> {
  const select = page.getByRole("combobox", { name: label, exact: true });
  await expect(select, `a select labelled "${label}"`).toBeVisible();
  const values = await select.locator("option").evaluateAll((options) =>
    options.map((o) => (o as HTMLOptionElement).value),
  );
  return values.filter((v) => v !== "");
}

const seedSlugs = new Set(allCampaigns.map((c) => c.slug));

/** Compares the demo campaigns listed; campaigns other specs create while this one runs are left out. */
async function expectListedCampaigns(page: Page, expected: SeedCampaign[]) {
  const listed = (await linkedSlugs(page, "campaigns")).filter((slug) => seedSlugs.has(slug));
  expect(listed.sort()).toEqual(slugsOf(expected));
}

test.describe("/campaigns", () => {
  test("lists every public campaign as a link named with its title", async ({ page }) => {
    await visit(page, "/campaigns");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const campaign of publicCampaigns()) {
      const link = page.getByRole("link", { name: campaign.title }).first();
      await expect(link).toHaveAttribute("href", new RegExp(`/campaigns/${campaign.slug}$`));
    }
    await expectListedCampaigns(page, publicCampaigns());
  });

  test("has a GET filter form with Status, Country and Action selects", async ({ page }) => {
    await visit(page, "/campaigns");
    const button = page.getByRole("button", { name: "Filter", exact: true });
    await expect(button).toBeVisible();
    const method = await button.evaluate((b) => (b as HTMLButtonElement).form?.method);
    expect(method, "the Filter button submits a GET form").toBe("get");

    expect((await optionValues(page, "Status")).sort()).toEqual([...campaignFilterStatuses].sort());

    const countries = await optionValues(page, "Country");
    for (const code of countries) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(countries).toContain(featuredDefender().country);

    const kinds = await optionValues(page, "Action");
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(actionKinds).toContain(kind);

    for (const [label, name] of [
      ["Status", "status"],
      ["Country", "country"],
      ["Action", "kind"],
    ] as const) {
      await expect(page.getByRole("combobox", { name: label, exact: true })).toHaveAttribute("name", name);
    }
  });

  test("filtering by status=won with the form lists only won campaigns", async ({ page }) => {
    const won = publicCampaigns().filter((c) => c.status === "won");
    expect(won.length, "the demo data needs a won campaign").toBeGreaterThan(0);
    await visit(page, "/campaigns");
    await page.getByRole("combobox", { name: "Status", exact: true }).selectOption("won");
    await page.getByRole("button", { name: "Filter", exact: true }).click();
    await expect(page).toHaveURL(/[?&]status=won(&|$)/);
    await expectListedCampaigns(page, won);
    await expect(page.getByRole("combobox", { name: "Status", exact: true })).toHaveValue("won");
  });

  for (const status of campaignFilterStatuses) {
    test(`?status=${status} lists the ${status} campaigns`, async ({ page }) => {
      await visit(page, `/campaigns?status=${status}`);
      await expectListedCampaigns(
        page,
        publicCampaigns().filter((c) => campaignMatchesStatusFilter(c, status)),
      );
    });
  }

  test("?country= lists the campaigns about defenders from that country", async ({ page }) => {
    const country = featuredDefender().country;
    await visit(page, `/campaigns?country=${country}`);
    await expectListedCampaigns(
      page,
      publicCampaigns().filter((c) => campaignCountries(c).includes(country)),
    );
  });

  test("?kind= lists the campaigns that ask for that action", async ({ page }) => {
    const kind = actionKinds.find((k) => publicCampaigns().some((c) => !c.actionKinds.includes(k)) && publicCampaigns().some((c) => c.actionKinds.includes(k)));
    if (!kind) throw new Error("The demo data (db/seed/data) no longer fits this test: every public demo campaign asks for the same actions");
    await visit(page, `/campaigns?kind=${kind}`);
    await expectListedCampaigns(
      page,
      publicCampaigns().filter((c) => c.actionKinds.includes(kind!)),
    );
  });
});

test.describe("/campaigns/[slug]", () => {
  test("shows the campaign: title, defenders, progress", async ({ page }) => {
    const campaign = featuredCampaign();
    await visit(page, `/campaigns/${campaign.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(campaign.title);

    for (const defender of campaignDefenders(campaign)) {
      await expect(page.getByRole("link", { name: defender.name }).first()).toHaveAttribute(
        "href",
        new RegExp(`/defenders/${defender.slug}$`),
      );
    }
  });

  test("shows progress toward the goal", async ({ page }) => {
    const campaign = [featuredCampaign(), ...publicCampaigns()].find((c) => c.goal);
    if (!campaign) throw new Error("The demo data (db/seed/data) no longer fits this test: no public demo campaign has a goal");
    await visit(page, `/campaigns/${campaign!.slug}`);
    const text = await page.locator("body").innerText();
    expect(text, `the goal (${campaign!.goal}) is shown`).toMatch(numberPattern(campaign!.goal!));
  });

  test("shows the contact details of the campaign's targets", async ({ page }) => {
    // Fixed and fallback targets are the same for everyone, so they are on the page as is.
    const campaign = [featuredCampaign(), ...publicCampaigns()].find((c) =>
      c.targets.some((t) => t.targetKey && t.rule !== "embassy"),
    );
    if (!campaign) throw new Error("The demo data (db/seed/data) no longer fits this test: no public demo campaign has a fixed or fallback target");
    await visit(page, `/campaigns/${campaign!.slug}`);
    for (const rule of campaign!.targets) {
      if (!rule.targetKey || rule.rule === "embassy") continue;
      const t = target(rule.targetKey);
      await expect(page.getByText(t.name).first(), `target ${t.key}`).toBeVisible();
      if (t.email) await expect(page.getByText(t.email).first(), `email of ${t.key}`).toBeVisible();
      if (t.phone) await expect(page.getByText(t.phone).first(), `phone of ${t.key}`).toBeVisible();
    }
  });
});
