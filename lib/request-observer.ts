import { randomUUID } from "node:crypto";
import http from "node:http";
import https from "node:https";
import type { Logger } from "pino";
import { logger } from "@/lib/log";
import { observeRequest, statusClass } from "@/lib/metrics";
import { methodLabel, routeLabel } from "@/lib/route-label";

/**
 * Times and logs every request this process serves (ADR 0032), from the same
 * place lib/socket-address.ts stamps the TCP peer: http.Server's emit("request"),
 * before Next sees it. Per request: a route label from the path (the app's
 * route pattern, never the path itself), one histogram observation and one log
 * line when the response ends. No I/O besides the log line.
 */
export const requestIdHeader = "x-request-id";

/** An incoming X-Request-Id is kept only if it looks like one (a proxy's id, a UUID): nothing a log reader could trip on. */
const safeRequestId = /^[A-Za-z0-9._-]{8,64}$/;

export function requestIdFrom(incoming: string | string[] | undefined): string {
  return typeof incoming === "string" && safeRequestId.test(incoming) ? incoming : randomUUID();
}

/** Probes and scrapes: logged at debug, so a load balancer polling every second fills no log. */
const quietRoutes = new Set(["/healthz", "/readyz", "/metrics"]);

/**
 * Gives the request its id (X-Request-Id, on the request for the app and on the
 * response for the client), and observes and logs it once the response has ended
 * or the connection closed first.
 */
export function observe(request: http.IncomingMessage, response: http.ServerResponse, log: Logger = logger()): void {
  const started = performance.now();
  const id = requestIdFrom(request.headers[requestIdHeader]);
  request.headers[requestIdHeader] = id;
  if (!response.headersSent) response.setHeader("X-Request-Id", id);
  const route = routeLabel(request.url);
  const method = methodLabel(request.method);
  let done = false;
  const end = () => {
    if (done) return;
    done = true;
    const durationMs = performance.now() - started;
    const finished = response.writableFinished;
    const status = statusClass(response.statusCode, finished);
    observeRequest(route, method, status, durationMs / 1000);
    const line = { reqId: id, method, route, status: response.statusCode, outcome: finished ? "finished" : "aborted", durationMs: Math.round(durationMs * 10) / 10 };
    if (quietRoutes.has(route)) log.debug(line, "request");
    else log.info(line, "request");
  };
  response.once("finish", end);
  response.once("close", end);
}

const installed = Symbol.for("inkwell.requestObserver");

type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

function hook(prototype: { emit: Emit; [installed]?: true }): void {
  if (prototype[installed]) return;
  const emit = prototype.emit;
  prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage | undefined, http.ServerResponse | undefined];
      if (request?.headers && response) {
        try {
          observe(request, response);
        } catch {
          // Observing must never cost a request.
        }
      }
    }
    return emit.call(this, event, ...args);
  };
  prototype[installed] = true;
}

/** Observes every request any HTTP(S) server in this process receives from now on (instrumentation.ts). */
export function installRequestObserver(): void {
  hook(http.Server.prototype as unknown as { emit: Emit });
  hook(https.Server.prototype as unknown as { emit: Emit });
}
