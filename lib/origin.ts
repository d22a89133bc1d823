import type { HeaderSource } from "@/lib/request-meta";

/**
 * Whether a state-changing request comes from one of our own pages. Browsers
 * send Origin on every POST (form or fetch, with or without JavaScript); a
 * request without one is not from a browser page of ours, and one whose Origin
 * names another host is cross-site. Next compares Origin for Server Actions
 * only when it is present, and not at all for route handlers.
 */
export function isSameOrigin(headers: HeaderSource): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host.split(",")[0]!.trim();
  } catch {
    return false;
  }
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
