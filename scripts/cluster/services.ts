/**
 * The cluster's own services: Redis (Debian's redis-server) and nginx
 * (Debian's package) running the repository's configuration files,
 * deploy/nginx/inkwell-http.conf and inkwell-locations.conf, with only the
 * addresses, ports and paths of this run around them.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { startChild, type Child } from "../faults/processes";
import { root } from "../faults/world";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: "127.0.0.1", port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`${what} did not open port ${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function binary(names: string[], hint: string): string {
  for (const name of names) {
    if (name.startsWith("/") && existsSync(name)) return name;
    const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  throw new Error(`${names[0]} not found: ${hint}`);
}

export async function startRedis(dir: string, logDir: string): Promise<{ url: string; child: Child }> {
  const redis = binary(["redis-server", "valkey-server", "/usr/bin/redis-server"], "apt-get install -y redis-server (.ci/run does)");
  const port = await freePort();
  mkdirSync(dir, { recursive: true });
  const child = startChild("redis", [redis, "--bind", "127.0.0.1", "--port", String(port), "--save", "", "--appendonly", "no", "--dir", dir], {
    env: process.env,
    cwd: dir,
    logFile: path.join(logDir, "redis.log"),
  });
  await waitForPort(port, 10_000, "redis-server");
  return { url: `redis://127.0.0.1:${port}`, child };
}

export interface Nginx {
  port: number;
  base: string;
  accessLog: string;
  child: Child;
  /** Lines of the access log so far: `$remote_addr "$request" $status $upstream_addr ...`. */
  accessLines(): string[];
  stop(): Promise<number>;
}

const configDir = path.join(root, "deploy", "nginx");

/** The production site file must include the two files this suite runs, or the suite would test something else. */
export function assertProductionConfigIncludesTestedFiles(): void {
  const site = readFileSync(path.join(configDir, "inkwell.conf"), "utf8");
  for (const file of ["inkwell-http.conf", "inkwell-locations.conf"]) {
    if (!new RegExp(`^\\s*include\\s+\\S*${file.replace(".", "\\.")};`, "m").test(site)) {
      throw new Error(`deploy/nginx/inkwell.conf does not include ${file}: the suite would not test the operators' configuration`);
    }
  }
}

export async function startNginx(options: { dir: string; logDir: string; upstreams: number[]; extraLocations?: string }): Promise<Nginx> {
  const nginx = binary(["nginx", "/usr/sbin/nginx"], "apt-get install -y nginx (.ci/run does)");
  const port = await freePort();
  const { dir } = options;
  mkdirSync(path.join(dir, "cache"), { recursive: true });
  mkdirSync(path.join(dir, "temp"), { recursive: true });
  const accessLog = path.join(dir, "access.log");
  const isRoot = process.getuid?.() === 0;
  const conf = `
${isRoot ? "user root;" : ""}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  include ${configDir}/inkwell-http.conf;
  access_log ${accessLog} inkwell_upstream;
  upstream inkwell_web {
${options.upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 32;
  }
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=inkwell:10m max_size=100m inactive=10m use_temp_path=off;
  server {
    listen 127.0.0.1:${port};
    server_name _;
${options.extraLocations ?? ""}
    include ${configDir}/inkwell-locations.conf;
  }
}
`;
  const file = path.join(dir, "nginx.conf");
  writeFileSync(file, conf);
  const test = spawnSync(nginx, ["-t", "-c", file, "-p", dir], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx -t refused the configuration:\n${test.stderr}`);
  const child = startChild("nginx", [nginx, "-c", file, "-p", dir], { env: process.env, cwd: dir, logFile: path.join(options.logDir, "nginx.log") });
  await waitForPort(port, 10_000, "nginx");
  return {
    port,
    base: `http://127.0.0.1:${port}`,
    accessLog,
    child,
    accessLines: () => (existsSync(accessLog) ? readFileSync(accessLog, "utf8").split("\n").filter(Boolean) : []),
    stop: () => child.stop(3_000),
  };
}
