/**
 * What scripts/db-backup.ts and scripts/db-restore.ts share (docs/operations.md,
 * "Backups and restore"; ADR 0033): finding pg_dump/pg_restore, the manifest
 * written beside every dump, row counts, the migration level, the key ids the
 * sealed columns use, and checking after a restore that the keys in the
 * environment can read the data. The keys themselves are never written anywhere.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, existsSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { redactDatabaseUrl } from "./local-database";

export const root = path.resolve(__dirname, "..", "..");

/** A minimal query interface both postgres.js (sql.unsafe) and PGlite (query) fit. */
export interface Queryable {
  query<T extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export type Driver = "postgres" | "pglite";

export interface Manifest {
  format: "inkwell-backup/1";
  createdAt: string;
  driver: Driver;
  dump: { file: string; format: "pg_dump-custom" | "pglite-datadir-tar-gz"; bytes: number; sha256: string };
  /** "15.18" (server_version of the database that was dumped). */
  serverVersion: string;
  /** pg_dump's own version line; null for PGlite. */
  pgDumpVersion: string | null;
  migrations: MigrationLevel;
  encryption: {
    /** DATA_ENCRYPTION_KEY_ID when the backup was made. */
    currentKeyId: string;
    /** Sealed values per key id, across every *_ciphertext column. */
    keyIdsInUse: Record<string, number>;
  };
  /** "schema.table" -> rows, read in the same snapshot as the dump. */
  rowCounts: Record<string, number>;
  /** Not in the dump: back these up separately, or the dump cannot be read. */
  secretsNotIncluded: string[];
}

export const SECRETS_NOT_INCLUDED = ["DATA_ENCRYPTION_KEY", "DATA_ENCRYPTION_KEY_ID", "DATA_ENCRYPTION_OLD_KEYS", "HASH_KEY", "AUTH_SECRET"];

/** Tables a restore looks at to decide whether a database already holds Inkwell data, and prints after a restore. */
export const KEY_TABLES = ["users", "organisations", "defenders", "campaigns", "targets", "actions", "mail_outbox", "audit_log"];

export function manifestPathFor(dumpFile: string): string {
  return `${dumpFile}.manifest.json`;
}

export function writeManifest(dumpFile: string, manifest: Manifest): string {
  const file = manifestPathFor(dumpFile);
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return file;
}

export function readManifest(file: string): Manifest {
  const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<Manifest>;
  if (parsed.format !== "inkwell-backup/1" || !parsed.rowCounts || !parsed.dump) throw new Error(`${file} is not an Inkwell backup manifest`);
  return parsed as Manifest;
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}

/** "20261206T052318Z" */
export function utcStamp(at: Date = new Date()): string {
  return at.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}

// ---------------------------------------------------------------------------
// Database URLs and client tools

/** The URL without its password, and the password (for PGPASSWORD, so it is never on a command line). */
export function splitPassword(url: string): { url: string; password: string | undefined } {
  const match = /^(postgres(?:ql)?:\/\/[^:@/?#]*):([^@/?#]*)@/i.exec(url);
  if (!match) return { url, password: undefined };
  return { url: `${match[1]}@${url.slice(match[0].length)}`, password: decodeURIComponent(match[2]!) };
}

/** For anything printed: the URL's password replaced by ***. */
export const maskUrl = redactDatabaseUrl;

/** Removes a password from text a child process printed (pg_dump errors can quote the connection string). */
export function scrub(text: string, password: string | undefined): string {
  let out = text.replace(/(postgres(?:ql)?:\/\/[^:@/?#\s]*):[^@/?#\s]*@/gi, "$1:***@");
  if (password) out = out.split(password).join("***");
  return out;
}

/**
 * A PostgreSQL client tool: PG_BIN_DIR when set (the operator's choice, used as is), otherwise the
 * newest /usr/lib/postgresql/N/bin that has it (a newer pg_dump can dump an older server, and
 * pg_restore must be at least as new as the pg_dump that wrote the archive), otherwise PATH.
 */
export function findPgTool(name: "pg_dump" | "pg_restore"): string {
  const explicit = process.env.PG_BIN_DIR;
  if (explicit) {
    const tool = path.join(explicit, name);
    if (!existsSync(tool)) throw new Error(`PG_BIN_DIR is set to ${explicit}, but there is no ${name} in it.`);
    return tool;
  }
  try {
    const versions = readdirSync("/usr/lib/postgresql")
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const tool = `/usr/lib/postgresql/${v}/bin/${name}`;
      if (existsSync(tool)) return tool;
    }
  } catch {
    // no Debian-style install
  }
  const which = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  const found = which.status === 0 ? which.stdout.trim() : "";
  if (found) return found;
  throw new Error(
    `${name} not found (looked in PG_BIN_DIR, /usr/lib/postgresql/*/bin and PATH). ` +
      "Install the PostgreSQL client tools of the server's major version or newer (e.g. apt-get install postgresql-client-15), or set PG_BIN_DIR.",
  );
}

/** "pg_dump (PostgreSQL) 15.18 (Debian ...)" and its major version. */
export function toolVersion(tool: string): { line: string; major: number } {
  const result = spawnSync(tool, ["--version"], { encoding: "utf8" });
  const line = (result.stdout ?? "").trim();
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(line);
  if (result.status !== 0 || !match) throw new Error(`could not read the version of ${tool}: ${result.stderr || line}`);
  return { line, major: Number(match[1]) };
}

export function majorOf(serverVersion: string): number {
  return Number(/^(\d+)/.exec(serverVersion)?.[1] ?? 0);
}

/** Runs a client tool with stdin closed; stderr is collected (scrubbed of the password) and echoed on failure. */
export function runTool(tool: string, args: string[], password: string | undefined): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, PGAPPNAME: "inkwell-backup" };
    if (password !== undefined) childEnv.PGPASSWORD = password;
    const child = spawn(tool, args, { stdio: ["ignore", "inherit", "pipe"], env: childEnv });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stderr: scrub(stderr, password) }));
  });
}

// ---------------------------------------------------------------------------
// What is in a database

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every ordinary table outside the system schemas (public and drizzle's), "schema.table" -> rows. */
export async function tableCounts(db: Queryable): Promise<Record<string, number>> {
  const tables = await db.query<{ schema: string; name: string }>(
    `select n.nspname as schema, c.relname as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and not c.relispartition
        and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
      order by 1, 2`,
  );
  const counts: Record<string, number> = {};
  for (const { schema, name } of tables) {
    const [row] = await db.query<{ n: number | string }>(`select count(*)::int as n from ${ident(schema)}.${ident(name)}`);
    counts[`${schema}.${name}`] = Number(row?.n ?? 0);
  }
  return counts;
}

export interface MigrationLevel {
  /** Migrations recorded in drizzle.__drizzle_migrations. */
  applied: number;
  /** The tag (db/migrations/meta/_journal.json) of the newest one, when this code knows it. */
  latest: string | null;
}

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

export function journal(): JournalEntry[] {
  const file = path.join(root, "db", "migrations", "meta", "_journal.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { entries: JournalEntry[] }).entries;
}

export async function migrationLevel(db: Queryable): Promise<MigrationLevel> {
  const [exists] = await db.query<{ t: string | null }>(`select to_regclass('drizzle.__drizzle_migrations')::text as t`);
  if (!exists?.t) return { applied: 0, latest: null };
  const [row] = await db.query<{ n: number | string; last: number | string | null }>(
    `select count(*)::int as n, max(created_at)::text as last from drizzle.__drizzle_migrations`,
  );
  const last = row?.last == null ? null : Number(row.last);
  return { applied: Number(row?.n ?? 0), latest: journal().find((e) => e.when === last)?.tag ?? null };
}

/** Sealed columns: every text column named *_ciphertext (lib/crypto writes "v1.<keyId>.<iv>.<tag>.<body>"). */
async function sealedColumns(db: Queryable): Promise<{ schema: string; table: string; column: string }[]> {
  return db.query<{ schema: string; table: string; column: string }>(
    `select table_schema as schema, table_name as table, column_name as column
       from information_schema.columns
      where column_name like '%\\_ciphertext' and table_schema not in ('pg_catalog', 'information_schema')
      order by 1, 2, 3`,
  );
}

export async function keyIdsInUse(db: Queryable): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  for (const { schema, table, column } of await sealedColumns(db)) {
    const rows = await db.query<{ id: string; n: number | string }>(
      `select split_part(${ident(column)}, '.', 2) as id, count(*)::int as n
         from ${ident(schema)}.${ident(table)} where ${ident(column)} like 'v1.%' group by 1`,
    );
    for (const { id, n } of rows) ids[id] = (ids[id] ?? 0) + Number(n);
  }
  return ids;
}

/** Rows in the tables that say "this database is in use" (the ones that exist). */
export async function inkwellData(db: Queryable): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  for (const table of KEY_TABLES) {
    const [exists] = await db.query<{ t: string | null }>(`select to_regclass($1)::text as t`, [`public.${table}`]);
    if (!exists?.t) continue;
    const [row] = await db.query<{ n: number | string }>(`select count(*)::int as n from public.${ident(table)}`);
    found[table] = Number(row?.n ?? 0);
  }
  return found;
}

// ---------------------------------------------------------------------------
// Keys

/** Where the embedded database keeps its generated secrets (lib/secrets.ts). */
export function generatedSecretsFile(): string {
  return path.resolve(process.cwd(), path.dirname(env().PGLITE_DIR), "secrets.json");
}

type KeySource = { available: true; from: string } | { available: false; why: string };

/**
 * Whether lib/secrets.ts can give `name` without generating it: from the environment, or (embedded
 * database only) from a complete .data/secrets.json. Asked before calling lib/crypto, which would
 * otherwise create fresh keys beside a restored database, keys that cannot read it.
 */
export function secretSource(name: "DATA_ENCRYPTION_KEY" | "HASH_KEY"): KeySource {
  const e = env();
  if (e[name]) return { available: true, from: name };
  if (e.DATABASE_URL) return { available: false, why: `${name} is not set` };
  const file = generatedSecretsFile();
  if (!existsSync(file)) return { available: false, why: `${name} is not set and ${file} does not exist` };
  try {
    const stored = JSON.parse(readFileSync(file, "utf8")) as Record<string, string | undefined>;
    if (["DATA_ENCRYPTION_KEY", "HASH_KEY", "AUTH_SECRET"].every((n) => stored[n])) return { available: true, from: file };
    return { available: false, why: `${file} is incomplete` };
  } catch {
    return { available: false, why: `${file} is not readable JSON` };
  }
}

/** Key ids the environment has key material for (DATA_ENCRYPTION_KEY_ID and DATA_ENCRYPTION_OLD_KEYS). */
export function configuredKeyIds(): Set<string> {
  const e = env();
  const ids = new Set<string>();
  for (const entry of (e.DATA_ENCRYPTION_OLD_KEYS ?? "").split(",").filter(Boolean)) {
    const [id, value] = entry.split(":");
    if (id && value) ids.add(id.trim());
  }
  if (secretSource("DATA_ENCRYPTION_KEY").available) ids.add(e.DATA_ENCRYPTION_KEY_ID);
  return ids;
}

export interface KeyCheck {
  /** One line per key id / HASH_KEY, for the report. */
  lines: string[];
  /** Problems that make data unreadable or dedupe wrong; empty when all is well. */
  problems: string[];
}

/**
 * Decrypts one sealed value per key id the data uses (an email where there is one), with the keys
 * in the environment, and checks HASH_KEY by recomputing the dedupe hash of decrypted emails.
 */
export async function checkKeys(db: Queryable): Promise<KeyCheck> {
  const lines: string[] = [];
  const problems: string[] = [];
  const inUse = await keyIdsInUse(db);
  const ids = Object.keys(inUse).sort();
  if (ids.length === 0) {
    lines.push("keys: no sealed values in this database, nothing to decrypt");
    return { lines, problems };
  }
  const configured = configuredKeyIds();
  const { decrypt, keyedHash } = await import("@/lib/crypto");
  const { canonicalEmail } = await import("@/lib/email/canonical");
  const columns = await sealedColumns(db);
  // Emails first: they are what the message is about, and the HASH_KEY check needs them.
  columns.sort((a, b) => Number(b.column === "email_ciphertext") - Number(a.column === "email_ciphertext"));
  const readable = new Set<string>();
  for (const id of ids) {
    const what = `${inUse[id]} value(s) sealed with it`;
    if (!configured.has(id)) {
      const source = secretSource("DATA_ENCRYPTION_KEY");
      const why = id === env().DATA_ENCRYPTION_KEY_ID && !source.available ? ` (${source.why})` : "";
      problems.push(`restored, but the data encryption key ${id} is missing${why}: supporters' emails cannot be read (${what})`);
      continue;
    }
    // A few values, emails first: one damaged value must not make a good key look wrong.
    const samples: { value: string; where: string }[] = [];
    for (const { schema, table, column } of columns) {
      if (samples.length >= 10) break;
      const rows = await db.query<{ value: string }>(
        `select ${ident(column)} as value from ${ident(schema)}.${ident(table)} where ${ident(column)} like $1 limit ${10 - samples.length}`,
        [`v1.${id.replace(/[\\%_]/g, "\\$&")}.%`],
      );
      samples.push(...rows.map((row) => ({ value: row.value, where: `${table}.${column}` })));
    }
    const opened = samples.filter((sample) => {
      try {
        decrypt(sample.value);
        return true;
      } catch {
        return false;
      }
    });
    if (samples.length === 0) continue;
    if (opened.length > 0) {
      readable.add(id);
      const damaged = samples.length - opened.length;
      lines.push(
        `key ${id}: decrypts ${opened[0]!.where} (${opened.length} of ${samples.length} sampled; ${inUse[id]} sealed value(s))` +
          (damaged ? `; ${damaged} sampled value(s) did not decrypt (damaged?)` : ""),
      );
    } else {
      problems.push(
        `restored, but the data encryption key ${id} in the environment is not the one the data was sealed with: supporters' emails cannot be read (${what})`,
      );
    }
  }

  // HASH_KEY: the dedupe hash of a decrypted email must come out the same.
  if (readable.size > 0) {
    const hashKey = secretSource("HASH_KEY");
    if (!hashKey.available) {
      problems.push(`HASH_KEY is missing (${hashKey.why}): repeat signatures cannot be recognised`);
    } else {
      const rows = await db.query<{ email: string; hash: string }>(
        `select email_ciphertext as email, email_hash as hash from public.actions
          where email_ciphertext like 'v1.%' and email_hash is not null order by id desc limit 200`,
      );
      let tried = 0;
      let matched = 0;
      for (const row of rows) {
        const id = row.email.split(".")[1] ?? "";
        if (!readable.has(id)) continue;
        tried++;
        if (keyedHash("email", canonicalEmail(decrypt(row.email))) === row.hash) matched++;
      }
      if (tried === 0) lines.push("HASH_KEY: no decryptable email with a hash to check it against");
      else if (matched > 0) lines.push(`HASH_KEY: recomputes the stored dedupe hashes (${matched} of ${tried} sampled)`);
      else
        problems.push(
          `HASH_KEY in the environment is not the one the data was hashed with (0 of ${tried} sampled emails match): repeat signatures and block lists will not match`,
        );
    }
  }
  return { lines, problems };
}

// ---------------------------------------------------------------------------
// The embedded database

/**
 * Processes holding files inside `dir` open (Linux: /proc/<pid>/fd). PGlite keeps its relation files
 * open while a server (npm start, npm run dev, npm run worker) uses it, and two PGlite instances on
 * one directory corrupt it. `unknown` is true when some processes could not be inspected.
 */
export function processesUsing(dir: string): { pids: { pid: number; command: string }[]; unknown: boolean; supported: boolean } {
  const target = path.resolve(dir) + path.sep;
  if (!existsSync("/proc/self/fd")) return { pids: [], unknown: true, supported: false };
  const pids: { pid: number; command: string }[] = [];
  let unknown = false;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EACCES") unknown = true;
      continue;
    }
    const holds = fds.some((fd) => {
      try {
        return (readlinkSync(`/proc/${entry}/fd/${fd}`) + path.sep).startsWith(target);
      } catch {
        return false;
      }
    });
    if (holds) {
      let command = "?";
      try {
        command = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ").slice(0, 120);
      } catch {
        // gone
      }
      pids.push({ pid: Number(entry), command });
    }
  }
  return { pids, unknown, supported: true };
}

/**
 * Throws unless nothing else has the embedded database open. A postmaster.pid that no process holds
 * (left by a crash) is accepted on Linux, where holders can be seen; elsewhere only with --force.
 */
export function assertPgliteFree(dir: string, force: boolean): void {
  const { pids, unknown, supported } = processesUsing(dir);
  if (pids.length > 0) {
    throw new Error(
      `the embedded database ${dir} is in use by ${pids.map((p) => `pid ${p.pid} (${p.command})`).join(", ")}. ` +
        "PGlite is single-process: stop the server and workers (npm start / npm run dev / npm run worker) first.",
    );
  }
  const pidFile = path.join(dir, "postmaster.pid");
  if (existsSync(pidFile) && (!supported || unknown) && !force) {
    throw new Error(
      `${pidFile} exists: a server seems to have the embedded database open. Stop it first; ` +
        "if nothing is running (a crash left the file), pass --force.",
    );
  }
}

export function isPgliteDataDir(dir: string): boolean {
  return existsSync(path.join(dir, "PG_VERSION"));
}

/** A PGlite connection as a Queryable. */
export function pgliteQueryable(pg: { query<T>(q: string, p?: unknown[]): Promise<{ rows: T[] }> }): Queryable {
  return { query: async <T extends Record<string, unknown>>(q: string, p?: unknown[]) => (await pg.query<T>(q, p)).rows };
}

/** A postgres.js connection (or transaction) as a Queryable. */
export function postgresQueryable(sql: { unsafe(q: string, p?: never[]): PromiseLike<unknown> }): Queryable {
  return { query: async <T extends Record<string, unknown>>(q: string, p?: unknown[]) => (await sql.unsafe(q, (p ?? []) as never[])) as T[] };
}

/** Rows counts of the key tables, one line, for the report. */
export function keyTableSummary(counts: Record<string, number>): string {
  return KEY_TABLES.filter((t) => `public.${t}` in counts)
    .map((t) => `${t} ${counts[`public.${t}`]}`)
    .join(", ");
}

/** Differences between two sets of row counts ("public.actions: 12 in the backup, 11 restored"). */
export function countDifferences(expected: Record<string, number>, actual: Record<string, number>): string[] {
  const out: string[] = [];
  for (const table of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    if (expected[table] !== actual[table]) {
      out.push(`${table}: ${expected[table] ?? "absent"} in the backup, ${actual[table] ?? "absent"} restored`);
    }
  }
  return out.sort();
}
