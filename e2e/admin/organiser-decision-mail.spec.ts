/**
 * /account says the admins "will answer by email": deciding an organiser
 * request in the moderation queue sends the requester that answer.
 */
import { randomBytes } from "node:crypto";
import { createUser, e2eSql } from "../auth";
import { expect, test, visit } from "../fixtures";
import { waitForMail } from "../mail";

test("granting organiser access mails the requester", async ({ page, loginAs }) => {
  const requester = await createUser("supporter");
  const organisation = `Mail Test Org ${randomBytes(4).toString("hex")}`;
  const [request] = await e2eSql()<{ id: string }[]>`
    insert into organiser_requests (user_id, organisation_name, reason)
    values (${requester.id}, ${organisation}, 'We write letters for jailed lawyers every week.') returning id`;

  await loginAs("admin");
  await visit(page, `/admin/moderation/organiser_request/${request!.id}`);
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 item decided." })).toBeVisible();

  const mail = await waitForMail(requester.email, { subject: /organiser access/, timeoutMs: 30_000 });
  expect(mail.subject).toBe("Your organiser access on Inkwell was granted");
  expect(mail.text).toContain(`for ${organisation}`);
  expect(mail.text).toMatch(/https?:\/\/\S+\/organise\b/);
});
