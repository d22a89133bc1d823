import { expect, test } from "../fixtures";

test("a supporter asks for organiser access from their account page", async ({ page, loginAs, axe }) => {
  await loginAs("supporter");
  await page.goto("/account");
  await page.getByRole("button", { name: "Request organiser access" }).click();
  await expect(page.getByText("Please write at least 20 characters")).toBeVisible();

  await page.getByLabel("Organisation").fill("Lawyers for Lawyers");
  await page.getByLabel("Why you need organiser access").fill("We run letter-writing evenings for detained lawyers.");
  await page.getByRole("button", { name: "Request organiser access" }).click();

  // The page now shows the request waiting for a decision instead of the form, also after a reload.
  await expect(page.getByText(/Your request for Lawyers for Lawyers, sent on .*: waiting for a decision/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Your request for Lawyers for Lawyers, sent on .*: waiting for a decision/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Request organiser access" })).toHaveCount(0);
  await axe();
});

test("organisers are not offered the request form", async ({ page, loginAs }) => {
  await loginAs("organiser");
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Organise campaigns" })).toHaveCount(0);
});
