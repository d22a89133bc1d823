/**
 * Where a supporter posts a prepared tweet. The text already holds the handle,
 * hashtags and link (composeTweet), so it goes in one parameter. These are
 * links the supporter follows; our pages load nothing from these hosts.
 * Mastodon goes through the shared /share/mastodon route (components/share).
 */
export function xIntentUrl(text: string): string {
  return `https://x.com/intent/post?text=${encodeURIComponent(text)}`;
}

export function blueskyIntentUrl(text: string): string {
  return `https://bsky.app/intent/compose?text=${encodeURIComponent(text)}`;
}
