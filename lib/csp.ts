/**
 * The strict Content-Security-Policy of pages rendered per request (ADR 0010):
 * a script runs only if it carries this response's nonce, or was loaded by one
 * that does ('strict-dynamic': Next's chunk loader). An inline script injected
 * into the page has no nonce and is blocked. Cached pages get the baseline
 * policy from next.config.js instead, because a cached page cannot carry a
 * per-response nonce.
 */
export function strictContentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    // 'self' only matters to browsers without 'strict-dynamic' (CSP 2); React's dev tools need eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // React writes style attributes (style={...}); they cannot carry nonces.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The proof-of-work captcha solves in a blob: worker.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable, fresh for every response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
