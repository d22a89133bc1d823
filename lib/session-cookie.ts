/** The names Auth.js gives the database-session cookie: plain over http, __Secure- over https. */
export const sessionCookieNames = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

/** Whether a request carries a session cookie at all (not whether it is valid: only auth() knows that). */
export function hasSessionCookie(cookies: { has(name: string): boolean }): boolean {
  return sessionCookieNames.some((name) => cookies.has(name));
}
