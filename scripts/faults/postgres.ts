/**
 * Stops and starts the throwaway cluster of scripts/lib/pg-throwaway.ts the
 * way a crash would: `pg_ctl stop -m immediate` (no checkpoint, every backend
 * killed, crash recovery on the next start), as the postgres user when we are root.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { findPgBinDir, type ThrowawayCluster } from "../lib/pg-throwaway";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

function pgCtl(args: string[]): Promise<void> {
  const bin = findPgBinDir();
  if (!bin) throw new Error("PostgreSQL binaries not found");
  const pgCtlPath = path.join(bin, "pg_ctl");
  const [cmd, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", pgCtlPath, ...args]] : [pgCtlPath, args];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`pg_ctl ${args.join(" ")} failed (exit ${code}):\n${output}`))));
  });
}

export function crashPostgres(cluster: ThrowawayCluster): Promise<void> {
  return pgCtl(["-D", path.join(cluster.dir, "data"), "stop", "-m", "immediate", "-w", "-t", "30"]);
}

export function startPostgres(cluster: ThrowawayCluster): Promise<void> {
  return pgCtl(["-D", path.join(cluster.dir, "data"), "-l", path.join(cluster.dir, "postgres.log"), "start", "-w", "-t", "60"]);
}
