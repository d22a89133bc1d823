/**
 * Defender profiles: create with errors next to the fields, record and
 * withdraw consent, timeline events, and a photo whose metadata is stripped.
 */
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { e2eSql } from "../auth";
import { expect, test, visit } from "../fixtures";

test("an organiser creates a profile, records consent, adds an event and a photo", async ({ page, loginAs, axe }) => {
  test.slow();
  await loginAs("organiser");
  const slug = `profile-${randomBytes(4).toString("hex")}`;

  await visit(page, "/organise/defenders/new");
  await page.getByLabel("Name", { exact: true }).fill("Li Profile");
  await page.getByLabel("Country").fill("C9");
  await page.getByRole("button", { name: "Create profile" }).click();
  await expect(page.locator("#field-country-error")).toContainText("two-letter country code");
  await expect(page.locator("#field-slug-error")).toHaveText("This field is required.");

  await page.getByLabel("Country").fill("cn");
  await page.getByLabel("Web address").fill(slug);
  await page.getByLabel("Summary").fill("A journalist held without charge.");
  await page.getByRole("button", { name: "Create profile" }).click();
  await expect(page).toHaveURL(/\/organise\/defenders\/[0-9a-f-]{36}\?created=1$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  await axe();

  // Consent: given needs who, how and when.
  await page.locator("#field-consentStatus").selectOption("given_by_family");
  await page.getByRole("button", { name: "Record consent" }).click();
  await expect(page.locator("#field-consentGivenBy-error")).toContainText("who gave consent");
  await page.locator("#field-consentGivenBy").fill("Her sister");
  await page.locator("#field-consentMethod").fill("Secure message");
  await page.locator("#field-consentGivenOn").fill("2026-10-01");
  await page.getByRole("button", { name: "Record consent" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Consent recorded." })).toBeVisible();

  // Timeline.
  await page.locator("#event-new-date").fill("2026-09-12");
  await page.locator("#event-new-kind").selectOption("arrest");
  await page.locator("#event-new-text").fill("Detained at her home in Wuhan.");
  await page.getByRole("button", { name: "Add event" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Event added." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 3, name: /Arrest/ })).toBeVisible();

  // Photo: a JPEG with GPS data comes back as WebP without it.
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#884422" } })
    .jpeg()
    .withExif({ IFD0: { Make: "SpyCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "30/1 35/1 0/1" } })
    .toBuffer();
  await page.getByLabel("Photo file").setInputFiles({ name: "portrait.jpg", mimeType: "image/jpeg", buffer: jpeg });
  await page.locator("#field-photoAlt").fill("Li smiling in a red scarf");
  await page.getByRole("button", { name: "Upload photo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Photo saved." })).toBeVisible();

  const [row] = await e2eSql()<{ photo_path: string; consent_status: string; consent_given_by: string }[]>`
    select photo_path, consent_status, consent_given_by from defenders where id = ${id}`;
  expect(row).toMatchObject({ consent_status: "given_by_family", consent_given_by: "Her sister" });
  expect(row!.photo_path).toMatch(/^defenders\/[0-9a-f-]{36}\.webp$/);
  const served = await page.request.get(`/media/${row!.photo_path}`);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/webp");
  const body = await served.body();
  const meta = await sharp(body).metadata();
  expect(meta.exif).toBeUndefined();
  expect(body.includes(Buffer.from("SpyCam"))).toBe(false);

  // The public profile shows the photo with its description.
  const publicPage = await page.context().newPage();
  await publicPage.goto(`/defenders/${slug}`);
  await expect(publicPage.getByRole("img", { name: "Li smiling in a red scarf" })).toHaveAttribute("src", new RegExp(row!.photo_path.replace(/[./]/g, "\\$&")));
  await publicPage.close();

  // A file that only claims to be an image is refused next to the field.
  await page.getByLabel("Photo file").setInputFiles({ name: "evil.jpg", mimeType: "image/jpeg", buffer: Buffer.from("<svg onload=alert(1)>") });
  await page.getByRole("button", { name: "Upload photo" }).click();
  await expect(page.locator("#field-photo-error")).toContainText("isn’t a JPEG, PNG or WebP");

  // Path tricks never reach the disk.
  expect((await page.request.get("/media/..%2F..%2Fpackage.json")).status()).toBe(404);
  expect((await page.request.get("/media/defenders/../../package.json")).status()).toBe(404);

  // Withdrawing consent is recorded too.
  await page.locator("#field-consentStatus").selectOption("withdrawn");
  await page.getByRole("button", { name: "Record consent" }).click();
  await expect(page.getByRole("status").filter({ hasText: "withdrawn" })).toBeVisible();
  const audit = await e2eSql()<{ action: string }[]>`select action from audit_log where entity_id = ${id} order by id`;
  expect(audit.map((a) => a.action)).toEqual(["defender.create", "defender.consent", "defender.event.add", "defender.photo", "defender.consent.withdraw"]);
});
