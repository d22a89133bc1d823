/**
 * Headers that make mail look like what it is (ADR 0027): a Message-ID of our
 * own that stays the same when an outbox row is retried, and, on bulk mail
 * (campaign updates), RFC 2369 List-Unsubscribe with RFC 8058 one-click.
 */
import { defaultLocale, isLocale, type Locale } from "@/i18n/config";

function origin(siteUrl: string): string {
  return new URL(siteUrl).origin;
}

/** "<outbox row id@site host>": unique per message, the same for every attempt at it. */
export function messageIdFor(outboxId: string, siteUrl: string): string {
  if (!/^[0-9A-Za-z-]+$/.test(outboxId)) throw new Error(`Not an outbox id: ${JSON.stringify(outboxId)}`);
  return `<${outboxId}@${new URL(siteUrl).hostname}>`;
}

export interface UnsubscribeLink {
  token: string;
  locale: Locale;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The unsubscribe link the campaign-update mail ends with
 * ("SITE_URL[/fr]/unsubscribe/<token>"), or null when the text has none. The
 * last one counts: it is the one the composer wrote after the update's body.
 * The caller still verifies the token (it is signed: db/queries/campaign-updates.ts).
 */
export function unsubscribeLinkIn(text: string, siteUrl: string): UnsubscribeLink | null {
  const pattern = new RegExp(`${escapeRegExp(origin(siteUrl))}(?:/([a-z]{2}))?/unsubscribe/([A-Za-z0-9._-]+)(?=[\\s.,;:!?)]|$)`, "g");
  let found: UnsubscribeLink | null = null;
  for (const match of text.matchAll(pattern)) {
    const locale = match[1] ?? defaultLocale;
    if (isLocale(locale)) found = { token: match[2]!, locale };
  }
  return found;
}

/** The address a one-click POST goes to (app/api/unsubscribe/[token]/route.ts); a GET there shows the page in `locale`. */
export function oneClickUnsubscribeUrl(siteUrl: string, link: UnsubscribeLink): string {
  const url = `${origin(siteUrl)}/api/unsubscribe/${encodeURIComponent(link.token)}`;
  return link.locale === defaultLocale ? url : `${url}?locale=${link.locale}`;
}

/** RFC 2369 + RFC 8058 headers for bulk mail. Inkwell receives no mail, so there is no mailto: address. */
export function listUnsubscribeHeaders(siteUrl: string, link: UnsubscribeLink): Record<string, string> {
  return {
    "List-Unsubscribe": `<${oneClickUnsubscribeUrl(siteUrl, link)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
