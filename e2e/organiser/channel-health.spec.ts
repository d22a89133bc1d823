/**
 * Channel health (ADR 0028): an organiser marks their campaign's embassy's
 * email failing; the supporter's email page (JavaScript off) then offers the
 * campaign's fallback target with the reason, and the supporter's "this
 * address bounced" report works without JavaScript.
 */
import { randomBytes } from "node:crypto";
import { e2eSql } from "../auth";
import { expect, test, visit } from "../fixtures";
import { campaignOrganisedBy } from "./organise-data";

// Turkmenistan's embassy in Liechtenstein: a pair no seeded data uses.
const state = "TM";
const host = "LI";

test.describe("channel health", () => {
  test("a failing embassy email gives way to the ministry, with the reason, and supporters can report a bounce without JavaScript", async ({
    page,
    browser,
    baseURL,
    loginAs,
    axe,
  }) => {
    const owner = await loginAs("organiser");
    const campaign = await campaignOrganisedBy(owner, "published");
    const sql = e2eSql();
    const suffix = randomBytes(4).toString("hex");
    const embassyName = `E2E Embassy ${suffix}`;
    const ministryName = `E2E Ministry ${suffix}`;
    await sql`update campaigns set action_kinds = '{letter,email}' where id = ${campaign.id}`;
    const [embassy] = await sql<{ id: string }[]>`
      insert into targets (kind, name, represented_state, host_country, email, is_example)
      values ('embassy', ${embassyName}, ${state}, ${host}, ${`embassy-${suffix}@example.org`}, false) returning id`;
    const [ministry] = await sql<{ id: string }[]>`
      insert into targets (kind, name, represented_state, host_country, email, is_example)
      values ('ministry', ${ministryName}, ${state}, ${state}, ${`ministry-${suffix}@example.org`}, false) returning id`;
    await sql`insert into campaign_targets (campaign_id, rule, responsible_state, position) values (${campaign.id}, 'embassy', ${state}, 0)`;
    await sql`insert into campaign_targets (campaign_id, rule, responsible_state, target_id, position) values (${campaign.id}, 'fallback', ${state}, ${ministry!.id}, 1)`;

    await visit(page, `/organise/targets/${embassy!.id}`);
    const emailHealth = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^email address:/ }) });
    await expect(emailHealth.getByRole("heading")).toContainText("Not checked");
    await emailHealth.getByLabel("Reason (shown to supporters)").fill("Mail to the embassy bounces");
    await emailHealth.getByRole("button", { name: "Mark failing" }).click();
    await expect(emailHealth.getByText("Saved.")).toBeVisible();
    await visit(page, `/organise/targets/${embassy!.id}`);
    await expect(page.getByRole("heading", { name: /^email address:/ })).toContainText("Failing");
    await axe();
    await visit(page, `/organise/campaigns/${campaign.id}`);
    await expect(page.getByRole("heading", { name: "Targets supporters cannot reach" })).toBeVisible();

    const supporter = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const noJs = await supporter.newPage();
    await visit(noJs, `/campaigns/${campaign.slug}/email?country=${host}`);
    await expect(noJs.getByRole("heading", { name: ministryName })).toBeVisible();
    await expect(noJs.getByRole("heading", { name: embassyName })).toHaveCount(0);
    await expect(noJs.getByText(new RegExp(`The email address of ${embassyName} has been failing since .*; write to ${ministryName} instead\\. Reason: Mail to the embassy bounces`))).toBeVisible();

    await noJs.getByRole("button", { name: "This address bounced" }).click();
    await expect(noJs.getByText("Thank you: the campaign's organisers will check this address.")).toBeVisible();
    const reports = await sql<{ count: number }[]>`
      select count(*)::int as count from target_channel_events where target_id = ${ministry!.id} and kind = 'supporter_report'`;
    expect(reports[0]!.count).toBe(1);
    await supporter.close();
  });
});
