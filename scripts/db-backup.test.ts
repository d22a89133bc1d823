/**
 * npm run db:backup / db:restore end to end (ADR 0033): the scripts run as the operator runs
 * them (tsx, child processes), against the test database (DATABASE_URL from with-test-db) and
 * a second, fresh throwaway cluster; and against a small embedded PGlite database in a temp dir.
 */
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import { recordPendingSignature } from "@/db/queries/signatures";
import { canonicalEmail } from "@/lib/email/canonical";
import { decrypt, encrypt, keyedHash } from "@/lib/crypto";
import { env } from "@/lib/env";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { type Manifest, tableCounts, pgliteQueryable, postgresQueryable } from "./lib/backup";
import { startThrowawayCluster, type ThrowawayCluster } from "./lib/pg-throwaway";

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");

interface Run {
  code: number;
  output: string;
}

/** Runs scripts/<script> like `npm run`, with the test's env plus `extra` (undefined removes a variable). */
function runScript(script: "db-backup.ts" | "db-restore.ts", args: string[], extra: Record<string, string | undefined>): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete childEnv[name];
    else childEnv[name] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ["--conditions=react-server", path.join("scripts", script), ...args], {
      cwd: root,
      env: childEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

const randomKey = () => randomBytes(32).toString("base64");
const tmp = mkdtempSync(path.join(os.tmpdir(), "inkwell-backup-test-"));

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe("db:backup and db:restore with PostgreSQL", () => {
  let t: TestDatabase;
  let fresh: ThrowawayCluster | undefined;
  let restored: postgres.Sql | undefined;
  let campaignId: string;
  const email = `Backup.Test+${randomUUID()}@Example.org`;
  let dumpFile: string;
  let manifest: Manifest;

  beforeAll(async () => {
    t = createTestDb();
    const [campaign] = await t.sql<{ id: string; slug: string }[]>`
      insert into campaigns (slug, title, summary, status) values (${randomSlug("backup")}, 'Backup test', 'Made by a test.', 'published')
      returning id, slug`;
    campaignId = campaign!.id;
    await recordPendingSignature({
      campaign: { id: campaign!.id, slug: campaign!.slug, title: "Backup test", highRisk: false },
      kind: "letter",
      targetId: null,
      email,
      canonicalEmail: canonicalEmail(email),
      name: "Backup Tester",
      showName: false,
      wantsUpdates: false,
      country: "GB",
      city: "Leeds",
      language: "en",
      locale: "en",
      personalText: null,
      organisationName: null,
      organisationWebsite: null,
      powVerified: true,
      ipHash: null,
      idempotencyKey: `backup-test:${randomUUID()}`,
      confirmation: { token: randomUUID(), subject: "Confirm", text: "Confirm." },
    });

    const backup = await runScript("db-backup.ts", ["--out", `${tmp}/`], {});
    expect(backup.output).not.toContain(process.env.DATA_ENCRYPTION_KEY!);
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toMatch(/REMINDER: the keys are NOT in this backup/);
    const dumps = readdirSync(tmp).filter((f) => f.endsWith(".dump"));
    expect(dumps).toHaveLength(1);
    dumpFile = path.join(tmp, dumps[0]!);
    manifest = JSON.parse(readFileSync(`${dumpFile}.manifest.json`, "utf8")) as Manifest;

    fresh = await startThrowawayCluster({ database: "inkwell_restored" });
    restored = postgres(fresh.url, { max: 2, onnotice: () => {} });
  }, 60_000);

  afterAll(async () => {
    if (campaignId) {
      await t.sql`delete from mail_outbox where campaign_id = ${campaignId}`;
      await t.sql`delete from actions where campaign_id = ${campaignId}`;
      await t.sql`delete from campaigns where id = ${campaignId}`;
    }
    await restored?.end({ timeout: 5 });
    fresh?.stopSync();
    await t?.close();
    await closeDb();
  });

  it("writes a manifest with key ids, migration level and row counts, and no key material", () => {
    const text = readFileSync(`${dumpFile}.manifest.json`, "utf8");
    for (const name of ["DATA_ENCRYPTION_KEY", "HASH_KEY", "AUTH_SECRET"]) expect(text).not.toContain(process.env[name]!);
    expect(manifest.driver).toBe("postgres");
    expect(manifest.encryption.currentKeyId).toBe(env().DATA_ENCRYPTION_KEY_ID);
    expect(manifest.encryption.keyIdsInUse[env().DATA_ENCRYPTION_KEY_ID]).toBeGreaterThanOrEqual(3); // email, name, city
    expect(manifest.migrations.applied).toBeGreaterThan(0);
    expect(manifest.rowCounts["public.actions"]).toBeGreaterThanOrEqual(1);
    expect(manifest.rowCounts["drizzle.__drizzle_migrations"]).toBe(manifest.migrations.applied);
  });

  it("restores into a fresh cluster: every table's count matches, and the email decrypts with the same key", async () => {
    const run = await runScript("db-restore.ts", [dumpFile], { DATABASE_URL: fresh!.url });
    // Other test files may commit rows sealed with another key id while the dump runs (key rotation):
    // only those may be reported.
    const otherIds = Object.keys(manifest.encryption.keyIdsInUse).filter((id) => id !== env().DATA_ENCRYPTION_KEY_ID);
    expect(run.code, run.output).toBe(otherIds.length ? 3 : 0);
    expect(run.output).toMatch(/Row counts: all \d+ tables match the manifest/);
    expect(run.output).toContain(`key ${env().DATA_ENCRYPTION_KEY_ID}: decrypts actions.email_ciphertext`);
    expect(run.output).toMatch(/HASH_KEY: recomputes the stored dedupe hashes/);

    expect(await tableCounts(postgresQueryable(restored!))).toEqual(manifest.rowCounts);
    const [row] = await restored!<{ email_ciphertext: string; email_hash: string }[]>`
      select email_ciphertext, email_hash from actions where campaign_id = ${campaignId}`;
    expect(decrypt(row!.email_ciphertext)).toBe(email);
    expect(row!.email_hash).toBe(keyedHash("email", canonicalEmail(email)));
  }, 30_000);

  it("refuses to restore over a database that holds Inkwell data without --force", async () => {
    const run = await runScript("db-restore.ts", [dumpFile], { DATABASE_URL: fresh!.url });
    expect(run.code, run.output).toBe(2);
    expect(run.output).toMatch(/already holds Inkwell data \(.*campaigns \d+/);
  }, 30_000);

  it("reports a wrong DATA_ENCRYPTION_KEY, and a missing key id", async () => {
    const id = env().DATA_ENCRYPTION_KEY_ID;
    const wrong = await runScript("db-restore.ts", [dumpFile, "--force"], { DATABASE_URL: fresh!.url, DATA_ENCRYPTION_KEY: randomKey() });
    expect(wrong.code, wrong.output).toBe(3);
    expect(wrong.output).toContain(`the data encryption key ${id} in the environment is not the one the data was sealed with: supporters' emails cannot be read`);

    const missing = await runScript("db-restore.ts", [dumpFile, "--force"], {
      DATABASE_URL: fresh!.url,
      DATA_ENCRYPTION_KEY_ID: `${id}x`,
      DATA_ENCRYPTION_KEY: randomKey(),
      DATA_ENCRYPTION_OLD_KEYS: undefined,
    });
    expect(missing.code, missing.output).toBe(3);
    expect(missing.output).toContain(`restored, but the data encryption key ${id} is missing: supporters' emails cannot be read`);
    // Restored all the same (--force): the counts still match.
    expect(missing.output).toMatch(/Row counts: all \d+ tables match the manifest/);
  }, 60_000);
});

describe("db:backup and db:restore with the embedded PGlite database", () => {
  const source = path.join(tmp, "pglite-source");
  const target = path.join(tmp, "pglite-restored");
  const archive = path.join(tmp, "pglite.tar.gz");
  const email = `pglite-${randomUUID()}@example.org`;
  const embedded = { DATABASE_URL: undefined, DATA_ENCRYPTION_OLD_KEYS: undefined };

  beforeAll(async () => {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    const pg = await PGlite.create(source);
    await migrate(drizzle({ client: pg }), { migrationsFolder: path.join(root, "db", "migrations") });
    const {
      rows: [campaign],
    } = await pg.query<{ id: string }>(
      "insert into campaigns (slug, title, summary, status) values ('pglite-backup', 'PGlite backup', 'Made by a test.', 'published') returning id",
    );
    await pg.query(
      "insert into actions (campaign_id, kind, email_hash, email_ciphertext, idempotency_key) values ($1, 'letter', $2, $3, $4)",
      [campaign!.id, keyedHash("email", canonicalEmail(email)), encrypt(email), randomUUID()],
    );
    await pg.close();
  }, 60_000);

  it("refuses to copy the database while another process has it open", async () => {
    const { PGlite } = await import("@electric-sql/pglite");
    const holder = await PGlite.create(source);
    try {
      const run = await runScript("db-backup.ts", [path.join(tmp, "while-open.tar.gz")], { ...embedded, PGLITE_DIR: source });
      expect(run.code, run.output).toBe(1);
      expect(run.output).toMatch(new RegExp(`in use by pid ${process.pid}`));
      expect(existsSync(path.join(tmp, "while-open.tar.gz"))).toBe(false);
    } finally {
      await holder.close();
    }
  }, 30_000);

  it("backs up a PGlite directory and restores it into another, with the same counts", async () => {
    const backup = await runScript("db-backup.ts", ["--out", archive], { ...embedded, PGLITE_DIR: source });
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toMatch(/REMINDER: the keys are NOT in this backup/);
    const manifest = JSON.parse(readFileSync(`${archive}.manifest.json`, "utf8")) as Manifest;
    expect(manifest.driver).toBe("pglite");
    expect(manifest.rowCounts["public.actions"]).toBe(1);

    const restore = await runScript("db-restore.ts", [archive], { ...embedded, PGLITE_DIR: target });
    expect(restore.code, restore.output).toBe(0);
    expect(restore.output).toMatch(/Row counts: all \d+ tables match the manifest/);
    expect(restore.output).toMatch(/HASH_KEY: recomputes the stored dedupe hashes \(1 of 1/);

    const again = await runScript("db-restore.ts", [archive], { ...embedded, PGLITE_DIR: target });
    expect(again.code, again.output).toBe(2);
    expect(again.output).toMatch(/already exists: pass --force/);

    const { PGlite } = await import("@electric-sql/pglite");
    const pg = await PGlite.create(target);
    try {
      expect(await tableCounts(pgliteQueryable(pg))).toEqual(manifest.rowCounts);
      const { rows } = await pg.query<{ email_ciphertext: string }>("select email_ciphertext from actions");
      expect(decrypt(rows[0]!.email_ciphertext)).toBe(email);
    } finally {
      await pg.close();
    }
  }, 60_000);
});
