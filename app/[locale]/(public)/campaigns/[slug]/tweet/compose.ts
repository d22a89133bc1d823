import { mastodonHost, mastodonShareUrl } from "@/components/share/share-urls";
import { blueskyIntentUrl, xIntentUrl } from "@/lib/tweets/intents";

export type Network = "x" | "bluesky" | "mastodon";

/** The compose page of X, Bluesky or the supporter's Mastodon server with the text (null for a server name that is not one). */
export function composeUrl(network: Network, server: string, text: string): string | null {
  if (network === "mastodon") {
    const host = mastodonHost(server);
    return host ? mastodonShareUrl(host, text) : null;
  }
  return network === "bluesky" ? blueskyIntentUrl(text) : xIntentUrl(text);
}
