import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { e2eSql } from "../auth";
import { expect, test, visit } from "../fixtures";
import { linkIn, waitForMail } from "../mail";
import { submitAndExpectCheckEmailInPlace } from "../check-email";

const slug = "xiamen-gathering-free-xu-zhiyong-ding-jiaxi";
const signOnPath = `/campaigns/${slug}/sign-on`;

interface StoredSignOn {
  status: string;
  country: string | null;
  organisation_website: string | null;
  name_ciphertext: string | null;
}

async function storedSignOns(organisation: string): Promise<StoredSignOn[]> {
  return e2eSql()<StoredSignOn[]>`
    select a.status, a.country, a.organisation_website, a.name_ciphertext
    from actions a join campaigns c on c.id = a.campaign_id
    where c.slug = ${slug} and a.kind = 'org_signon' and a.organisation_name = ${organisation}`;
}

function uniqueOrganisation() {
  const id = randomBytes(5).toString("hex");
  return { name: `Friends of Justice ${id}`, email: `signon-${id}@example.org` };
}

/** Fills and sends the sign-on: with JavaScript the answer replaces the form, without it is the sent page. */
async function signOn(page: Page, organisation: { name: string; email: string }, { javaScript = true } = {}) {
  await page.getByLabel("Organisation name").fill(organisation.name);
  await page.getByLabel("Country where the organisation is based").selectOption("GB");
  await page.getByLabel("Website (optional)").fill("friends-of-justice.example.org");
  await page.getByLabel("Contact email address").fill(organisation.email);
  if (javaScript) return submitAndExpectCheckEmailInPlace(page, "Sign on");
  await page.getByRole("button", { name: "Sign on" }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${slug}/sign-on/sent$`));
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
}

test.describe("organisation sign-ons", () => {
  test("a sign-on is stored pending and confirmed by email", async ({ page, axe }) => {
    test.setTimeout(60_000);
    const organisation = uniqueOrganisation();
    await visit(page, signOnPath);
    await axe();
    await signOn(page, organisation);
    expect(await storedSignOns(organisation.name)).toEqual([
      { status: "pending", country: "GB", organisation_website: "https://friends-of-justice.example.org", name_ciphertext: null },
    ]);

    const mail = await waitForMail(organisation.email, { subject: /Confirm your organisation's sign-on/ });
    await page.goto(linkIn(mail, "/confirm/"));
    await expect(page.getByText(`${organisation.name} signed on to the campaign`)).toBeVisible();
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect(page).toHaveURL(new RegExp(`/campaigns/${slug}/thanks\\?kind=org_signon$`));
    await expect(page.getByText("It appears in the list once the organisers have checked it.")).toBeVisible();
    expect((await storedSignOns(organisation.name))[0]?.status).toBe("confirmed");
  });

  test("the same contact email twice makes one sign-on", async ({ page }) => {
    const organisation = uniqueOrganisation();
    await visit(page, signOnPath);
    await signOn(page, organisation);
    await visit(page, signOnPath);
    await signOn(page, { ...organisation, email: organisation.email.replace("@", "+again@") });
    expect(await storedSignOns(organisation.name)).toHaveLength(1);
  });

  test("works without JavaScript, with errors next to the fields", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await visit(page, signOnPath);
    await page.getByLabel("Website (optional)").fill("not a website");
    await page.getByRole("button", { name: "Sign on" }).click();
    await expect(page.locator("#field-organisationName-error")).toHaveText("This field is required.");
    await expect(page.locator("#field-organisationWebsite-error")).toHaveText(
      "Enter the organisation's web address, starting with https://.",
    );
    const organisation = uniqueOrganisation();
    await signOn(page, organisation, { javaScript: false });
    expect(await storedSignOns(organisation.name)).toHaveLength(1);
    await context.close();
  });
});
