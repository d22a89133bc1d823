/**
 * The audit log viewer: filters (a plain GET form, so also without
 * JavaScript), keyset pages, and the before/after summary of changed keys.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { e2eSql } from "../auth";
import { expect, test, visit } from "../fixtures";

/** Appends `count` entries about one fresh entity (the log only ever grows, so specs never collide). */
async function seedEntries(count: number) {
  const entityId = `e2e-audit-${randomBytes(5).toString("hex")}`;
  const actorId = randomUUID();
  const actorLabel = `auditor-${randomBytes(4).toString("hex")}@example.org`;
  const sql = e2eSql();
  for (let i = 1; i <= count; i++) {
    await sql`
      insert into audit_log (actor_id, actor_label, action, entity_type, entity_id, before, after)
      values (${actorId}, ${actorLabel}, ${i % 2 ? "campaign.edit" : "campaign.export.csv"}, 'campaign', ${entityId},
              ${sql.json({ goal: i, title: "Same title", story: "x".repeat(300) })}, ${sql.json({ goal: i + 1, title: "Same title", story: "y".repeat(300) })})`;
  }
  return { entityId, actorId, actorLabel };
}

test("filters by entity, actor and action, pages by keyset and summarises changed keys", async ({ page, loginAs, axe }) => {
  test.slow();
  await loginAs("admin");
  const seeded = await seedEntries(55);

  await visit(page, "/admin/audit");
  await axe();
  await page.getByLabel("Entity id").fill(seeded.entityId);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`entityId=${seeded.entityId}`));
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(50);
  // Newest first: the last inserted entry (goal 55 -> 56) leads.
  await expect(rows.first()).toContainText("goal: 55 → 56");
  await expect(rows.first()).not.toContainText("title:");
  await expect(rows.first()).toContainText("…");
  await axe();

  await page.getByRole("link", { name: "Older entries →" }).click();
  await expect(page).toHaveURL(/before=\d+/);
  await expect(rows).toHaveCount(5);
  await expect(rows.last()).toContainText("goal: 1 → 2");
  await expect(page.getByRole("link", { name: "Older entries →" })).toHaveCount(0);
  await page.getByRole("link", { name: "← Newest entries" }).click();
  await expect(rows).toHaveCount(50);

  // Actor by part of the label, action by dotted prefix.
  await visit(page, `/admin/audit?actor=${seeded.actorLabel.slice(0, 14).toUpperCase()}&action=campaign.export`);
  await expect(rows).toHaveCount(27);
  await expect(rows.first()).toContainText("campaign.export.csv");
  await expect(rows.filter({ hasText: "campaign.edit" })).toHaveCount(0);

  // The exact actor id, and a time window that excludes everything.
  await visit(page, `/admin/audit?actor=${seeded.actorId}&entityType=campaign&to=2000-01-01`);
  await expect(page.getByText("No entries match")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form works and clicking an entity id shows its history", async ({ page, loginAs }) => {
    await loginAs("admin");
    const seeded = await seedEntries(3);
    await visit(page, "/admin/audit");
    await page.getByLabel("Who").fill(seeded.actorLabel);
    await page.getByRole("button", { name: "Filter" }).click();
    const rows = page.locator("tbody tr");
    await expect(rows).toHaveCount(3);
    await page.getByRole("link", { name: `All entries about campaign ${seeded.entityId}` }).first().click();
    await expect(page).toHaveURL(new RegExp(`entityType=campaign&entityId=${seeded.entityId}`));
    await expect(rows).toHaveCount(3);
  });
});

test("the overview counts and latest entries are there for admins", async ({ page, loginAs, axe }) => {
  await loginAs("admin");
  await visit(page, "/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Admin overview" })).toBeVisible();
  await expect(page.getByText("Waiting for moderation")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Latest audit entries" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  await axe();
});
