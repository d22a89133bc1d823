/**
 * A DATABASE_URL may name a Unix socket the way libpq does, in its `host` query parameter:
 * postgres://inkwell@localhost/inkwell?host=/var/run/postgresql (docs/deploy.md). postgres.js
 * reads a socket only from its `host` option and would send an unknown query parameter to the
 * server as a setting, so the parameter moves from the URL to the option here.
 */
export function postgresTarget(url: string): { url: string; host?: string } {
  const queryStart = url.indexOf("?");
  if (queryStart < 0) return { url };
  const params = new URLSearchParams(url.slice(queryStart + 1));
  const host = params.get("host");
  if (!host) return { url };
  if (!host.startsWith("/")) throw new Error("DATABASE_URL: the host parameter must be a socket directory (an absolute path)");
  params.delete("host");
  const rest = params.toString();
  return { url: url.slice(0, queryStart) + (rest ? `?${rest}` : ""), host };
}
