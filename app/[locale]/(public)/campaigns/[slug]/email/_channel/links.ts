/** mailto: with a prefilled subject and body; mail clients want CRLF line breaks and %20 for spaces. */
export function mailtoHref(address: string, subject: string, body: string): string {
  return `mailto:${address.trim()}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, "\r\n"))}`;
}

/** tel: with only what dialers read: a leading "+" and digits ("+1 (613) 789-3434" -> "tel:+16137893434"). */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, "");
  if (digits.length < 3) return null;
  return `tel:${trimmed.startsWith("+") || trimmed.startsWith("00") ? "+" : ""}${trimmed.startsWith("00") ? digits.slice(2) : digits}`;
}
