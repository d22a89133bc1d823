/**
 * The moderation queue end to end: a solidarity message stays hidden until an
 * admin approves it; a rejected one never shows; bulk decisions by keyboard;
 * an approved sign-on joins the public list; the review lock; and nobody but
 * admins can open the queue or decide anything.
 */
import { randomBytes } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { encrypt } from "../../lib/crypto";
import { createUser, e2eSql, signInAs } from "../auth";
import { expect, test, visit } from "../fixtures";
import { actionIdsWithText } from "../sealed";
import { campaignFor } from "../supporter/channels";

const solidarityCampaign = campaignFor("solidarity", { highRisk: false });
const signOnCampaign = campaignFor("org_signon", { highRisk: false });

const unique = (prefix: string) => `${prefix} ${randomBytes(4).toString("hex")}`;

/** A pending solidarity message as the solidarity form stores it; returns its action id. */
async function pendingMessage(message: string): Promise<string> {
  const [row] = await e2eSql()<{ id: string }[]>`
    insert into actions (campaign_id, kind, status, public_name, show_name, country, language, personal_text_ciphertext, idempotency_key)
    select id, 'solidarity', 'pending', 'Ana Souza', true, 'CA', 'en', ${encrypt(message)}, ${`e2e:${randomBytes(8).toString("hex")}`}
    from campaigns where slug = ${solidarityCampaign.slug}
    returning id::text`;
  return row!.id;
}

async function actionStatus(id: string): Promise<string> {
  const [row] = await e2eSql()<{ status: string }[]>`select status::text from actions where id = ${id}`;
  return row!.status;
}

async function decideAuditCount(id: string): Promise<number> {
  const [row] = await e2eSql()<{ count: number }[]>`
    select count(*)::int as count from audit_log where action = 'moderation.decide' and entity_type = 'action' and entity_id = ${id}`;
  return row!.count;
}

async function expectOnCampaignPage(page: Page, slug: string, text: string, visible: boolean) {
  await visit(page, `/campaigns/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(text)).toHaveCount(visible ? 1 : 0);
}

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 200) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("could not reach the element with the Tab key");
}

test.describe("moderation queue", () => {
  test("a solidarity message is hidden until an admin approves it, then visible", async ({ page, loginAs, axe }) => {
    test.slow();
    const message = unique("We think of you every day.");
    await visit(page, `/campaigns/${solidarityCampaign.slug}/solidarity`);
    await page.getByLabel("Your name").fill("Ana Souza");
    await page.getByLabel("Your message", { exact: true }).fill(message);
    await page.getByRole("button", { name: "Send my message" }).click();
    await expect(page.getByText("Your message will appear once a moderator has read it.")).toBeVisible();
    await expectOnCampaignPage(page, solidarityCampaign.slug, message, false);

    await loginAs("admin");
    await visit(page, "/admin/moderation?type=solidarity&sort=newest");
    await expect(page.getByRole("heading", { level: 1, name: "Moderation queue" })).toBeVisible();
    await axe();
    const card = page.getByRole("article").filter({ hasText: message });
    await expect(card).toContainText(solidarityCampaign.title);
    await expect(card).toContainText("Ana Souza");
    await card.getByRole("link", { name: /^Review/ }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Review: Solidarity message" })).toBeVisible();
    await expect(page.getByText(/This item is reserved for you until/)).toBeVisible();
    await axe();
    await page.getByRole("button", { name: "Approve", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "1 item decided." })).toBeVisible();

    const ids = await actionIdsWithText(message);
    expect(ids).toHaveLength(1);
    const [row] = await e2eSql()<{ id: string; status: string; json: string }[]>`
      select id::text, status::text, row_to_json(a)::text as json from actions a where id = ${ids[0]!}`;
    expect(row!.status).toBe("confirmed");
    // The moderator read it and the campaign page shows it, but the row holds it sealed only.
    expect(row!.json).not.toContain(message);
    expect(await decideAuditCount(row!.id)).toBe(1);
    await expectOnCampaignPage(page, solidarityCampaign.slug, message, true);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("a rejected message needs a reason and never shows", async ({ page, loginAs }) => {
      const message = unique("Rejected message");
      const id = await pendingMessage(message);
      await loginAs("admin");
      await visit(page, `/admin/moderation/action/${id}`);
      await page.getByRole("button", { name: "Reject", exact: true }).click();
      const reason = page.getByLabel("Reason (required to reject)");
      await expect(reason).toHaveAttribute("aria-invalid", "true");
      await expect(page.locator("#decide-reason-error")).toHaveText("Choose a reason to reject.");
      expect(await actionStatus(id)).toBe("pending");

      await page.getByLabel("Reason (required to reject)").selectOption({ label: "Off-topic" });
      await page.getByRole("button", { name: "Reject", exact: true }).click();
      await expect(page.getByText("1 item decided.")).toBeVisible();
      await expect(page.getByText("This item is no longer waiting")).toBeVisible();
      await expect(page.getByText(/^Rejected by /)).toBeVisible();
      expect(await decideAuditCount(id)).toBe(1);
      await expectOnCampaignPage(page, solidarityCampaign.slug, message, false);
    });
  });

  test("bulk approve with the keyboard alone", async ({ page, loginAs }) => {
    test.slow();
    const messages = [unique("Bulk one"), unique("Bulk two")];
    const ids = [];
    for (const message of messages) ids.push(await pendingMessage(message));
    await loginAs("admin");
    await visit(page, "/admin/moderation?type=solidarity&sort=newest");
    for (const message of messages) {
      const checkbox = page.getByRole("article").filter({ hasText: message }).getByRole("checkbox");
      await tabTo(page, checkbox);
      await page.keyboard.press("Space");
      await expect(checkbox).toBeChecked();
    }
    await tabTo(page, page.getByRole("button", { name: "Approve selected" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "2 items decided." })).toBeVisible();
    for (const id of ids) {
      expect(await actionStatus(id)).toBe("confirmed");
      expect(await decideAuditCount(id)).toBe(1);
    }
    await expect(page.getByRole("article").filter({ hasText: messages[0]! })).toHaveCount(0);
  });

  test("an approved organisation sign-on appears in the public list", async ({ page, loginAs }) => {
    const organisation = unique("Friends of Justice");
    const [row] = await e2eSql()<{ id: string }[]>`
      insert into actions (campaign_id, kind, status, confirmed_at, organisation_name, country, email_hash, idempotency_key)
      select id, 'org_signon', 'confirmed', now(), ${organisation}, 'GB', ${randomBytes(16).toString("hex")}, ${`e2e:${randomBytes(8).toString("hex")}`}
      from campaigns where slug = ${signOnCampaign.slug}
      returning id::text`;
    await expectOnCampaignPage(page, signOnCampaign.slug, organisation, false);
    await loginAs("admin");
    await visit(page, `/admin/moderation/action/${row!.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Review: Organisation sign-on" })).toBeVisible();
    await page.getByRole("button", { name: "Approve", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "1 item decided." })).toBeVisible();
    await expectOnCampaignPage(page, signOnCampaign.slug, organisation, true);
  });

  test("an item another admin is reviewing cannot be decided", async ({ page, browser, baseURL }) => {
    const message = unique("Locked message");
    const id = await pendingMessage(message);
    const holder = await createUser("admin");
    const holderContext = await browser.newContext();
    await signInAs(holderContext, holder, baseURL!);
    const holderPage = await holderContext.newPage();
    await visit(holderPage, `/admin/moderation/action/${id}`);
    await expect(holderPage.getByText(/This item is reserved for you until/)).toBeVisible();

    const other = await createUser("admin");
    await signInAs(page.context(), other, baseURL!);
    await visit(page, `/admin/moderation/action/${id}`);
    await expect(page.getByText(`${holder.name} is reviewing this item until`)).toBeVisible();
    await page.getByRole("button", { name: "Approve", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: `Not decided: ${holder.name} is reviewing this item until` })).toBeVisible();
    expect(await actionStatus(id)).toBe("pending");
    expect(await decideAuditCount(id)).toBe(0);
    await holderContext.close();
  });
});

/** Posts the decide form's fields (and "approve") from the current page, as a browser without JavaScript would. */
async function replayDecision(page: Page, fields: string[][]) {
  await page.evaluate((fields) => {
    const form = document.createElement("form");
    form.method = "post";
    form.enctype = "multipart/form-data";
    form.action = location.pathname;
    for (const [name, value] of [...fields, ["verdict", "approve"]]) {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = name!;
      input.value = value!;
      form.append(input);
    }
    document.body.append(form);
    form.submit();
  }, fields);
  await page.waitForLoadState();
}

test.describe("who may moderate", () => {
  test("anonymous visitors are sent to sign-in", async ({ page }) => {
    await page.goto("/admin/moderation");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Fmoderation$/);
  });

  for (const role of ["supporter", "organiser"] as const) {
    test(`a ${role} gets 404 and the decide action refuses them`, async ({ page, browser, baseURL, loginAs }) => {
      const id = await pendingMessage(unique("Not yours to decide"));
      // The decide form's hidden action fields, as an admin's browser receives them without JavaScript.
      const adminContext = await browser.newContext({ javaScriptEnabled: false });
      await signInAs(adminContext, await createUser("admin"), baseURL!);
      const adminPage = await adminContext.newPage();
      await visit(adminPage, `/admin/moderation/action/${id}`);
      const hidden = await adminPage
        .locator('form:has(button[value="approve"]) input[type="hidden"]')
        .evaluateAll((inputs) => inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value]));
      await adminContext.close();
      // Opening the page took the admin's lock; let it go so only the role decides the outcome.
      await e2eSql()`update moderation_flags set locked_by = null, locked_until = null where subject_type = 'action' and subject_id = ${id}`;

      await loginAs(role);
      for (const path of ["/admin/moderation", "/admin/moderation/reasons", `/admin/moderation/action/${id}`]) await visit(page, path, 404);
      // Replay the admin's form from this browser: same origin, the role's own session.
      await replayDecision(page, hidden);
      expect(await actionStatus(id)).toBe("pending");
      expect(await decideAuditCount(id)).toBe(0);

      // The same replay from an admin's browser does decide: the refusal above was the role's.
      const controlContext = await browser.newContext({ javaScriptEnabled: true });
      await signInAs(controlContext, await createUser("admin"), baseURL!);
      const controlPage = await controlContext.newPage();
      await visit(controlPage, "/admin/moderation/reasons");
      await replayDecision(controlPage, hidden);
      await expect.poll(() => actionStatus(id)).toBe("confirmed");
      await controlContext.close();
    });
  }
});
