/** Providers where dots in the local part are ignored (a.b@gmail.com is ab@gmail.com). */
const dotInsensitiveDomains = new Set(["gmail.com", "googlemail.com"]);
const domainAliases: Record<string, string> = { "googlemail.com": "gmail.com" };

/**
 * The form of an address used to recognise the same person twice: trimmed,
 * lower-cased, without "+tag", and with provider dot rules applied. Used only
 * for dedupe (hashed); mail is always sent to the address as typed.
 */
export function canonicalEmail(input: string): string {
  const email = input.trim().toLowerCase();
  const at = email.lastIndexOf("@");
  if (at <= 0 || at === email.length - 1) return email;
  let local = email.slice(0, at);
  let domain = email.slice(at + 1).replace(/\.+$/, "");
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  if (dotInsensitiveDomains.has(domain)) local = local.replaceAll(".", "");
  domain = domainAliases[domain] ?? domain;
  return `${local}@${domain}`;
}

/** The domain part, for per-domain rate limits and block lists. */
export function emailDomain(input: string): string {
  return canonicalEmail(input).split("@")[1] ?? "";
}
