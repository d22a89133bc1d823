import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { secret } from "@/lib/secrets";

/**
 * Personal data at rest: AES-256-GCM, stored as "v1.<keyId>.<iv>.<tag>.<ciphertext>"
 * (base64url parts). The key id lets a rotation add a new DATA_ENCRYPTION_KEY
 * while old rows are still read with DATA_ENCRYPTION_OLD_KEYS.
 */
const CURRENT_KEY_ID = "k1";

function keys(): Map<string, Buffer> {
  const map = new Map<string, Buffer>([[CURRENT_KEY_ID, Buffer.from(secret("DATA_ENCRYPTION_KEY"), "base64")]]);
  for (const entry of (env().DATA_ENCRYPTION_OLD_KEYS ?? "").split(",").filter(Boolean)) {
    const [id, value] = entry.split(":");
    if (id && value) map.set(id.trim(), Buffer.from(value.trim(), "base64"));
  }
  return map;
}

export function encrypt(plain: string): string {
  const key = keys().get(CURRENT_KEY_ID)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", CURRENT_KEY_ID, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

export function decrypt(sealed: string): string {
  const [version, keyId, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !keyId || !iv || !tag || body === undefined) throw new Error("Not an Inkwell ciphertext");
  const key = keys().get(keyId);
  if (!key) throw new Error(`No key "${keyId}" to decrypt with`);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

/** Keyed hash for dedupe and abuse windows (emails, IPs): equal inputs match, the input cannot be read back. */
export function keyedHash(purpose: "email" | "ip" | "token", value: string): string {
  return createHmac("sha256", Buffer.from(secret("HASH_KEY"), "base64")).update(`${purpose}:${value}`).digest("base64url");
}

/** A random token for links (confirmation, unsubscribe); store only its keyedHash. */
export function randomToken(): string {
  return randomBytes(24).toString("base64url");
}
