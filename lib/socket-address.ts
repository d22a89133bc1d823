import http from "node:http";
import https from "node:https";

/**
 * The request header that carries the TCP peer's address (the socket's
 * remoteAddress) to our code, which only ever sees headers.
 *
 * Why a header of our own: `next start` sets X-Forwarded-For to the socket
 * address only when the request has none (`??=` in next/dist/server/base-server.js),
 * so a client that sends its own X-Forwarded-For hides the socket address from
 * route handlers, server actions and proxy.ts. This header is written for every
 * request from the socket itself, replacing whatever a client sent under the
 * same name; lib/request-meta.ts starts from it and walks X-Forwarded-For only
 * through TRUSTED_PROXIES.
 */
export const socketAddressHeader = "x-inkwell-socket-address";

/**
 * "1" when the request arrived carrying a forwarding header (X-Forwarded-For,
 * Forwarded or X-Real-IP) from whoever connected, "0" when it carried none.
 * Stamped here because Next adds X-Forwarded-For itself before our code runs;
 * /metrics serves a loopback peer only when no proxy forwarded the request (ADR 0032).
 */
export const forwardedHeader = "x-inkwell-forwarded";

const installed = Symbol.for("inkwell.socketAddressHeader");

type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

function stamp(prototype: { emit: Emit; [installed]?: true }): void {
  if (prototype[installed]) return;
  const emit = prototype.emit;
  prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
    if (event === "request" || event === "checkContinue" || event === "checkExpectation") {
      const request = args[0] as http.IncomingMessage | undefined;
      if (request?.headers) {
        request.headers[socketAddressHeader] = request.socket?.remoteAddress ?? "";
        const headers = request.headers;
        request.headers[forwardedHeader] = headers["x-forwarded-for"] !== undefined || headers.forwarded !== undefined || headers["x-real-ip"] !== undefined ? "1" : "0";
      }
    }
    return emit.call(this, event, ...args);
  };
  prototype[installed] = true;
}

/**
 * Stamps every request any HTTP(S) server in this process receives from now
 * on. Called from instrumentation.ts, which Next runs in the server process
 * before it hands requests to the app (next start and next dev alike), so no
 * launcher needs a flag. A request that arrives before it (the first moments
 * of startup) has no stamp, and its client address counts as unknown.
 */
export function installSocketAddressHeader(): void {
  stamp(http.Server.prototype as unknown as { emit: Emit });
  stamp(https.Server.prototype as unknown as { emit: Emit });
}
