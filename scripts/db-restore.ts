/**
 * npm run db:restore -- <backup file> [--force] [--manifest <file>]
 *
 * Restores what npm run db:backup wrote, into the database this environment points at:
 * - DATABASE_URL: pg_restore --clean --if-exists --no-owner --no-privileges in one transaction
 *   (all or nothing). Refused when the database already holds Inkwell data, unless --force.
 * - otherwise: unpacks the PGlite tarball into PGLITE_DIR. An existing directory is refused
 *   unless --force, which moves it aside (<dir>.before-restore-<time>) rather than deleting it.
 * Then prints the row counts (compared with the manifest's) and checks that the keys in the
 * environment decrypt the data and recompute its dedupe hashes.
 *
 * Exit codes: 0 restored and readable; 1 failed; 2 refused or bad usage;
 * 3 restored, but the keys cannot read it or the counts differ from the manifest.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { postgresTarget } from "@/lib/postgres-url";
import {
  assertPgliteFree,
  checkKeys,
  countDifferences,
  findPgTool,
  inkwellData,
  journal,
  keyTableSummary,
  majorOf,
  type Manifest,
  manifestPathFor,
  maskUrl,
  migrationLevel,
  pgliteQueryable,
  postgresQueryable,
  type Queryable,
  readManifest,
  runTool,
  scrub,
  sha256File,
  splitPassword,
  tableCounts,
  toolVersion,
  utcStamp,
} from "./lib/backup";

const say = (message: string) => console.log(message);

class Refusal extends Error {}

function usage(message?: string): never {
  if (message) console.error(message);
  console.error("usage: npm run db:restore -- <backup file> [--force] [--manifest <file>]");
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; force: boolean; manifest: string | undefined } {
  let file: string | undefined;
  let manifest: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--force") force = true;
    else if (arg === "--manifest") manifest = argv[++i] ?? usage("--manifest needs a path");
    else if (arg === "--help" || arg === "-h") usage();
    else if (arg.startsWith("-")) usage(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else usage(`unexpected argument ${arg}`);
  }
  if (!file) usage("no backup file given");
  return { file: path.resolve(process.cwd(), file), force, manifest: manifest && path.resolve(process.cwd(), manifest) };
}

/** "pg_dump" (custom format, "PGDMP"), "tar.gz" (gzip) or "unknown", from the first bytes. */
function sniff(file: string): "pg_dump" | "tar.gz" | "unknown" {
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(5);
    readSync(fd, head, 0, 5, 0);
    if (head.toString("latin1") === "PGDMP") return "pg_dump";
    if (head[0] === 0x1f && head[1] === 0x8b) return "tar.gz";
    return "unknown";
  } finally {
    closeSync(fd);
  }
}

async function loadManifest(file: string, explicit: string | undefined): Promise<Manifest | undefined> {
  const manifestFile = explicit ?? manifestPathFor(file);
  if (!existsSync(manifestFile)) {
    if (explicit) throw new Refusal(`manifest ${explicit} not found`);
    say(`No manifest beside the backup (${manifestFile}): restoring without comparing row counts.`);
    return undefined;
  }
  const manifest = readManifest(manifestFile);
  const sha = await sha256File(file);
  if (sha !== manifest.dump.sha256) {
    throw new Refusal(`${file} does not match its manifest (sha256 ${sha}, manifest says ${manifest.dump.sha256}): the file is damaged or not the one the manifest describes`);
  }
  say(`Backup of ${manifest.createdAt} (${manifest.driver}, PostgreSQL ${manifest.serverVersion}, migrations ${manifest.migrations.applied}${manifest.migrations.latest ? ` up to ${manifest.migrations.latest}` : ""}); checksum OK.`);
  return manifest;
}

async function restorePostgres(url: string, file: string, manifest: Manifest | undefined, force: boolean): Promise<Queryable & { end(): Promise<void> }> {
  const pgRestore = findPgTool("pg_restore");
  const client = toolVersion(pgRestore);
  const dumpedWith = manifest?.pgDumpVersion ? /\(PostgreSQL\)\s+(\d+)/.exec(manifest.pgDumpVersion)?.[1] : undefined;
  if (dumpedWith && client.major < Number(dumpedWith)) {
    throw new Refusal(`${pgRestore} is version ${client.major}, but the backup was written by pg_dump ${dumpedWith}: use pg_restore ${dumpedWith} or newer (PG_BIN_DIR).`);
  }
  const { default: postgres } = await import("postgres");
  const target = postgresTarget(url);
  const sql = postgres(target.url, { host: target.host, max: 1, onnotice: () => {} });
  const db = postgresQueryable(sql);
  const end = () => sql.end({ timeout: 5 });
  try {
    const [{ version } = { version: "" }] = await db.query<{ version: string }>("select current_setting('server_version') as version");
    say(`Restoring into ${maskUrl(url)} (PostgreSQL ${version}) with ${pgRestore} (${client.line})`);
    if (manifest && majorOf(version) < majorOf(manifest.serverVersion)) {
      say(`WARNING: the backup comes from PostgreSQL ${manifest.serverVersion}, newer than this server: the restore may fail.`);
    }
    const present = await inkwellData(db);
    const rows = Object.entries(present).filter(([, n]) => n > 0);
    if (rows.length > 0 && !force) {
      throw new Refusal(
        `the target database already holds Inkwell data (${rows.map(([t, n]) => `${t} ${n}`).join(", ")}). ` +
          "Restore into an empty database (createdb), or pass --force to replace its contents.",
      );
    }
    const [others] = await db.query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
    );
    if ((others?.n ?? 0) > 0) say(`WARNING: ${others!.n} other connection(s) to this database: stop the server and workers during a restore.`);
    const { url: urlWithoutPassword, password } = splitPassword(url);
    const result = await runTool(
      pgRestore,
      ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--no-password", `--dbname=${urlWithoutPassword}`, file],
      password,
    );
    if (result.code !== 0) throw new Error(`pg_restore failed (exit ${result.code}); the database is unchanged (one transaction):\n${result.stderr.trim()}`);
    if (result.stderr.trim()) console.error(result.stderr.trim());
    return { ...db, end };
  } catch (error) {
    await end();
    throw error;
  }
}

async function restorePglite(dir: string, file: string, force: boolean): Promise<Queryable & { end(): Promise<void> }> {
  let movedAside: string | undefined;
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    assertPgliteFree(dir, force);
    if (!force) throw new Refusal(`${dir} already exists: pass --force to move it aside and restore in its place, or set PGLITE_DIR to a new directory.`);
    movedAside = `${dir}.before-restore-${utcStamp()}`;
    renameSync(dir, movedAside);
    say(`Moved the existing ${dir} to ${movedAside}`);
  }
  say(`Restoring the embedded database into ${dir}`);
  mkdirSync(path.dirname(dir), { recursive: true });
  const { PGlite } = await import("@electric-sql/pglite");
  try {
    const pg = await PGlite.create({ dataDir: dir, loadDataDir: new Blob([readFileSync(file)]) });
    return { ...pgliteQueryable(pg), end: () => pg.close() };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    if (movedAside) {
      renameSync(movedAside, dir);
      say(`Put the previous ${dir} back.`);
    }
    throw error;
  }
}

async function report(db: Queryable, manifest: Manifest | undefined): Promise<string[]> {
  const problems: string[] = [];
  const counts = await tableCounts(db);
  const summary = keyTableSummary(counts);
  say(`Restored ${Object.keys(counts).length} tables${summary ? `: ${summary}` : ""}`);
  if (!("public.campaigns" in counts)) say("WARNING: no Inkwell tables in what was restored: is this an Inkwell backup?");
  if (manifest) {
    const differences = countDifferences(manifest.rowCounts, counts);
    if (differences.length === 0) say(`Row counts: all ${Object.keys(counts).length} tables match the manifest.`);
    else problems.push(`row counts differ from the manifest:\n    ${differences.join("\n    ")}`);
  }
  const level = await migrationLevel(db);
  const known = journal();
  if (level.applied < known.length) say(`Migrations: ${level.applied} of this code's ${known.length}: run npm run db:migrate before starting the server.`);
  else if (level.applied > known.length) say(`WARNING: the backup has ${level.applied} migrations, this code knows ${known.length}: run the Inkwell version that made it (or newer).`);
  else say(`Migrations: ${level.applied}, up to date with this code.`);

  const keys = await checkKeys(db);
  for (const line of keys.lines) say(line);
  problems.push(...keys.problems);
  if (manifest) {
    const expected = Object.keys(manifest.encryption.keyIdsInUse).sort().join(", ");
    if (expected) say(`Key ids recorded in the manifest: ${expected} (written with ${manifest.encryption.currentKeyId}).`);
  }
  return problems;
}

async function main(): Promise<number> {
  const { file, force, manifest: manifestArg } = parseArgs(process.argv.slice(2));
  if (!existsSync(file)) throw new Refusal(`${file} not found`);
  const manifest = await loadManifest(file, manifestArg);
  const kind = sniff(file);
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (DATABASE_URL && kind !== "pg_dump") {
    throw new Refusal(`${file} is not a pg_dump custom-format archive${kind === "tar.gz" ? " (it is an embedded-database backup: unset DATABASE_URL to restore it into PGLITE_DIR)" : ""}`);
  }
  if (!DATABASE_URL && kind !== "tar.gz") {
    throw new Refusal(`${file} is not an embedded-database backup${kind === "pg_dump" ? " (it is a pg_dump archive: set DATABASE_URL to the PostgreSQL database to restore it into)" : ""}`);
  }
  const db = DATABASE_URL
    ? await restorePostgres(DATABASE_URL, file, manifest, force)
    : await restorePglite(path.resolve(process.cwd(), PGLITE_DIR), file, force);
  let problems: string[];
  try {
    problems = await report(db, manifest);
  } finally {
    await db.end();
  }
  if (problems.length === 0) {
    say("Restore complete: the data is readable with the keys in this environment.");
    return 0;
  }
  for (const problem of problems) console.error(`PROBLEM: ${problem}`);
  console.error("Restore finished with problems: set the keys that were in use when the backup was made (docs/operations.md, Backups and restore).");
  return 3;
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const url = process.env.DATABASE_URL;
    const message = scrub(error instanceof Error ? error.message : String(error), url ? splitPassword(url).password : undefined);
    console.error(`db:restore ${error instanceof Refusal ? "refused" : "failed"}: ${message}`);
    process.exit(error instanceof Refusal ? 2 : 1);
  });
