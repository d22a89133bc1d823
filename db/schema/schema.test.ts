/**
 * Integration tests of the migrated schema: run under scripts/with-test-db.ts,
 * which has already applied db/migrations to DATABASE_URL.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import {
  createTestDb,
  expectPgError,
  inRollback,
  PG_CHECK_VIOLATION,
  PG_UNIQUE_VIOLATION,
  randomHash,
  randomSlug,
  type TestDatabase,
  type TestTx,
} from "@/test/db";

let t: TestDatabase;

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  await t?.close();
});

const schemaTables = Object.values(schema as Record<string, unknown>).filter((value): value is PgTable => is(value, PgTable));

async function insertCampaign(tx: TestTx, slug = randomSlug("campaign")) {
  const [row] = await tx
    .insert(schema.campaigns)
    .values({ slug, title: `Test ${slug}`, summary: "A campaign made by a test." })
    .returning({ id: schema.campaigns.id });
  if (!row) throw new Error("campaign insert returned nothing");
  return row.id;
}

async function insertTarget(tx: TestTx) {
  const [row] = await tx
    .insert(schema.targets)
    .values({ kind: "ministry", name: `Test ministry ${randomSlug()}`, representedState: "CN" })
    .returning({ id: schema.targets.id });
  if (!row) throw new Error("target insert returned nothing");
  return row.id;
}

describe("migrations", () => {
  it("recorded every migration in the journal", async () => {
    const journal = JSON.parse(
      readFileSync(path.join(process.cwd(), "db", "migrations", "meta", "_journal.json"), "utf8"),
    ) as { entries: unknown[] };
    const [row] = await t.sql<{ n: number }[]>`select count(*)::int as n from drizzle.__drizzle_migrations`;
    expect(row?.n).toBe(journal.entries.length);
  });

  it("created every table of the Drizzle schema", async () => {
    const expected = schemaTables.map((table) => getTableConfig(table).name).sort();
    expect(expected).toEqual(
      expect.arrayContaining(["actions", "campaign_targets", "campaigns", "defenders", "targets", "users"]),
    );
    const rows = await t.sql<{ table_name: string }[]>`
      select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE'`;
    const actual = rows.map((r) => r.table_name);
    expect(actual).toEqual(expect.arrayContaining(expected));
  });

  it("created every column of the Drizzle schema", async () => {
    const rows = await t.sql<{ table_name: string; column_name: string }[]>`
      select table_name, column_name from information_schema.columns where table_schema = 'public'`;
    const actual = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
    const missing = schemaTables.flatMap((table) => {
      const config = getTableConfig(table);
      return config.columns.map((c) => `${config.name}.${c.name}`).filter((name) => !actual.has(name));
    });
    expect(missing).toEqual([]);
  });

  it("created the unique indexes the app relies on", async () => {
    const rows = await t.sql<{ indexname: string; indexdef: string }[]>`
      select indexname, indexdef from pg_indexes where schemaname = 'public'`;
    const byName = new Map(rows.map((r) => [r.indexname, r.indexdef]));
    for (const name of ["actions_dedupe_uq", "actions_idempotency_uq", "campaigns_slug_uq", "defenders_slug_uq"]) {
      expect(byName.get(name), name).toMatch(/^CREATE UNIQUE INDEX/);
    }
  });
});

describe("unique indexes", () => {
  it("campaigns_slug_uq rejects a second campaign with the same slug", async () => {
    await inRollback(t.db, async (tx) => {
      const slug = randomSlug("campaign");
      await insertCampaign(tx, slug);
      await expectPgError(tx, { code: PG_UNIQUE_VIOLATION, constraint: "campaigns_slug_uq" }, (sp) =>
        insertCampaign(sp, slug),
      );
    });
  });

  it("defenders_slug_uq rejects a second defender with the same slug", async () => {
    await inRollback(t.db, async (tx) => {
      const slug = randomSlug("defender");
      const defender = { slug, name: "Test Defender", country: "CN", status: "detained" as const, summary: "Test." };
      await tx.insert(schema.defenders).values(defender);
      await expectPgError(tx, { code: PG_UNIQUE_VIOLATION, constraint: "defenders_slug_uq" }, (sp) =>
        sp.insert(schema.defenders).values({ ...defender, name: "Someone Else" }),
      );
    });
  });

  it("actions_dedupe_uq allows one action per campaign x kind x email hash", async () => {
    await inRollback(t.db, async (tx) => {
      const campaignId = await insertCampaign(tx);
      const otherCampaignId = await insertCampaign(tx);
      const emailHash = randomHash();
      const action = (over: Partial<typeof schema.actions.$inferInsert> = {}) => ({
        campaignId,
        kind: "letter" as const,
        emailHash,
        idempotencyKey: randomHash(),
        ...over,
      });

      await tx.insert(schema.actions).values(action());
      await expectPgError(tx, { code: PG_UNIQUE_VIOLATION, constraint: "actions_dedupe_uq" }, (sp) =>
        sp.insert(schema.actions).values(action()),
      );
      // The same person may take another kind of action, or act on another campaign.
      await tx.insert(schema.actions).values(action({ kind: "email" }));
      await tx.insert(schema.actions).values(action({ campaignId: otherCampaignId }));
    });
  });

  it("actions_dedupe_uq never matches NULL email hashes (tweets)", async () => {
    await inRollback(t.db, async (tx) => {
      const campaignId = await insertCampaign(tx);
      const tweet = () => ({ campaignId, kind: "tweet" as const, emailHash: null, idempotencyKey: randomHash() });
      await tx.insert(schema.actions).values(tweet());
      await tx.insert(schema.actions).values(tweet());
      const rows = await tx.$count(schema.actions, eq(schema.actions.campaignId, campaignId));
      expect(rows).toBe(2);
    });
  });

  it("actions_idempotency_uq rejects a replayed idempotency key", async () => {
    await inRollback(t.db, async (tx) => {
      const campaignId = await insertCampaign(tx);
      const idempotencyKey = randomHash();
      await tx.insert(schema.actions).values({ campaignId, kind: "tweet", idempotencyKey });
      await expectPgError(tx, { code: PG_UNIQUE_VIOLATION, constraint: "actions_idempotency_uq" }, (sp) =>
        sp.insert(schema.actions).values({ campaignId, kind: "call", idempotencyKey }),
      );
    });
  });
});

describe("campaign_targets_rule_shape", () => {
  it("accepts the three well-formed rules", async () => {
    await inRollback(t.db, async (tx) => {
      const campaignId = await insertCampaign(tx);
      const targetId = await insertTarget(tx);
      await tx.insert(schema.campaignTargets).values([
        { campaignId, rule: "embassy", responsibleState: "CN" },
        { campaignId, rule: "fallback", responsibleState: "CN", targetId },
        { campaignId, rule: "fixed", targetId },
      ]);
    });
  });

  it("rejects an embassy rule with a target_id", async () => {
    await inRollback(t.db, async (tx) => {
      const campaignId = await insertCampaign(tx);
      const targetId = await insertTarget(tx);
      await expectPgError(tx, { code: PG_CHECK_VIOLATION, constraint: "campaign_targets_rule_shape" }, (sp) =>
        sp.insert(schema.campaignTargets).values({ campaignId, rule: "embassy", responsibleState: "CN", targetId }),
      );
    });
  });

  it("rejects an embassy rule without a responsible state and a fixed rule without a target", async () => {
    await inRollback(t.db, async (tx) => {
      const campaignId = await insertCampaign(tx);
      await expectPgError(tx, { code: PG_CHECK_VIOLATION, constraint: "campaign_targets_rule_shape" }, (sp) =>
        sp.insert(schema.campaignTargets).values({ campaignId, rule: "embassy" }),
      );
      await expectPgError(tx, { code: PG_CHECK_VIOLATION, constraint: "campaign_targets_rule_shape" }, (sp) =>
        sp.insert(schema.campaignTargets).values({ campaignId, rule: "fixed", responsibleState: "CN" }),
      );
    });
  });
});

describe("slug format checks", () => {
  it("rejects slugs that are not lower-case kebab-case", async () => {
    await inRollback(t.db, async (tx) => {
      await expectPgError(tx, { code: PG_CHECK_VIOLATION, constraint: "campaigns_slug_format" }, (sp) =>
        insertCampaign(sp, "Not A Slug"),
      );
    });
  });
});
