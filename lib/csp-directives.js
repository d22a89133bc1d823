// @ts-check
/**
 * The Content-Security-Policy directives (ADR 0010), one list for both
 * policies: the baseline that next.config.js sends with every response, and
 * the strict, nonce-based one lib/csp.ts builds for pages rendered per request.
 * They differ in script-src only. Plain CommonJS so that next.config.js can
 * require it; lib/csp.ts imports it (types in csp-directives.d.ts).
 */

/** @type {ReadonlyArray<readonly [name: string, sources: string]>} */
const cspDirectives = [
  ["default-src", "'self'"],
  // The baseline's: cached pages (ISR) cannot carry a per-response nonce. The strict policy replaces it.
  ["script-src", "'self' 'unsafe-inline'"],
  // React writes style attributes (style={...}); they cannot carry nonces.
  ["style-src", "'self' 'unsafe-inline'"],
  ["img-src", "'self' data: blob:"],
  ["font-src", "'self'"],
  ["connect-src", "'self'"],
  // The proof-of-work captcha solves in a blob: worker.
  ["worker-src", "'self' blob:"],
  ["object-src", "'none'"],
  ["base-uri", "'self'"],
  ["frame-ancestors", "'none'"],
];

/**
 * The policy header: every directive of the list in its order, with the
 * sources given in `replace` instead of the list's for the directives it names,
 * and without those given as null (the embed pages' baseline leaves
 * frame-ancestors to the proxy's per-campaign policy, ADR 0030).
 * @param {Readonly<Record<string, string | null>>} [replace]
 * @returns {string}
 */
function contentSecurityPolicy(replace = {}) {
  for (const name of Object.keys(replace)) {
    if (!cspDirectives.some(([known]) => known === name)) throw new Error(`No CSP directive ${name} in the list`);
  }
  return cspDirectives
    .filter(([name]) => replace[name] !== null)
    .map(([name, sources]) => `${name} ${replace[name] ?? sources}`)
    .join("; ");
}

module.exports = { cspDirectives, contentSecurityPolicy };
