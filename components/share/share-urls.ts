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

/**
 * A Mastodon server name as typed by a person ("mastodon.social", "@me@eldritch.cafe",
 * "https://fosstodon.org/"), reduced to a bare host name, or null when it is not one.
 */
export function mastodonHost(input: string): string | null {
  let host = input.trim().toLowerCase();
  host = host.replace(/^https?:\/\//, "").replace(/^@?[^@/\s]+@/, "");
  host = host.replace(/\/.*$/, "");
  const label = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
  const pattern = new RegExp(`^(?:${label}\\.)+[a-z]{2,63}$`);
  return pattern.test(host) && host.length <= 253 ? host : null;
}

export function mastodonShareUrl(host: string, text: string): string {
  return `https://${host}/share?${new URLSearchParams({ text }).toString()}`;
}
