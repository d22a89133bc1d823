import { env, type Env } from "@/lib/env";
import { isLoopbackIp, parseIp } from "@/lib/net/ip";
import type { HeaderSource } from "@/lib/request-meta";

type OriginEnv = Pick<Env, "SITE_URL" | "ALLOWED_ORIGINS" | "NODE_ENV" | "DATABASE_URL">;

/** SITE_URL's origin and ALLOWED_ORIGINS: the only origins our pages are served from. */
export function allowedOrigins(e: OriginEnv = env()): Set<string> {
  const origins = new Set([new URL(e.SITE_URL).origin]);
  for (const entry of e.ALLOWED_ORIGINS.split(",")) {
    if (entry.trim()) origins.add(new URL(entry.trim()).origin);
  }
  return origins;
}

/**
 * Development and the local embedded demo (no DATABASE_URL) are reached as
 * localhost, 127.0.0.1 or [::1] on whatever port: loopback names are served
 * and trusted as origins there, never on a deployment with its own database.
 */
export function servesLoopbackNames(e: OriginEnv = env()): boolean {
  return e.NODE_ENV !== "production" || !e.DATABASE_URL;
}

/** localhost, *.localhost, 127.0.0.0/8, ::1 (a browser only sends these for a loopback address). */
export function isLoopbackHostname(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  const address = parseIp(name);
  return address !== null && isLoopbackIp(address);
}

/** The host name of a Host header value ("example.org:443" -> "example.org", "[::1]:3000" -> "[::1]"), or null. */
function hostnameOf(host: string): string | null {
  // No userinfo, path, query or fragment can hide in these characters.
  if (!/^[A-Za-z0-9.\-:[\]]{1,300}$/.test(host)) return null;
  try {
    return new URL(`http://${host}`).hostname || null;
  } catch {
    return null;
  }
}

/** Whether a Host header value names this machine by a loopback name ("localhost:3000", "127.0.0.1", "[::1]:3000"). */
export function isLoopbackHost(host: string | null): boolean {
  const hostname = host ? hostnameOf(host.trim()) : null;
  return hostname !== null && isLoopbackHostname(hostname);
}

/**
 * Whether a request's Host header names this site: SITE_URL's host, a host of
 * ALLOWED_ORIGINS, or (development and the local demo only) a loopback name.
 * Anything else is refused in proxy.ts, so a page on another domain whose
 * name was rebound to this server's address (DNS rebinding) reads nothing.
 * Ports are not compared: a reverse proxy may forward another one.
 */
export function isAllowedHost(host: string | null, e: OriginEnv = env()): boolean {
  const hostname = host ? hostnameOf(host.trim()) : null;
  if (!hostname) return false;
  for (const origin of allowedOrigins(e)) {
    if (new URL(origin).hostname === hostname) return true;
  }
  return servesLoopbackNames(e) && isLoopbackHostname(hostname);
}

/**
 * Whether a state-changing request comes from one of our own pages. Browsers
 * send Origin on every POST (form or fetch, with or without JavaScript); a
 * request without one is not from a browser page of ours. The Origin must be
 * SITE_URL's or one of ALLOWED_ORIGINS, never merely the request's own Host
 * (which whoever sends the request chooses). In development and the local demo
 * a loopback origin also counts when it is the very host the request was sent
 * to (http://127.0.0.1:3000 as well as http://localhost:3000). Next compares
 * Origin for Server Actions only when it is present, and not at all for route
 * handlers.
 */
export function isSameOrigin(headers: HeaderSource, e: OriginEnv = env()): boolean {
  const origin = headers.get("origin");
  if (!origin) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin.replace(/\/$/, "") || (url.protocol !== "http:" && url.protocol !== "https:")) return false;
  if (allowedOrigins(e).has(url.origin)) return true;
  const host = headers.get("host");
  return servesLoopbackNames(e) && isLoopbackHostname(url.hostname) && host !== null && url.host === host.trim().toLowerCase();
}

type Handler<R extends Request, C> = (request: R, context: C) => Promise<Response>;

/**
 * Wraps a POST/PUT/PATCH/DELETE route handler: requests with a missing or
 * foreign Origin get 403 and never reach it.
 */
export function sameOriginOnly<R extends Request, C>(handler: Handler<R, C>): Handler<R, C> {
  return async (request, context) => {
    if (!isSameOrigin(request.headers)) {
      return new Response("Cross-site request refused.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
    return handler(request, context);
  };
}
