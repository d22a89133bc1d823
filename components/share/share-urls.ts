/** What is shared: an absolute URL, a short text, and optionally hashtags (with or without "#"). */
export interface ShareContent {
  url: string;
  text: string;
  /** Subject of the email share; defaults to the text. */
  subject?: string;
  hashtags?: string[];
}

function bareHashtags(hashtags: string[] = []): string[] {
  return hashtags.map((tag) => tag.trim().replace(/^#+/, "")).filter((tag) => /^[\p{L}\p{N}_]+$/u.test(tag));
}

/** The text, its hashtags and the URL in one line, for services that take a single text field. */
export function shareMessage({ url, text, hashtags }: ShareContent): string {
  const tags = bareHashtags(hashtags).map((tag) => `#${tag}`);
  return [text, ...tags, url].filter(Boolean).join(" ");
}

/** X's web intent: text, url and hashtags as separate parameters, so X counts the link as one. */
export function xIntentUrl({ url, text, hashtags }: ShareContent): string {
  const params = new URLSearchParams({ text, url });
  const tags = bareHashtags(hashtags);
  if (tags.length > 0) params.set("hashtags", tags.join(","));
  return `https://x.com/intent/post?${params.toString()}`;
}

export function blueskyIntentUrl(content: ShareContent): string {
  return `https://bsky.app/intent/compose?${new URLSearchParams({ text: shareMessage(content) }).toString()}`;
}

export function emailShareUrl(content: ShareContent): string {
  // mailto wants %20 for spaces, not "+": URLSearchParams would write "+".
  const subject = encodeURIComponent(content.subject ?? content.text);
  const body = encodeURIComponent(`${content.text}\n\n${content.url}`);
  return `mailto:?subject=${subject}&body=${body}`;
}

/** Route that sends a Mastodon user to the share page of their own server (there is no central one). */
export const mastodonSharePath = "/share/mastodon";

const hostLabel = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
/** A DNS name with a letter (or punycode) top-level label, so never an IP literal or "localhost"; an optional port. */
const instancePattern = new RegExp(`^((?:${hostLabel}\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59}))(?::([0-9]{1,5}))?$`);

/**
 * A Mastodon server name as typed by a person ("mastodon.social", "@me@eldritch.cafe",
 * "https://fosstodon.org/@me", "social.example:8443"), reduced to host[:port], or null
 * when it is not one. Only the host survives: the share link's path is always our own
 * (mastodonShareUrl), so what is typed can never choose where on that server, or on
 * which other server, the reader lands. Anything a URL parser might read another way
 * (backslashes, userinfo other than a handle, non-ASCII look-alikes, control
 * characters, IP literals) is refused rather than guessed at.
 */
export function mastodonHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text || text.length > 300 || /[^\x21-\x7e]|\\/.test(text)) return null;
  text = text.replace(/^https?:\/\//, "");
  // A handle: "@user@host" or "user@host" (Mastodon user names are letters, digits and "_").
  text = text.replace(/^@?[a-z0-9_]{1,64}@/, "");
  // A profile or about page pasted whole: only what comes before the path is the server.
  const slash = text.indexOf("/");
  const hostPart = slash === -1 ? text : text.slice(0, slash);
  const match = instancePattern.exec(hostPart);
  if (!match || match[1]!.length > 253) return null;
  if (match[2] !== undefined) {
    const port = Number(match[2]);
    if (port < 1 || port > 65535) return null;
    return `${match[1]}:${port}`;
  }
  return match[1]!;
}

export function mastodonShareUrl(host: string, text: string): string {
  return `https://${host}/share?${new URLSearchParams({ text }).toString()}`;
}
