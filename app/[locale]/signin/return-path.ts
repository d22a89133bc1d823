/**
 * A same-site path to go back to after signing in. Anything else (absolute
 * URLs, protocol-relative "//host", backslashes) falls back to `fallback`, so
 * the sign-in form can never be turned into an open redirect.
 */
export function safeReturnPath(value: string | null | undefined, fallback = "/organise"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  if (/[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}
