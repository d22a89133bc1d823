import type { Page } from "@playwright/test";
import messages from "../../messages/en";
import { defenderStatuses } from "../../db/schema/enums";
import {
  allDefenders,
  campaignsOfDefender,
  distinctiveNamePart,
  escapeRegExp,
  featuredDefender,
  type SeedDefender,
} from "../demo-data";
import { expect, linkedSlugs, test, visit } from "../fixtures";

const slugsOf = (list: readonly SeedDefender[]) => list.map((d) => d.slug).sort();

async function expectListedDefenders(page: Page, expected: readonly SeedDefender[]) {
  // Defenders other specs create while this one runs are left out.
  const seedSlugs = new Set(allDefenders.map((d) => d.slug));
  const listed = (await linkedSlugs(page, "defenders")).filter((slug) => seedSlugs.has(slug));
  expect(listed.sort()).toEqual(slugsOf(expected));
}

function searchBox(page: Page) {
  return page
    .getByRole("searchbox", { name: "Search", exact: true })
    .or(page.getByRole("textbox", { name: "Search", exact: true }));
}

async function optionValues(page: Page, label: string): Promise<string[]> {
  const select = page.getByRole("combobox", { name: label, exact: true });
  await expect(select, `a select labelled "${label}"`).toBeVisible();
  const values = await select.locator("option").evaluateAll((options) =>
    options.map((o) => (o as HTMLOptionElement).value),
  );
  return values.filter((v) => v !== "");
}

test.describe("/defenders", () => {
  test("lists every defender as a link named with their name", async ({ page }) => {
    await visit(page, "/defenders");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const defender of allDefenders) {
      await expect(page.getByRole("link", { name: defender.name }).first()).toHaveAttribute(
        "href",
        new RegExp(`/defenders/${defender.slug}$`),
      );
    }
    await expectListedDefenders(page, allDefenders);
  });

  test("has a GET form with Search, Country and Status", async ({ page }) => {
    await visit(page, "/defenders");
    const button = page.getByRole("button", { name: "Filter", exact: true });
    await expect(button).toBeVisible();
    expect(await button.evaluate((b) => (b as HTMLButtonElement).form?.method)).toBe("get");

    await expect(searchBox(page)).toHaveAttribute("name", "q");
    await expect(page.getByRole("combobox", { name: "Country", exact: true })).toHaveAttribute("name", "country");
    await expect(page.getByRole("combobox", { name: "Status", exact: true })).toHaveAttribute("name", "status");

    const countries = await optionValues(page, "Country");
    for (const code of countries) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(countries).toEqual(expect.arrayContaining([...new Set(allDefenders.map((d) => d.country))]));

    const statuses = await optionValues(page, "Status");
    for (const status of statuses) expect(defenderStatuses).toContain(status);
    expect(statuses).toEqual(expect.arrayContaining([...new Set(allDefenders.map((d) => d.status))]));
  });

  test("searching a defender's surname finds them", { tag: "@mobile" }, async ({ page }) => {
    const defender = allDefenders.find((d) => distinctiveNamePart(d));
    if (!defender) throw new Error("no demo defender has a name part no one else shares");
    const part = distinctiveNamePart(defender)!;

    await visit(page, "/defenders");
    await searchBox(page).fill(part);
    await page.getByRole("button", { name: "Filter", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]q=${escapeRegExp(encodeURIComponent(part))}(&|$)`));
    await expect(page.getByRole("link", { name: defender.name }).first()).toBeVisible();
    await expectListedDefenders(page, [defender]);
    await expect(searchBox(page)).toHaveValue(part);
  });

  test("searching is case-insensitive", async ({ page }) => {
    const defender = featuredDefender();
    await visit(page, `/defenders?q=${encodeURIComponent(defender.name.toUpperCase())}`);
    expect(await linkedSlugs(page, "defenders")).toContain(defender.slug);
  });

  test("a search that matches no one shows an empty state", async ({ page }) => {
    await visit(page, "/defenders?q=zzqxv-no-such-defender");
    await expect(page.getByText(/no defenders/i).first()).toBeVisible();
    await expectListedDefenders(page, []);
  });

  test("?status= lists the defenders with that status", async ({ page }) => {
    const status = featuredDefender().status;
    await visit(page, `/defenders?status=${status}`);
    await expectListedDefenders(
      page,
      allDefenders.filter((d) => d.status === status),
    );
  });

  test("?country= lists the defenders from that country", async ({ page }) => {
    const country = featuredDefender().country;
    await visit(page, `/defenders?country=${country}`);
    await expectListedDefenders(
      page,
      allDefenders.filter((d) => d.country === country),
    );
  });
});

test.describe("/defenders/[slug]", () => {
  test("shows the defender: name, status, timeline, campaigns", async ({ page }) => {
    const defender = featuredDefender();
    await visit(page, `/defenders/${defender.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(defender.name);

    const statusLabel = messages.Enums.defenderStatus[defender.status];
    await expect(page.getByText(statusLabel, { exact: true }).first(), "status badge").toBeVisible();

    for (const event of defender.events) {
      await expect(page.getByText(event.text).first(), `timeline event of ${event.occurredOn}`).toBeVisible();
    }

    const campaigns = campaignsOfDefender(defender.slug);
    expect(campaigns.length, "the featured defender has a public campaign").toBeGreaterThan(0);
    for (const campaign of campaigns) {
      await expect(page.getByRole("link", { name: campaign.title }).first()).toHaveAttribute(
        "href",
        new RegExp(`/campaigns/${campaign.slug}$`),
      );
    }
  });
});
