import { describe, expect, it } from "vitest";
import { blueskyIntentUrl, emailShareUrl, mastodonHost, mastodonShareUrl, shareMessage, xIntentUrl } from "./share-urls";

const content = { url: "https://inkwell.example/campaigns/free-dong", text: "Free Dong Guangping & family", hashtags: ["#FreeDong", "W4R", "bad tag"] };

describe("share URLs", () => {
  it("puts text, url and valid hashtags in X's web intent", () => {
    const url = new URL(xIntentUrl(content));
    expect(url.origin + url.pathname).toBe("https://x.com/intent/post");
    expect(url.searchParams.get("text")).toBe(content.text);
    expect(url.searchParams.get("url")).toBe(content.url);
    expect(url.searchParams.get("hashtags")).toBe("FreeDong,W4R");
  });

  it("gives Bluesky one text with the hashtags and the link", () => {
    const url = new URL(blueskyIntentUrl(content));
    expect(url.host).toBe("bsky.app");
    expect(url.searchParams.get("text")).toBe(`${content.text} #FreeDong #W4R ${content.url}`);
    expect(shareMessage({ url: content.url, text: "Hi" })).toBe(`Hi ${content.url}`);
  });

  it("encodes spaces in mailto as %20, not +", () => {
    const mailto = emailShareUrl({ ...content, subject: "Act now" });
    expect(mailto).toBe(`mailto:?subject=Act%20now&body=${encodeURIComponent(`${content.text}\n\n${content.url}`)}`);
    expect(mailto).not.toContain("+");
  });

  it("reduces what people type as their Mastodon server to a host name", () => {
    expect(mastodonHost("mastodon.social")).toBe("mastodon.social");
    expect(mastodonHost(" https://Fosstodon.org/about ")).toBe("fosstodon.org");
    expect(mastodonHost("@me@eldritch.cafe")).toBe("eldritch.cafe");
    expect(mastodonHost("me@social.example.org")).toBe("social.example.org");
    for (const bad of ["", "localhost", "evil.com:8080", "javascript:alert(1)", "a b.org", "127.0.0.1", "x".repeat(64) + ".org"]) {
      expect(mastodonHost(bad)).toBeNull();
    }
    expect(mastodonShareUrl("mastodon.social", "a b")).toBe("https://mastodon.social/share?text=a+b");
  });
});
