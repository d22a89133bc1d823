/**
 * The one guard between the test tooling and a database that matters: tests
 * insert rows, and scripts/with-test-db.ts migrates and seeds, so both refuse
 * any DATABASE_URL whose server is not on this machine.
 *
 * Hosts are resolved the way postgres.js resolves them (comma-separated
 * multi-host URLs, then PGHOST, then "localhost"), plus libpq's `?host=`
 * query parameter, so a URL cannot slip a remote host past the check.
 */

const LOCAL_HOSTNAMES = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

function isLocalHost(host: string): boolean {
  const h = host.trim().toLowerCase();
  // A directory is a unix-socket location: always this machine.
  if (h.startsWith("/")) return true;
  return LOCAL_HOSTNAMES.has(h);
}

/** Splits "a:5432,b:5433" or "[::1]:5432" into bare host names. */
function splitHosts(list: string): string[] {
  return list
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .map((entry) => {
      if (entry.startsWith("/")) return entry;
      if (entry.startsWith("[")) {
        const end = entry.indexOf("]");
        return end === -1 ? entry : entry.slice(0, end + 1);
      }
      // One colon: host:port. More than one: a bare IPv6 address.
      const colons = entry.split(":").length - 1;
      return colons === 1 ? entry.slice(0, entry.indexOf(":")) : entry;
    });
}

export interface DatabaseHosts {
  hosts: string[];
  database: string;
}

/** The hosts a postgres:// URL points at. Throws on anything that is not a postgres URL. */
export function databaseHosts(url: string, env: Record<string, string | undefined> = process.env): DatabaseHosts {
  const match = /^postgres(?:ql)?:\/\/([^/?#]*)([^?#]*)(\?[^#]*)?/i.exec(url);
  if (!match) throw new Error("DATABASE_URL must be a postgres:// or postgresql:// URL");
  const authority = match[1] ?? "";
  const pathname = match[2] ?? "";
  const query = new URLSearchParams((match[3] ?? "").slice(1));

  const hostPart = decodeURIComponent(authority.slice(authority.lastIndexOf("@") + 1));
  const hosts: string[] = [];
  if (hostPart !== "") hosts.push(...splitHosts(hostPart));
  else if (env.PGHOST) hosts.push(...splitHosts(env.PGHOST));
  else hosts.push("localhost");
  for (const value of query.getAll("host")) hosts.push(...splitHosts(value));
  for (const value of query.getAll("hostaddr")) hosts.push(...splitHosts(value));

  return { hosts, database: decodeURIComponent(pathname.replace(/^\//, "")) };
}

export function isLocalDatabaseUrl(url: string, env: Record<string, string | undefined> = process.env): boolean {
  try {
    const { hosts } = databaseHosts(url, env);
    return hosts.length > 0 && hosts.every(isLocalHost);
  } catch {
    return false;
  }
}

/** Throws unless every host of `url` is localhost, a loopback address or a unix socket. */
export function assertLocalDatabaseUrl(url: string, env: Record<string, string | undefined> = process.env): void {
  let hosts: string[];
  try {
    hosts = databaseHosts(url, env).hosts;
  } catch (error) {
    throw new Error(`Refusing to run tests: ${(error as Error).message}.`);
  }
  const remote = hosts.filter((h) => !isLocalHost(h));
  if (remote.length > 0 || hosts.length === 0) {
    throw new Error(
      `Refusing to run tests against a non-local database (host: ${remote.join(", ") || "none"}). ` +
        "Tests write to the database: point DATABASE_URL at localhost, 127.0.0.1, ::1 or a unix socket, " +
        "or unset it to get a throwaway PostgreSQL cluster.",
    );
  }
}

/** The same URL with any password replaced, for logs. */
export function redactDatabaseUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:@/?#]*):[^@/?#]*@/i, "$1:***@");
}
