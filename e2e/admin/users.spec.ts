/**
 * User management: search, change a role (with confirmation), suspend (the
 * user is signed out at once) and lift the suspension; each change is in the
 * audit log. Also without JavaScript.
 */
import { createUser, e2eSql, signInAs } from "../auth";
import { expect, test, visit } from "../fixtures";

async function roleOf(userId: string) {
  const [row] = await e2eSql()<{ role: string; suspended_at: Date | null }[]>`select role, suspended_at from users where id = ${userId}`;
  return row!;
}

async function auditActionsAbout(userId: string) {
  const rows = await e2eSql()<{ action: string }[]>`select action from audit_log where entity_type = 'user' and entity_id = ${userId} order by id`;
  return rows.map((row) => row.action);
}

test("an admin finds a user, changes their role after confirming, and the log shows it", async ({ page, loginAs, axe }) => {
  test.slow();
  const admin = await loginAs("admin");
  const target = await createUser("supporter");

  await visit(page, "/admin/users");
  await axe();
  // Case-insensitive search on part of the address.
  await page.getByLabel("Email or name contains").fill(target.email.slice(0, 18).toUpperCase());
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/admin\/users\?q=/);
  await page.getByRole("link", { name: target.email }).click();
  await expect(page.getByRole("heading", { level: 1, name: target.email })).toBeVisible();
  await axe();

  await page.getByLabel("New role").selectOption("organiser");
  await page.getByRole("button", { name: "Change role" }).click();
  const confirm = page.getByLabel("I understand this signs them out of every device.");
  await expect(page.getByText("Tick this box to confirm.")).toBeVisible();
  await expect(confirm).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("New role")).toHaveValue("organiser");
  expect((await roleOf(target.id)).role).toBe("supporter");

  await confirm.check();
  await page.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Role changed" })).toBeVisible();
  expect((await roleOf(target.id)).role).toBe("organiser");
  expect(await auditActionsAbout(target.id)).toEqual(["user.role"]);

  await page.getByRole("link", { name: "Audit log about this user" }).click();
  const row = page.locator("tbody tr").filter({ hasText: "user.role" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(admin.email);
  await expect(row).toContainText("role: supporter → organiser");
});

test("suspending signs the user out at once; lifting it lets them back in", async ({ page, browser, baseURL, loginAs }) => {
  test.slow();
  await loginAs("admin");
  const target = await createUser("organiser");
  const theirContext = await browser.newContext();
  await signInAs(theirContext, target, baseURL!);
  const theirPage = await theirContext.newPage();
  expect((await theirPage.goto("/organise"))!.status()).toBe(200);

  await visit(page, `/admin/users/${target.id}`);
  await page.getByRole("button", { name: "Suspend user" }).click();
  await expect(page.getByText("Tick this box to confirm.")).toBeVisible();
  await page.getByLabel("Yes, suspend this user and sign them out now.").check();
  await page.getByRole("button", { name: "Suspend user" }).click();
  await expect(page.getByRole("status").filter({ hasText: "User suspended and signed out." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Lift suspension" })).toBeVisible();

  await theirPage.goto("/organise");
  await expect(theirPage).toHaveURL(/\/signin/);
  const [sessions] = await e2eSql()<{ n: number }[]>`select count(*)::int as n from sessions where user_id = ${target.id}`;
  expect(sessions!.n).toBe(0);
  // A session planted afterwards (an old cookie, a stolen token) is refused too.
  await signInAs(theirContext, target, baseURL!);
  await theirPage.goto("/organise");
  await expect(theirPage).toHaveURL(/\/signin/);

  await page.getByRole("button", { name: "Lift suspension" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Suspension lifted." })).toBeVisible();
  expect((await roleOf(target.id)).suspended_at).toBeNull();
  await signInAs(theirContext, target, baseURL!);
  expect((await theirPage.goto("/organise"))!.status()).toBe(200);
  expect(await auditActionsAbout(target.id)).toEqual(["user.suspend", "user.unsuspend"]);
  await theirContext.close();
});

test("an admin cannot demote or suspend themselves", async ({ page, loginAs }) => {
  const admin = await loginAs("admin");
  await visit(page, `/admin/users/${admin.id}`);
  await expect(page.getByText("This is your own account.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Change role" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Suspend user" })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("filters the list and changes a role", async ({ page, loginAs }) => {
    await loginAs("admin");
    const target = await createUser("organiser");
    await visit(page, `/admin/users?q=${encodeURIComponent(target.email)}&role=organiser&suspended=no`);
    await expect(page.getByRole("link", { name: target.email })).toBeVisible();
    await visit(page, `/admin/users?q=${encodeURIComponent(target.email)}&role=admin`);
    await expect(page.getByRole("link", { name: target.email })).toHaveCount(0);

    await visit(page, `/admin/users/${target.id}`);
    await page.getByLabel("New role").selectOption("supporter");
    await page.getByRole("button", { name: "Change role" }).click();
    await expect(page.getByText("Tick this box to confirm.")).toBeVisible();
    await page.getByLabel("New role").selectOption("supporter");
    await page.getByLabel("I understand this signs them out of every device.").check();
    await page.getByRole("button", { name: "Change role" }).click();
    await expect(page.getByText("Role changed. They have been signed out.")).toBeVisible();
    expect((await roleOf(target.id)).role).toBe("supporter");
  });
});
