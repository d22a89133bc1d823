/**
 * Magic-link sign-in through the SMTP sink; the check-email page says the
 * same for every address; the header shows the account once signed in.
 */
import { createUser, randomEmail } from "../auth";
import { expect, test, visit } from "../fixtures";
import { linkIn, waitForMail } from "../mail";

test("an organiser signs in with an emailed link and the header shows their account", async ({ page, axe }) => {
  const organiser = await createUser("organiser");
  await visit(page, "/signin");
  await axe();
  await page.getByLabel("Email address").fill(organiser.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/signin\/check-email/);
  const checkEmailText = await page.locator("main").innerText();

  const mail = await waitForMail(organiser.email);
  const link = linkIn(mail, "/api/auth/callback/email");
  await page.goto(link);
  // The session cookie belongs to the link's host, which may differ from the test's base URL (localhost / 127.0.0.1).
  const origin = new URL(link).origin;
  await page.goto(`${origin}/organise`);
  await expect(page).toHaveURL(/\/organise$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your campaigns" })).toBeVisible();
  const header = page.getByRole("navigation", { name: "Main" });
  await expect(header.getByRole("link", { name: "Organise" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Account" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Sign in" })).toHaveCount(0);

  // Signing out ends the session.
  await header.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto(`${origin}/organise`);
  await expect(page).toHaveURL(/\/signin/);

  // An unknown address sees exactly the same page.
  await visit(page, "/signin");
  await page.getByLabel("Email address").fill(randomEmail("nobody"));
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/signin\/check-email/);
  expect(await page.locator("main").innerText()).toBe(checkEmailText);
});

test("a bad address is answered next to the field", async ({ page }) => {
  await visit(page, "/signin");
  await page.getByLabel("Email address").fill("not-an-address");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.locator("#field-email-error")).toContainText("name@example.org");
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
});

test("a supporter's header shows Account but not Organise", async ({ page, loginAs }) => {
  await loginAs("supporter");
  await visit(page, "/");
  const header = page.getByRole("navigation", { name: "Main" });
  await expect(header.getByRole("link", { name: "Account" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Organise" })).toHaveCount(0);
});
