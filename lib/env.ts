import { z } from "zod";
import { parseCidrList } from "@/lib/net/ip";
import { postgresTarget } from "@/lib/postgres-url";

/** "https://example.org" or "http://localhost:3000": scheme, host and port only. */
function isBareOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.origin === value.replace(/\/$/, "");
  } catch {
    return false;
  }
}

const base64Key = z
  .string()
  .refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 bytes, base64-encoded (openssl rand -base64 32)");

/**
 * The only place that reads process.env. Parsed once, on first use, so a bad
 * value fails loudly at startup with the variable's name.
 */
function namesValidSocket(url: string): boolean {
  try {
    postgresTarget(url);
    return true;
  } catch {
    return false;
  }
}

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .refine(namesValidSocket, "its host parameter must be a Unix socket directory (an absolute path, docs/deploy.md section 5)")
    .optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  PG_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Public origin; unset: http://localhost:<PORT>, the port actually served (see the transform below). */
  SITE_URL: z.url().optional(),
  /** Port Next serves on (`next start` and `next dev` set it from -p too). Only used for SITE_URL's default. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * Reverse proxies whose X-Forwarded-For entries are believed (comma-separated CIDRs, IPv4 or
   * IPv6; a bare address is a /32 or /128). Empty: the client is the TCP peer, and no forwarding
   * header is read (lib/request-meta.ts).
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .superRefine((value, ctx) => {
      const { invalid } = parseCidrList(value);
      if (invalid.length) ctx.addIssue({ code: "custom", message: `not a CIDR or an address: ${invalid.join(", ")}` });
    }),
  /**
   * Origins besides SITE_URL's that may post forms and whose host names are served
   * (comma-separated, "https://www.example.org"; no path). lib/origin.ts.
   */
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .superRefine((value, ctx) => {
      const bad = value
        .split(",")
        .map((entry) => entry.trim())
        .filter((entry) => entry && !isBareOrigin(entry));
      if (bad.length) ctx.addIssue({ code: "custom", message: `not an http(s) origin without a path: ${bad.join(", ")}` });
    }),
  SEED_DEMO: z.enum(["auto", "always", "never"]).default("auto"),
  /**
   * Bearer token that opens /metrics (ADR 0032). Unset: /metrics answers only a TCP peer on
   * loopback whose request no proxy forwarded; everyone else gets 404.
   */
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters (openssl rand -hex 32)").optional(),
  /** Level of the structured logs (lib/log.ts): one line per request at info. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /**
   * smtp://user:pass@host:port or smtps://... Unset: in development and the embedded demo mail is
   * written to the server log and readable at /dev/mail; on a production deployment with
   * DATABASE_URL it stays queued until SMTP is configured.
   */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Inkwell <no-reply@inkwell.localhost>"),
  /** AES-256-GCM key for supporters' personal data. Unset with the embedded db: generated under .data/. */
  DATA_ENCRYPTION_KEY: base64Key.optional(),
  /** Id written into every new ciphertext; give each new DATA_ENCRYPTION_KEY a new id when rotating (README). */
  DATA_ENCRYPTION_KEY_ID: z.string().regex(/^[A-Za-z0-9_-]{1,16}$/, "must be 1-16 letters, digits, _ or -").default("k1"),
  /** Older keys still accepted for decryption during a rotation, comma-separated "id:base64". */
  DATA_ENCRYPTION_OLD_KEYS: z.string().optional(),
  /** HMAC key for dedupe hashes of emails and IPs. Unset with the embedded db: generated under .data/. */
  HASH_KEY: base64Key.optional(),
  /** Auth.js secret. Unset with the embedded db: generated under .data/. */
  AUTH_SECRET: z.string().min(32).optional(),
  /** OAuth sign-in appears only when both halves of a pair are set. */
  AUTH_GITHUB_ID: z.string().min(1).optional(),
  AUTH_GITHUB_SECRET: z.string().min(1).optional(),
  AUTH_GOOGLE_ID: z.string().min(1).optional(),
  AUTH_GOOGLE_SECRET: z.string().min(1).optional(),
  /** Where uploaded defender photos are stored (re-encoded, metadata stripped); served by /media. */
  UPLOAD_DIR: z.string().min(1).default(".data/uploads"),
  /** Supporters' personal data is erased this many months after their campaign closes; counts stay. */
  RETENTION_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
  /** Days an action keeps the hash of the IP it came from (the abuse window); erased afterwards. */
  IP_HASH_RETENTION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /** Days a sent or failed mail keeps its recipient and body (sign-in links, addresses); the row stays. */
  MAIL_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  /** Background jobs (mail, counters) in the server process: "on" (default) or "off" for separate workers. */
  WORKERS: z.enum(["on", "off"]).default("on"),
  /**
   * redis:// (or rediss://) URL of the cache shared by several web nodes (ADR 0031). Unset: each
   * process keeps Next's own page cache, right for one node. next.config.js reads it too.
   */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
    .optional(),
  /** The build folder (next.config.js distDir); the worker finds the build id there for the shared cache's keys. */
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
}).transform((parsed) => ({ ...parsed, SITE_URL: parsed.SITE_URL ?? `http://localhost:${parsed.PORT}` }));

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
