import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pgBinary } from "./cluster";
import { summarise, type LoadSummary } from "./stats";

/**
 * Bench C, the database floor: pgbench running the INSERT that
 * recordPendingSignature (db/queries/signatures.ts) sends for a new letter,
 * same columns and value sizes, each in its own committed transaction.
 */
export function signatureInsertScript(campaignId: string): string {
  const sealed = "v1:" + "x".repeat(92);
  return `insert into actions (campaign_id, kind, target_id, email_hash, email_ciphertext, email_domain, name_ciphertext,
  public_name, show_name, wants_updates, country, city_ciphertext, language, personal_text_ciphertext, organisation_name, organisation_website,
  pow_verified, ip_hash, idempotency_key, confirm_token_hash)
values ('${campaignId}', 'letter', null, md5(random()::text), '${sealed}', 'inkwell-bench.org', '${sealed}',
  null, false, true, 'GB', '${sealed}', 'en', null, null, null, true, md5(random()::text), gen_random_uuid()::text, md5(random()::text))
on conflict do nothing returning id;
`.replace(/\n\s*/g, " ") + "\n";
}

export interface PgbenchResult extends LoadSummary {
  tps: number;
}

export async function runPgbench(options: {
  url: string;
  campaignId: string;
  clients: number;
  seconds: number;
}): Promise<PgbenchResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "inkwell-pgbench-"));
  try {
    const script = path.join(dir, "sign.sql");
    writeFileSync(script, signatureInsertScript(options.campaignId));
    const { port, pathname, username, hostname } = new URL(options.url);
    const args = ["-n", "-c", String(options.clients), "-j", "2", "-T", String(options.seconds), "-f", script, "-l", "--log-prefix", path.join(dir, "log")];
    args.push("-h", hostname, "-p", port, "-U", username || "postgres", pathname.slice(1));
    const output = await run(pgBinary("pgbench"), args, dir);
    const tps = Number(/tps = ([\d.]+)/.exec(output)?.[1] ?? 0);
    const failed = Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0);
    const latencies = readLatencies(dir);
    const summary = summarise(latencies, latencies.length, failed > 0 ? { failed } : {}, options.seconds);
    return { ...summary, tps };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Per-transaction logs: "client transaction latency_us script epoch us" per line. */
function readLatencies(dir: string): number[] {
  const latencies: number[] = [];
  for (const file of readdirSync(dir).filter((name) => name.startsWith("log"))) {
    for (const line of readFileSync(path.join(dir, file), "utf8").split("\n")) {
      const fields = line.split(" ");
      if (fields.length >= 3) latencies.push(Number(fields[2]) / 1000);
    }
  }
  return latencies;
}

function run(binary: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(output) : reject(new Error(`pgbench failed (${code}): ${output}`))));
  });
}
