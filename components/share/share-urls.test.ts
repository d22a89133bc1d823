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
    expect(mastodonHost("https://mastodon.social/@alice")).toBe("mastodon.social");
    expect(mastodonHost("social.example.org:8443")).toBe("social.example.org:8443");
    expect(mastodonHost("xn--mstdon-yta.example")).toBe("xn--mstdon-yta.example");
    for (const bad of ["", "localhost", "javascript:alert(1)", "a b.org", "127.0.0.1", "x".repeat(64) + ".org"]) {
      expect(mastodonHost(bad)).toBeNull();
    }
    expect(mastodonShareUrl("mastodon.social", "a b")).toBe("https://mastodon.social/share?text=a+b");
  });

  it("never lets what is typed choose the path, the scheme or a second host", () => {
    // Only the host survives; the path is always our own /share.
    expect(mastodonHost("evil.com/@x")).toBe("evil.com");
    expect(mastodonHost("https://good.social/../../evil.com/share")).toBe("good.social");
    for (const bad of [
      "//evil.com",
      "///evil.com",
      "/\\evil.com",
      "a@b",
      "good.social@evil.com",
      "user:pass@evil.com",
      "javascript:alert(1)//x.com",
      "data:text/html,x",
      "evil.com\\@good.social",
      "good.social\\evil.com",
      "evil.com%2f@good.social",
      "evil.com?x=/share",
      "evil.com#@good.social",
      "mastodon.social:0",
      "mastodon.social:65536",
      "mastodon.social:",
      "mastodon.social.",
      ".mastodon.social",
      "[::1]",
      "192.168.0.1:443",
      "\uff45vil.com", // fullwidth e
      "evil.com\u3002social", // ideographic full stop
      "mastodon.soci\u0430l", // Cyrillic a
      "good.social\u2215evil.com", // division slash
      "evil.com\u0000.social",
      "evil.com\r\nLocation: x",
      "ftp://evil.com",
      "https:evil.com",
    ]) {
      expect(mastodonHost(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it("builds a link that always stays on the chosen host at /share", () => {
    for (const input of ["mastodon.social", "@me@eldritch.cafe", "social.example.org:8443", "evil.com/@x"]) {
      const host = mastodonHost(input)!;
      const url = new URL(mastodonShareUrl(host, "Free them /@x?y#z"));
      expect(url.protocol).toBe("https:");
      expect(url.host).toBe(host);
      expect(url.pathname).toBe("/share");
      expect(url.username + url.password + url.hash).toBe("");
      expect([...url.searchParams.keys()]).toEqual(["text"]);
      expect(url.searchParams.get("text")).toBe("Free them /@x?y#z");
    }
  });
});
