import { contentSecurityPolicy } from "./csp-directives";

/**
 * The strict Content-Security-Policy of pages rendered per request (ADR 0010):
 * a script runs only if it carries this response's nonce, or was loaded by one
 * that does ('strict-dynamic': Next's chunk loader). An inline script injected
 * into the page has no nonce and is blocked. Cached pages get the baseline
 * policy from next.config.js instead, because a cached page cannot carry a
 * per-response nonce.
 */
export function strictContentSecurityPolicy(nonce: string, { development = false, frameAncestors = "'none'" } = {}): string {
  // 'self' only matters to browsers without 'strict-dynamic' (CSP 2); React's dev tools need eval.
  return contentSecurityPolicy({
    "script-src": `'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "frame-ancestors": frameAncestors,
  });
}

/** 128 random bits, base64: unguessable, fresh for every response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
