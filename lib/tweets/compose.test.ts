import { describe, expect, it } from "vitest";
import { composeTweet, maxTweetLength, tweetFits, tweetLength } from "./compose";
import { blueskyIntentUrl, xIntentUrl } from "./intents";

describe("tweetLength", () => {
  it("counts any URL as 23 characters", () => {
    const url = `https://example.org/${"a".repeat(200)}`;
    expect(tweetLength(`Read ${url}`)).toBe(5 + 23);
    expect(tweetFits(`Read ${url}`)).toBe(true);
  });

  it("counts emoji and CJK characters as two", () => {
    expect(tweetLength("😀")).toBe(2);
    expect(tweetLength("释放董广平")).toBe(10);
    expect(tweetFits("释".repeat(140))).toBe(true);
    expect(tweetFits("释".repeat(141))).toBe(false);
  });

  it("counts Latin letters as one", () => {
    expect(tweetLength("a".repeat(280))).toBe(280);
    expect(tweetFits("a".repeat(281))).toBe(false);
  });
});

describe("composeTweet", () => {
  it("addresses the handle first and appends hashtags and the URL", () => {
    const tweet = composeTweet({
      body: "Release Dong Guangping now.",
      handle: "@ChinaEmbOttawa",
      hashtags: ["FreeDong", "#W4R"],
      url: "https://inkwell.test/campaigns/dong",
    });
    expect(tweet.text).toBe("@ChinaEmbOttawa Release Dong Guangping now. #FreeDong #W4R https://inkwell.test/campaigns/dong");
    expect(tweet.fits).toBe(true);
    expect(tweet.trimmed).toBe(false);
  });

  it("does not repeat a handle or hashtag the template already has", () => {
    const tweet = composeTweet({ body: "@chinaembottawa please act #FreeDong", handle: "ChinaEmbOttawa", hashtags: ["freedong"] });
    expect(tweet.text).toBe("@chinaembottawa please act #FreeDong");
  });

  it("drops hashtags before cutting the body", () => {
    const body = "a ".repeat(125).trim(); // 249 characters
    const tweet = composeTweet({ body, hashtags: ["One", "Two", "ThreeThreeThree"], url: "https://inkwell.test/c" });
    expect(tweet.fits).toBe(true);
    expect(tweet.trimmed).toBe(true);
    expect(tweet.text).toContain(body);
    expect(tweet.text).not.toContain("#ThreeThreeThree");
    expect(tweet.length).toBeLessThanOrEqual(maxTweetLength);
  });

  it("cuts a long body at a word with an ellipsis and keeps handle and URL", () => {
    const body = "Free the defenders ".repeat(30);
    const tweet = composeTweet({ body, handle: "Target", hashtags: ["Tag"], url: `https://inkwell.test/${"x".repeat(100)}` });
    expect(tweet.fits).toBe(true);
    expect(tweet.length).toBeLessThanOrEqual(maxTweetLength);
    expect(tweet.text.startsWith("@Target Free the defenders")).toBe(true);
    expect(tweet.text).toMatch(/(defenders|Free|the)… https:\/\/inkwell\.test\/x+$/);
  });

  it("cuts text without spaces (CJK) by characters", () => {
    const tweet = composeTweet({ body: "释放董广平".repeat(40), url: "https://inkwell.test/c" });
    expect(tweet.fits).toBe(true);
    expect(tweet.length).toBeGreaterThan(250);
    expect(tweet.text).toContain("…");
  });
});

describe("share intents", () => {
  it("encodes the whole text into one parameter", () => {
    expect(xIntentUrl("Free #Dong & all https://a.test/?x=1")).toBe(
      "https://x.com/intent/post?text=Free%20%23Dong%20%26%20all%20https%3A%2F%2Fa.test%2F%3Fx%3D1",
    );
    expect(blueskyIntentUrl("a b 释")).toBe("https://bsky.app/intent/compose?text=a%20b%20%E9%87%8A");
  });
});
