import { randomBytes } from "node:crypto";
import { expect, test, visit } from "../fixtures";

test.describe("target directory", () => {
  test("an organiser adds a target, with errors beside the fields first", async ({ page, loginAs, axe }) => {
    await loginAs("organiser");
    await visit(page, "/organise/targets/new");
    await axe();
    const name = `E2E Embassy ${randomBytes(4).toString("hex")}`;
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel(/^Speaks for/).fill("XX");
    await page.getByRole("textbox", { name: "Email (optional)" }).fill("not-an-email");
    await page.getByRole("button", { name: "Save target" }).click();

    const state = page.getByLabel(/^Speaks for/);
    await expect(state).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#field-representedState-error")).toContainText("two-letter ISO country code");
    await expect(page.locator("#field-email-error")).toContainText("email address");

    await state.fill("CN");
    await page.getByLabel(/^Located in/).fill("ca");
    await page.getByRole("textbox", { name: "Email (optional)" }).fill("embassy@example.org");
    await page.getByLabel(/^X handle/).fill("@ChinaEmbassy");
    await page.getByRole("button", { name: "Save target" }).click();
    await expect(page.getByRole("status").getByText("Target added.")).toBeVisible();
    await expect(page.getByLabel(/^Located in/)).toHaveValue("CA");
    await expect(page.getByLabel(/^X handle/)).toHaveValue("ChinaEmbassy");

    await visit(page, `/organise/targets?q=${encodeURIComponent(name)}`);
    await expect(page.getByRole("link", { name: `Edit ${name}` })).toBeVisible();
    await axe();
  });

  test("a CSV with a bad row imports nothing; the fixed file imports every row", async ({ page, loginAs, axe }) => {
    await loginAs("organiser");
    const suffix = randomBytes(4).toString("hex");
    const good = `E2E Ministry ${suffix}`;
    const fixed = `E2E Mission ${suffix}`;
    const header = "kind,name,represented_state,host_country,email";
    const upload = (text: string) =>
      page.getByLabel("CSV file").setInputFiles({ name: "targets.csv", mimeType: "text/csv", buffer: Buffer.from(text) });

    await visit(page, "/organise/targets/import");
    await upload(`${header}\nministry,${good},CN,CN,\nun_mission,${fixed},ZZ,CH,nope\n`);
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByText("1 row has errors out of 2. Nothing has been imported.")).toBeVisible();
    const badRow = page.locator("tr", { hasText: fixed });
    await expect(badRow).toContainText("represented_state: Enter a two-letter ISO country code");
    await expect(badRow).toContainText("email: Enter an email address");
    await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
    await axe();

    await visit(page, `/organise/targets?q=${suffix}`);
    await expect(page.getByText("No targets match")).toBeVisible();

    await visit(page, "/organise/targets/import");
    await upload(`${header}\nministry,${good},CN,CN,\nun_mission,${fixed},CN,CH,mission@example.org\n`);
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByText("All 2 rows are ready to import.")).toBeVisible();
    await page.getByRole("button", { name: "Import 2 targets" }).click();
    await expect(page).toHaveURL(/\/organise\/targets\?imported=2/);
    await expect(page.getByText("2 targets imported.")).toBeVisible();

    await visit(page, `/organise/targets?q=${suffix}`);
    await expect(page.getByRole("link", { name: `Edit ${good}` })).toBeVisible();
    await expect(page.getByRole("link", { name: `Edit ${fixed}` })).toBeVisible();
  });

  test("supporters cannot open the directory", async ({ page, loginAs }) => {
    await loginAs("supporter");
    await visit(page, "/organise/targets", 404);
    await visit(page, "/organise/targets/import", 404);
  });
});

test.describe("target import without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the preview and the confirmation work as plain form posts", async ({ page, loginAs }) => {
    await loginAs("organiser");
    const name = `E2E NoJS Official ${randomBytes(4).toString("hex")}`;
    await visit(page, "/organise/targets/import");
    await page.getByLabel("CSV file").setInputFiles({ name: "t.csv", mimeType: "text/csv", buffer: Buffer.from(`kind,name\nofficial,${name}\n`) });
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByText("1 row is ready to import.")).toBeVisible();
    await page.getByRole("button", { name: "Import 1 target" }).click();
    await expect(page.getByText("1 target imported.")).toBeVisible();
    await visit(page, `/organise/targets?q=${encodeURIComponent(name)}`);
    await expect(page.getByRole("link", { name: `Edit ${name}` })).toBeVisible();
  });
});
