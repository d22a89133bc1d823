import { createCipheriv, createDecipheriv, createHmac, createSecretKey, randomBytes, type KeyObject } from "node:crypto";
import { env } from "@/lib/env";
import { clientGroup } from "@/lib/net/ip";
import { secret } from "@/lib/secrets";

/**
 * Personal data at rest: AES-256-GCM, stored as "v1.<keyId>.<iv>.<tag>.<ciphertext>"
 * (base64url parts). The key id lets a rotation add a new DATA_ENCRYPTION_KEY
 * while old rows are still read with DATA_ENCRYPTION_OLD_KEYS.
 */
/** The key id new ciphertexts are written with (DATA_ENCRYPTION_KEY_ID). */
export function currentEncryptionKeyId(): string {
  return currentKeyId();
}

function currentKeyId(): string {
  return env().DATA_ENCRYPTION_KEY_ID;
}

interface KeyRing {
  /** The environment the ring was built from: env() is read once per process, so this is one ring per process (and per test reload). */
  from: ReturnType<typeof env>;
  keys: Map<string, KeyObject>;
  hashKey: KeyObject;
  ipSalts: Map<string, Buffer>;
}

let ring: KeyRing | undefined;

/** The data keys by id and the hash key, decoded once: every signature encrypts several fields and an export decrypts millions. */
function keyRing(): KeyRing {
  const from = env();
  if (ring?.from === from) return ring;
  const keys = new Map<string, KeyObject>();
  for (const entry of (from.DATA_ENCRYPTION_OLD_KEYS ?? "").split(",").filter(Boolean)) {
    const [id, value] = entry.split(":");
    if (id && value) keys.set(id.trim(), createSecretKey(Buffer.from(value.trim(), "base64")));
  }
  // Set last: the current key wins if an old entry reuses its id by mistake.
  keys.set(currentKeyId(), createSecretKey(Buffer.from(secret("DATA_ENCRYPTION_KEY"), "base64")));
  ring = { from, keys, hashKey: createSecretKey(Buffer.from(secret("HASH_KEY"), "base64")), ipSalts: new Map() };
  return ring;
}

function keys(): Map<string, KeyObject> {
  return keyRing().keys;
}

export function encrypt(plain: string): string {
  const keyId = currentKeyId();
  const key = keys().get(keyId)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", keyId, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
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

/** Seals an optional free text (a paragraph, a city): blank or missing stays null, so "is there one" needs no key. */
export function encryptOptional(plain: string | null | undefined): string | null {
  return plain && plain.trim() !== "" ? encrypt(plain) : null;
}

/** Opens what encryptOptional sealed; null stays null. */
export function decryptOptional(sealed: string | null | undefined): string | null {
  return sealed ? decrypt(sealed) : null;
}

/** Whether a sealed value was written with an older key and should be re-encrypted. */
export function sealedWithOldKey(sealed: string): boolean {
  return sealed.split(".")[1] !== currentKeyId();
}

export type HashPurpose = "email" | "token" | "ip" | "ip-range" | "text";

/**
 * Keyed hash for dedupe and abuse windows: equal inputs match, the input cannot
 * be read back. Supporters' IPs ("ip") are hashed with a salt that changes
 * every UTC day (see ipSaltDay), so a stored hash links requests of one day
 * only and nothing can be matched against it once the day is over. Every
 * other purpose is stable: emails (dedupe across months), tokens, and the
 * network prefixes admins type into block lists ("ip-range").
 */
export function keyedHash(purpose: HashPurpose, value: string, at: Date = new Date()): string {
  const key = purpose === "ip" ? ipSalt(ipSaltDay(at)) : hashKey();
  // One client, one hash: an IPv6 client is its /64, an IPv4-mapped address is IPv4 (lib/net/ip.ts).
  const input = purpose === "ip" ? clientGroup(value) : value;
  return createHmac("sha256", key).update(`${purpose}:${input}`).digest("base64url");
}

function hashKey(): KeyObject {
  return keyRing().hashKey;
}

/** The UTC day whose salt hashes an IP seen at `at` ("2026-11-21"). */
export function ipSaltDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Derived, not stored: every instance computes the same salt for a day, and no table holds one to leak. */
function ipSalt(day: string): Buffer {
  const salts = keyRing().ipSalts;
  let salt = salts.get(day);
  if (!salt) {
    salt = createHmac("sha256", hashKey()).update(`ip-salt:${day}`).digest();
    // Only today's and yesterday's are asked for in practice; keep the map from growing in a long-lived process.
    if (salts.size > 4) salts.clear();
    salts.set(day, salt);
  }
  return salt;
}

/** A random token for links (confirmation, unsubscribe); store only its keyedHash. */
export function randomToken(): string {
  return randomBytes(24).toString("base64url");
}
