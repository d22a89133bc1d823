/**
 * A throwaway PostgreSQL cluster for tests: initdb in a temp dir, a free port
 * on 127.0.0.1, its unix socket inside the temp dir, no durability (fsync off).
 * PostgreSQL refuses to run as root, so as root every server binary runs as
 * the `postgres` user through runuser; otherwise as the current user.
 *
 * stopSync() is synchronous so it can run from a process 'exit' handler.
 */
import { spawn, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, appendFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface ThrowawayCluster {
  /** postgres://postgres@127.0.0.1:PORT/DATABASE */
  url: string;
  port: number;
  dir: string;
  stopSync(): void;
}

export interface StartOptions {
  database?: string;
  log?: (message: string) => void;
  /** Called with the cleanup function as soon as the temp dir exists, before the server is up. */
  onCleanup?: (stopSync: () => void) => void;
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** PG_BIN_DIR, else PostgreSQL 15's Debian location, else the newest /usr/lib/postgresql/N, else PATH. */
export function findPgBinDir(): string | undefined {
  const candidates: string[] = [];
  if (process.env.PG_BIN_DIR) candidates.push(process.env.PG_BIN_DIR);
  candidates.push("/usr/lib/postgresql/15/bin");
  try {
    const versions = readdirSync("/usr/lib/postgresql")
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  } catch {
    // no Debian-style install
  }
  for (const dir of candidates) if (existsSync(path.join(dir, "initdb"))) return dir;
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  const found = which.status === 0 ? which.stdout.trim() : "";
  return found ? path.dirname(found) : undefined;
}

function postgresIds(): { uid: number; gid: number } {
  const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error(
      "Running as root, but there is no `postgres` user to run the server as (PostgreSQL refuses root). " +
        "Install postgresql-15 (apt-get install -y postgresql-15), which creates it.",
    );
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** argv for a server binary: wrapped in runuser when we are root. */
function asServerUser(binary: string, args: string[]): [string, string[]] {
  return isRoot ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args];
}

function run(binary: string, args: string[]): Promise<{ code: number | null; output: string }> {
  const [cmd, argv] = asServerUser(binary, args);
  return new Promise((resolve, reject) => {
    // stdin ignored: CI has none, and nothing here should ever prompt.
    const child = spawn(cmd, argv, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("could not get a free port"));
      });
    });
  });
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

export async function startThrowawayCluster(options: StartOptions = {}): Promise<ThrowawayCluster> {
  const log = options.log ?? (() => {});
  const database = options.database ?? "inkwell_test";
  const bin = findPgBinDir();
  if (!bin) {
    throw new Error(
      "PostgreSQL binaries not found (looked in PG_BIN_DIR, /usr/lib/postgresql/*/bin and PATH). " +
        "Install postgresql-15, or set DATABASE_URL to a local database.",
    );
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), "inkwell-pg-"));
  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "postgres.log");
  let started = false;

  const stopSync = () => {
    if (!existsSync(dir)) return;
    if (started || existsSync(path.join(dataDir, "postmaster.pid"))) {
      const [cmd, argv] = asServerUser(path.join(bin, "pg_ctl"), ["-D", dataDir, "stop", "-m", "immediate", "-w", "-t", "30"]);
      spawnSync(cmd, argv, { stdio: "ignore" });
      // If pg_ctl could not stop it, do not leave a server running on a deleted directory.
      try {
        const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
        if (pid > 0) process.kill(pid, "SIGKILL");
      } catch {
        // already gone
      }
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };

  options.onCleanup?.(stopSync);

  try {
    if (isRoot) {
      const { uid, gid } = postgresIds();
      chownSync(dir, uid, gid);
    }

    const init = await run(path.join(bin, "initdb"), [
      "-D",
      dataDir,
      "-U",
      "postgres",
      "--auth=trust",
      "--encoding=UTF8",
      "--no-locale",
      "--no-sync",
    ]);
    if (init.code !== 0) throw new Error(`initdb failed (exit ${init.code}):\n${init.output}`);

    // A port picked now may be taken by the time the server binds: retry a few times.
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const settings = [
        "",
        "# inkwell throwaway test cluster",
        "listen_addresses = '127.0.0.1'",
        `port = ${port}`,
        `unix_socket_directories = '${dir.replace(/'/g, "''")}'`,
        "fsync = off",
        "synchronous_commit = off",
        "full_page_writes = off",
        "max_connections = 200",
        "",
      ].join("\n");
      appendFileSync(path.join(dataDir, "postgresql.conf"), settings);
      const start = await run(path.join(bin, "pg_ctl"), ["-D", dataDir, "-l", logFile, "-w", "-t", "60", "start"]);
      if (start.code === 0) {
        started = true;
        break;
      }
      const logTail = tail(logFile);
      if (attempt >= 3 || !/could not bind|address already in use/i.test(logTail)) {
        throw new Error(`pg_ctl start failed (exit ${start.code}):\n${start.output}\n--- ${logFile} ---\n${logTail}`);
      }
      log(`port ${port} was taken, retrying`);
    }

    const create = await run(path.join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", database]);
    if (create.code !== 0) throw new Error(`createdb failed (exit ${create.code}):\n${create.output}`);

    return { url: `postgres://postgres@127.0.0.1:${port}/${database}`, port, dir, stopSync };
  } catch (error) {
    stopSync();
    throw error;
  }
}
