import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "./env";

export type SecretName = "DATA_ENCRYPTION_KEY" | "HASH_KEY" | "AUTH_SECRET";

let generated: Partial<Record<SecretName, string>> | undefined;

/**
 * A secret from the environment. With the embedded database (a laptop demo,
 * no DATABASE_URL) a missing secret is generated once and kept beside the data
 * in .data/secrets.json, so `npm start` needs no setup. With an external
 * database a missing secret is an error: losing it would make the stored data
 * unreadable.
 */
export function secret(name: SecretName): string {
  const e = env();
  const fromEnv = e[name];
  if (fromEnv) return fromEnv;
  if (e.DATABASE_URL) throw new Error(`${name} must be set when DATABASE_URL is set (see README).`);
  generated ??= loadOrCreate(path.resolve(process.cwd(), path.dirname(e.PGLITE_DIR), "secrets.json"));
  const value = generated[name];
  if (!value) throw new Error(`${name} missing from the generated secrets file`);
  return value;
}

function loadOrCreate(file: string): Partial<Record<SecretName, string>> {
  const existing: Partial<Record<SecretName, string>> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  const wanted: SecretName[] = ["DATA_ENCRYPTION_KEY", "HASH_KEY", "AUTH_SECRET"];
  if (wanted.every((n) => existing[n])) return existing;
  const complete = { ...existing };
  for (const name of wanted) complete[name] ??= randomBytes(32).toString("base64");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(complete, null, 2), { mode: 0o600 });
  return complete;
}
