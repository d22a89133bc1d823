/**
 * The admin overview counts, against a real Postgres shared with other test
 * files: the items made here must raise each count by at least one.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { getAdminOverview } from "./admin-overview";

let t: TestDatabase;
const userIds: string[] = [];
const campaignIds: string[] = [];

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  if (campaignIds.length) await t.sql`delete from campaigns where id = any(${campaignIds}::uuid[])`;
  if (userIds.length) await t.sql`delete from users where id = any(${userIds})`;
  await closeDb();
  await t?.close();
});

async function user(role: "supporter" | "admin") {
  const id = randomUUID();
  await t.sql`insert into users (id, email, role) values (${id}, ${`${id}@example.org`}, ${role})`;
  userIds.push(id);
  return { id, role };
}

async function campaign(values: { status: string; collectionPaused?: boolean; mailPaused?: boolean; updatedAt?: Date }) {
  const [row] = await t.sql<{ id: string }[]>`
    insert into campaigns (slug, title, summary, status, collection_paused, mail_paused, updated_at)
    values (${randomSlug("overview")}, 'Overview test', 's', ${values.status}, ${values.collectionPaused ?? false}, ${values.mailPaused ?? false}, ${(values.updatedAt ?? new Date()).toISOString()})
    returning id`;
  campaignIds.push(row!.id);
  return row!.id;
}

describe("getAdminOverview", () => {
  it("counts pending requests, items waiting (and overdue) and campaign kill switches", async () => {
    const admin = await user("admin");
    const before = (await getAdminOverview(admin))!;

    const requester = await user("supporter");
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString();
    await t.sql`insert into organiser_requests (user_id, organisation_name, reason, created_at) values (${requester.id}, 'Overview org', 'A reason long enough.', ${threeDaysAgo})`;
    await campaign({ status: "in_review" });
    await campaign({ status: "published", collectionPaused: true, mailPaused: true });

    const after = (await getAdminOverview(admin))!;
    expect(after.pendingOrganiserRequests - before.pendingOrganiserRequests).toBeGreaterThanOrEqual(1);
    expect(after.openModeration - before.openModeration).toBeGreaterThanOrEqual(2);
    expect(after.overdueModeration - before.overdueModeration).toBeGreaterThanOrEqual(1);
    expect(after.overdueModeration).toBeLessThanOrEqual(after.openModeration);
    expect(after.switches.campaignsCollectionPaused - before.switches.campaignsCollectionPaused).toBeGreaterThanOrEqual(1);
    expect(after.switches.campaignsMailPaused - before.switches.campaignsMailPaused).toBeGreaterThanOrEqual(1);
    expect(after.overdueHours).toBeGreaterThan(0);
  });

  it("is not available to non-admins", async () => {
    const supporter = await user("supporter");
    await expect(getAdminOverview(supporter)).rejects.toMatchObject({ reason: "forbidden" });
  });
});
