import { createTranslator } from "next-intl";
import { languageTags, textDirection, type Locale } from "@/i18n/config";
import { env } from "@/lib/env";
import { countPostShed } from "@/lib/metrics";
import ar from "@/messages/ar/Overload.json";
import en from "@/messages/en/Overload.json";
import es from "@/messages/es/Overload.json";
import fr from "@/messages/fr/Overload.json";
import zh from "@/messages/zh/Overload.json";

/**
 * Load shedding for form posts (issue #7, found by the fault suite). Without
 * it, a server offered more than it can do queues every request in the
 * database pool until answers take tens of seconds, and while PostgreSQL is
 * down every post ends in an error page. Instead proxy.ts answers a POST at
 * once with 503 and Retry-After when this process is already running
 * `actionLimit()` server actions, or when an action found the database
 * unreachable within the last few seconds.
 *
 * The state lives on globalThis: proxy.ts and the server actions are separate
 * bundles in one Node.js process.
 */
interface AdmissionState {
  inFlight: number;
  databaseDownUntil: number;
}

const holder = globalThis as unknown as { __inkwellAdmission?: AdmissionState };

function state(): AdmissionState {
  return (holder.__inkwellAdmission ??= { inFlight: 0, databaseDownUntil: 0 });
}

/** What the 503 tells clients; also how long a database failure sheds posts without trying. */
export const retryAfterSeconds = 2;

/** Two actions per pooled connection: enough to keep the pool busy, short enough that a queued post waits about a second. */
export function actionLimit(): number {
  return 2 * env().PG_POOL_MAX;
}

/** Runs a server action counted as in flight. */
export async function admitted<T>(run: () => Promise<T>): Promise<T> {
  const s = state();
  s.inFlight++;
  try {
    return await run();
  } finally {
    s.inFlight--;
  }
}

// postgres.js connection errors, and the server's "shutting down / starting up / connection lost" SQLSTATEs.
const unreachableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);

/** Whether an error (or its cause: Drizzle wraps the driver's) means the database could not be reached. */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && unreachableCodes.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export function noteDatabaseUnreachable(now = Date.now()): void {
  state().databaseDownUntil = now + retryAfterSeconds * 1000;
}

export type ShedReason = "busy" | "database";

/** Why a new post should be turned away right now, or null to let it in. */
export function shedReason(now = Date.now(), limit = actionLimit()): ShedReason | null {
  const s = state();
  if (now < s.databaseDownUntil) return "database";
  if (s.inFlight >= limit) return "busy";
  return null;
}

/** The "Overload" namespace of each catalogue (data; proxy.ts answers before any page or catalogue loader runs). */
const overload: Record<Locale, { title: string; body: string }> = { en, fr, es, zh, ar };

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/**
 * The answer to a shed post, in the language of the page it came from: says
 * nothing was saved, and when to try again. Plain HTML, no scripts, nothing from elsewhere.
 */
export function serviceUnavailable(locale: Locale): Response {
  // proxy.ts answers with this right after shedReason() said no: the same state names the reason (inkwell_posts_shed_total).
  countPostShed(shedReason() ?? "busy");
  const t = createTranslator({ locale, messages: { Overload: overload[locale] }, namespace: "Overload" });
  const title = escapeHtml(t("title"));
  const body = escapeHtml(t("body"));
  const html = `<!doctype html><html lang="${languageTags[locale]}" dir="${textDirection(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${body}</p></main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { "Retry-After": String(retryAfterSeconds), "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
