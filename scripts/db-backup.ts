/**
 * npm run db:backup [-- [--out] <file or directory>] [--force]
 *
 * With DATABASE_URL: pg_dump --format=custom of the whole database, taken in the same snapshot as
 * the row counts written to the manifest. Without it: a copy of the embedded PGlite database
 * (PGlite's own dumpDataDir tarball), refused while a server has it open.
 * Default file: backups/inkwell-<UTC time>.dump (or inkwell-pglite-<UTC time>.tar.gz).
 * Beside it, <file>.manifest.json: key ids in use (never the keys), migration level, row counts.
 * The keys are not in the backup: see docs/operations.md, "Backups and restore".
 */
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { postgresTarget } from "@/lib/postgres-url";
import {
  assertPgliteFree,
  findPgTool,
  generatedSecretsFile,
  configuredKeyIds,
  isPgliteDataDir,
  keyIdsInUse,
  keyTableSummary,
  majorOf,
  type Manifest,
  maskUrl,
  migrationLevel,
  pgliteQueryable,
  postgresQueryable,
  root,
  runTool,
  scrub,
  SECRETS_NOT_INCLUDED,
  sha256File,
  splitPassword,
  tableCounts,
  toolVersion,
  utcStamp,
  writeManifest,
} from "./lib/backup";

const say = (message: string) => console.log(message);

function usage(message?: string): never {
  if (message) console.error(message);
  console.error("usage: npm run db:backup [-- [--out] <file or directory>] [--force]");
  process.exit(2);
}

function parseArgs(argv: string[]): { out: string | undefined; force: boolean } {
  let out: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--force") force = true;
    else if (arg === "--out") out = argv[++i] ?? usage("--out needs a path");
    else if (arg.startsWith("--out=")) out = arg.slice("--out=".length);
    else if (arg === "--help" || arg === "-h") usage();
    else if (arg.startsWith("-")) usage(`unknown option ${arg}`);
    else if (out === undefined) out = arg;
    else usage(`unexpected argument ${arg}`);
  }
  return { out, force };
}

/** The file to write: the given path, a default name inside a given directory, or under ./backups. */
function outputFile(out: string | undefined, defaultName: string): string {
  if (!out) return path.join(root, "backups", defaultName);
  const resolved = path.resolve(process.cwd(), out);
  if (out.endsWith("/") || (existsSync(resolved) && statSync(resolved).isDirectory())) return path.join(resolved, defaultName);
  return resolved;
}

function prepare(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (existsSync(file)) throw new Error(`${file} already exists: give another name`);
}

function keyReminder(keyIds: Record<string, number>, pglite: boolean): void {
  const ids = Object.keys(keyIds).sort();
  const missing = ids.filter((id) => !configuredKeyIds().has(id));
  say("");
  say("REMINDER: the keys are NOT in this backup, and without them it is unreadable.");
  say(`  Supporters' emails and names are sealed with key id(s) ${ids.length ? ids.join(", ") : "(none yet)"}; dedupe hashes use HASH_KEY.`);
  if (pglite) say(`  The embedded database's generated keys are in ${generatedSecretsFile()}: keep a copy of it apart from the backup.`);
  else say("  Keep DATA_ENCRYPTION_KEY (with its DATA_ENCRYPTION_KEY_ID), DATA_ENCRYPTION_OLD_KEYS, HASH_KEY and AUTH_SECRET in your secret store, apart from the backup.");
  if (missing.length) say(`  WARNING: no key for id(s) ${missing.join(", ")} is configured here: values sealed with them are already unreadable.`);
}

async function backupPostgres(url: string, out: string | undefined): Promise<void> {
  const { default: postgres } = await import("postgres");
  const pgDump = findPgTool("pg_dump");
  const client = toolVersion(pgDump);
  const file = outputFile(out, `inkwell-${utcStamp()}.dump`);
  prepare(file);
  const { url: urlWithoutPassword, password } = splitPassword(url);
  say(`Backing up ${maskUrl(url)} with ${pgDump} (${client.line})`);

  const target = postgresTarget(url);

  const sql = postgres(target.url, { host: target.host, max: 1, onnotice: () => {} });
  const partial = `${file}.partial`;
  try {
    const [{ version } = { version: "" }] = await sql<{ version: string }[]>`select current_setting('server_version') as version`;
    if (client.major < majorOf(version)) {
      throw new Error(
        `${pgDump} is version ${client.major}, older than the server (${version}): pg_dump must be at least the server's major version. ` +
          `Install postgresql-client-${majorOf(version)} or set PG_BIN_DIR.`,
      );
    }
    // One snapshot for the counts and for pg_dump (--snapshot), so the manifest describes exactly the dump.
    const manifest = await sql.begin("isolation level repeatable read read only", async (tx) => {
      const db = postgresQueryable(tx);
      const [{ snapshot } = { snapshot: "" }] = await tx<{ snapshot: string }[]>`select pg_export_snapshot() as snapshot`;
      const rowCounts = await tableCounts(db);
      const migrations = await migrationLevel(db);
      const keys = await keyIdsInUse(db);
      const dump = await runTool(
        pgDump,
        ["--format=custom", "--no-password", `--snapshot=${snapshot}`, `--file=${partial}`, `--dbname=${urlWithoutPassword}`],
        password,
      );
      if (dump.code !== 0) throw new Error(`pg_dump failed (exit ${dump.code}):\n${dump.stderr.trim()}`);
      if (dump.stderr.trim()) console.error(dump.stderr.trim());
      return { rowCounts, migrations, keys, serverVersion: version };
    });
    chmodSync(partial, 0o600);
    renameSync(partial, file);
    await finish(file, {
      driver: "postgres",
      format: "pg_dump-custom",
      serverVersion: manifest.serverVersion,
      pgDumpVersion: client.line,
      rowCounts: manifest.rowCounts,
      migrations: manifest.migrations,
      keys: manifest.keys,
    });
  } finally {
    rmSync(partial, { force: true });
    await sql.end({ timeout: 5 });
  }
}

async function backupPglite(dir: string, out: string | undefined, force: boolean): Promise<void> {
  if (!isPgliteDataDir(dir)) throw new Error(`${dir} is not an embedded database (no PG_VERSION): nothing to back up`);
  assertPgliteFree(dir, force);
  const file = outputFile(out, `inkwell-pglite-${utcStamp()}.tar.gz`);
  prepare(file);
  say(`Backing up the embedded database ${dir}`);
  const { PGlite } = await import("@electric-sql/pglite");
  const pg = await PGlite.create(dir);
  try {
    const db = pgliteQueryable(pg);
    const [{ version } = { version: "" }] = await db.query<{ version: string }>("select current_setting('server_version') as version");
    const rowCounts = await tableCounts(db);
    const migrations = await migrationLevel(db);
    const keys = await keyIdsInUse(db);
    // PGlite holds the whole cluster in this process: nothing else writes while it tars the files.
    const tarball = await pg.dumpDataDir("gzip");
    const partial = `${file}.partial`;
    writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 });
    renameSync(partial, file);
    await finish(file, { driver: "pglite", format: "pglite-datadir-tar-gz", serverVersion: version, pgDumpVersion: null, rowCounts, migrations, keys });
  } finally {
    await pg.close();
  }
}

async function finish(
  file: string,
  facts: {
    driver: Manifest["driver"];
    format: Manifest["dump"]["format"];
    serverVersion: string;
    pgDumpVersion: string | null;
    rowCounts: Record<string, number>;
    migrations: Manifest["migrations"];
    keys: Record<string, number>;
  },
): Promise<void> {
  const manifest: Manifest = {
    format: "inkwell-backup/1",
    createdAt: new Date().toISOString(),
    driver: facts.driver,
    dump: { file: path.basename(file), format: facts.format, bytes: statSync(file).size, sha256: await sha256File(file) },
    serverVersion: facts.serverVersion,
    pgDumpVersion: facts.pgDumpVersion,
    migrations: facts.migrations,
    encryption: { currentKeyId: env().DATA_ENCRYPTION_KEY_ID, keyIdsInUse: facts.keys },
    rowCounts: facts.rowCounts,
    secretsNotIncluded: SECRETS_NOT_INCLUDED,
  };
  const manifestFile = writeManifest(file, manifest);
  say(`Wrote ${file} (${manifest.dump.bytes} bytes)`);
  say(`  and ${manifestFile}`);
  say(`  ${Object.keys(facts.rowCounts).length} tables; ${keyTableSummary(facts.rowCounts)}`);
  say(`  migrations: ${facts.migrations.applied} applied (latest ${facts.migrations.latest ?? "unknown"})`);
  keyReminder(facts.keys, facts.driver === "pglite");
}

async function main(): Promise<void> {
  const { out, force } = parseArgs(process.argv.slice(2));
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (DATABASE_URL) await backupPostgres(DATABASE_URL, out);
  else await backupPglite(path.resolve(process.cwd(), PGLITE_DIR), out, force);
}

main().catch((error: unknown) => {
  const url = process.env.DATABASE_URL;
  const message = scrub(error instanceof Error ? error.message : String(error), url ? splitPassword(url).password : undefined);
  console.error(`db:backup failed: ${message}`);
  process.exit(1);
});
