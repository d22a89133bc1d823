import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { reconcileCounters } from "./counters";
import {
  listInvalidations,
  previewInvalidation,
  queueInvalidation,
  requestInvalidationUndo,
  runNextInvalidationStep,
  type InvalidationFilter,
} from "./invalidations";
import { getCampaignProgress } from "./public-campaign-page";

let t: TestDatabase;
const admin = { id: randomUUID(), role: "admin" as const, email: `admin-${randomUUID()}@example.org`, name: "Invalidation admin" };
const organiser = { id: randomUUID(), role: "organiser" as const, email: `org-${randomUUID()}@example.org`, name: null };
const createdCampaigns: string[] = [];

beforeAll(async () => {
  t = createTestDb();
  for (const user of [admin, organiser]) {
    await t.sql`insert into users (id, email, name, role) values (${user.id}, ${user.email}, ${user.name}, ${user.role})`;
  }
});

afterAll(async () => {
  if (createdCampaigns.length) {
    await t.sql`delete from actions where campaign_id = any(${createdCampaigns}::uuid[])`;
    await t.sql`delete from campaigns where id = any(${createdCampaigns}::uuid[])`;
  }
  await t.sql`delete from invalidations where created_by = ${admin.id}`;
  await t.sql`delete from users where id in (${admin.id}, ${organiser.id})`;
  await t.close();
  await closeDb();
});

async function createCampaign(): Promise<{ id: string; slug: string }> {
  const slug = randomSlug("invalidation");
  const [row] = await t.sql<{ id: string }[]>`
    insert into campaigns (slug, title, summary, status, published_at, action_kinds)
    values (${slug}, 'Invalidation test', 'Made by a test.', 'published', now(), '{letter,tweet}') returning id`;
  createdCampaigns.push(row!.id);
  return { id: row!.id, slug };
}

interface Spec {
  campaignId: string;
  status: "confirmed" | "pending" | "spam";
  domain: string | null;
  ipHash?: string | null;
  minutesAgo: number;
}

async function insertActions(specs: Spec[]): Promise<void> {
  for (const spec of specs) {
    await t.sql`
      insert into actions (campaign_id, kind, status, email_domain, ip_hash, idempotency_key, created_at, confirmed_at)
      values (${spec.campaignId}, 'letter', ${spec.status}, ${spec.domain}, ${spec.ipHash ?? null}, ${`inv-test:${randomUUID()}`},
              now() - ${spec.minutesAgo} * interval '1 minute',
              ${spec.status === "confirmed" ? t.sql`now() - ${spec.minutesAgo} * interval '1 minute'` : null})`;
  }
}

function repeat(count: number, spec: Spec): Spec[] {
  return Array.from({ length: count }, () => spec);
}

async function total(slug: string): Promise<number> {
  return (await getCampaignProgress(slug)).confirmed;
}

/** Runs job steps until `id` reaches `status` (other files' invalidations may be queued too). */
async function runUntil(id: string, status: "done" | "reverted"): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const [row] = await t.sql<{ status: string }[]>`select status from invalidations where id = ${id}`;
    if (row?.status === status) return;
    await runNextInvalidationStep();
  }
  throw new Error(`invalidation ${id} never reached ${status}`);
}

async function auditActions(id: string): Promise<string[]> {
  const rows = await t.sql<{ action: string }[]>`
    select action from audit_log where entity_type = 'invalidation' and entity_id = ${id} order by id`;
  return rows.map((row) => row.action);
}

function window(minutes: number): Pick<InvalidationFilter, "from" | "to"> {
  return { from: new Date(Date.now() - minutes * 60_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() };
}

describe("bulk invalidation", () => {
  it("previews exactly the rows it changes, drops the public total, and undoing restores it", async () => {
    const campaign = await createCampaign();
    const other = await createCampaign();
    const domain = `flood-${randomBytes(4).toString("hex")}.example`;
    await insertActions([
      ...repeat(7, { campaignId: campaign.id, status: "confirmed", domain, minutesAgo: 10 }),
      ...repeat(2, { campaignId: campaign.id, status: "pending", domain, minutesAgo: 10 }),
      ...repeat(1, { campaignId: campaign.id, status: "spam", domain, minutesAgo: 10 }),
      ...repeat(3, { campaignId: campaign.id, status: "confirmed", domain, minutesAgo: 180 }),
      ...repeat(4, { campaignId: campaign.id, status: "confirmed", domain: "legit.example", minutesAgo: 10 }),
      ...repeat(5, { campaignId: other.id, status: "confirmed", domain, minutesAgo: 10 }),
    ]);
    await reconcileCounters(await getDb(), [campaign.id, other.id]);
    expect(await total(campaign.slug)).toBe(14);
    expect(await total(other.slug)).toBe(5);

    const filter: InvalidationFilter = { ipHash: null, emailDomain: domain, campaignId: campaign.id, ...window(60) };
    const preview = await previewInvalidation(admin, filter);
    expect(preview).toBe(9);

    expect(await queueInvalidation(admin, filter, 8)).toEqual({ ok: false, reason: "countChanged", count: 9 });
    const queued = await queueInvalidation(admin, filter, preview!);
    if (!queued.ok) throw new Error(`queue refused: ${queued.reason}`);
    expect(await auditActions(queued.id)).toEqual(["abuse.invalidation.queue"]);
    expect(await total(campaign.slug)).toBe(14);

    await runUntil(queued.id, "done");
    const [done] = await t.sql<{ affected: string; preview_count: string }[]>`
      select affected, preview_count from invalidations where id = ${queued.id}`;
    expect(Number(done!.affected)).toBe(preview);
    expect(Number(done!.preview_count)).toBe(preview);
    expect(await total(campaign.slug)).toBe(7);
    expect(await total(other.slug)).toBe(5);
    const statuses = await t.sql<{ status: string; invalidated_from: string | null; n: number }[]>`
      select status, invalidated_from, count(*)::int as n from actions
       where campaign_id = ${campaign.id} and invalidation_id = ${queued.id} group by 1, 2 order by invalidated_from::text`;
    expect(statuses).toEqual([
      { status: "invalidated", invalidated_from: "confirmed", n: 7 },
      { status: "invalidated", invalidated_from: "pending", n: 2 },
    ]);
    expect(await previewInvalidation(admin, filter)).toBe(0);

    expect(await requestInvalidationUndo(admin, queued.id)).toBe(true);
    expect(await requestInvalidationUndo(admin, queued.id)).toBe(false);
    expect(await auditActions(queued.id)).toEqual(["abuse.invalidation.queue", "abuse.invalidation.undo"]);
    await runUntil(queued.id, "reverted");
    expect(await total(campaign.slug)).toBe(14);
    const restored = await t.sql<{ status: string; n: number }[]>`
      select status, count(*)::int as n from actions
       where campaign_id = ${campaign.id} and invalidation_id is null and invalidated_from is null group by 1 order by 1`;
    expect(restored).toEqual([
      { status: "pending", n: 2 },
      { status: "confirmed", n: 14 },
      { status: "spam", n: 1 },
    ]);
    const listed = (await listInvalidations(admin)).find((row) => row.id === queued.id);
    expect(listed).toMatchObject({ status: "reverted", affected: 9, previewCount: 9 });
    expect(listed?.criteria).toContain(domain);
  });

  it("matches by IP hash inside the window only", async () => {
    const campaign = await createCampaign();
    const ipHash = randomBytes(32).toString("base64url");
    await insertActions([
      ...repeat(4, { campaignId: campaign.id, status: "confirmed", domain: null, ipHash, minutesAgo: 5 }),
      ...repeat(2, { campaignId: campaign.id, status: "confirmed", domain: null, ipHash, minutesAgo: 90 }),
    ]);
    expect(await previewInvalidation(admin, { ipHash, emailDomain: null, campaignId: null, ...window(30) })).toBe(4);
    expect(await previewInvalidation(admin, { ipHash, emailDomain: null, campaignId: null, ...window(120) })).toBe(6);
  });

  it("is refused to viewers without the permission, writing nothing", async () => {
    const campaign = await createCampaign();
    const filter: InvalidationFilter = { ipHash: null, emailDomain: null, campaignId: campaign.id, ...window(60) };
    expect(await previewInvalidation(organiser, filter)).toBeNull();
    expect(await queueInvalidation(organiser, filter, 0)).toEqual({ ok: false, reason: "forbidden" });
    expect(await listInvalidations(organiser)).toEqual([]);
    const [row] = await t.sql<{ n: number }[]>`select count(*)::int as n from invalidations where created_by = ${organiser.id}`;
    expect(row!.n).toBe(0);
  });
});
