import * as twitterTextModule from "twitter-text";

// twitter-text's ES build has only a default export, its CommonJS build named
// ones: take whichever the bundler or Node hands us.
const twitterText =
  (twitterTextModule as unknown as { default?: typeof twitterTextModule }).default ?? twitterTextModule;
const { parseTweet } = twitterText;

/** X's limit in weighted characters: CJK and emoji count 2, every URL 23, whatever its length. */
export const maxTweetLength = 280;

/** A tweet's length by X's counting rules (twitter-text). */
export function tweetLength(text: string): number {
  return parseTweet(text).weightedLength;
}

export function tweetFits(text: string): boolean {
  return parseTweet(text).valid;
}

export interface TweetParts {
  /** The template, already rendered; it may mention handles or hashtags itself. */
  body: string;
  /** The target's X handle, with or without "@"; put first so the target is addressed. */
  handle?: string | null;
  /** Campaign hashtags, with or without "#"; ones the body already contains are not repeated. */
  hashtags?: readonly string[];
  /** The campaign page, always kept. */
  url?: string | null;
}

export interface ComposedTweet {
  text: string;
  length: number;
  fits: boolean;
  /** Hashtags dropped or the body shortened to stay within the limit. */
  trimmed: boolean;
}

const ellipsis = "…";

/**
 * "@handle body #tags url", kept within the limit: hashtags go first (from the
 * last), then the body is cut at a word boundary with an ellipsis. The handle
 * and the URL are never cut, since the tweet is pointless without them.
 */
export function composeTweet(parts: TweetParts): ComposedTweet {
  const handle = normaliseHandle(parts.handle);
  const body = parts.body.trim().replace(/\s+/g, " ");
  const tags = newHashtags(body, parts.hashtags ?? []);
  const url = parts.url?.trim() || null;
  const assemble = (text: string, tagList: string[]) =>
    [handle && !mentions(text, handle) ? `@${handle}` : null, text, ...tagList.map((tag) => `#${tag}`), url]
      .filter(Boolean)
      .join(" ");

  let kept = tags;
  let text = assemble(body, kept);
  while (!tweetFits(text) && kept.length > 0) {
    kept = kept.slice(0, -1);
    text = assemble(body, kept);
  }
  let shortened = body;
  while (!tweetFits(text) && shortened.length > 0) {
    shortened = cutLastWord(shortened);
    text = assemble(shortened ? `${shortened}${ellipsis}` : "", kept);
  }
  const length = tweetLength(text);
  return { text, length, fits: length <= maxTweetLength, trimmed: kept.length < tags.length || shortened !== body };
}

function normaliseHandle(handle: string | null | undefined): string | null {
  const bare = handle?.trim().replace(/^@+/, "");
  return bare ? bare : null;
}

function mentions(text: string, handle: string): boolean {
  return new RegExp(`(^|[^\\w])@${escapeRegExp(handle)}(?!\\w)`, "i").test(text);
}

function newHashtags(body: string, hashtags: readonly string[]): string[] {
  const present = new Set((body.match(/#[\p{L}\p{N}_]+/gu) ?? []).map((tag) => tag.slice(1).toLowerCase()));
  const result: string[] = [];
  for (const raw of hashtags) {
    const tag = raw.trim().replace(/^#+/, "");
    if (tag && !present.has(tag.toLowerCase())) {
      present.add(tag.toLowerCase());
      result.push(tag);
    }
  }
  return result;
}

/** Drops the last word (or, for text without spaces such as Chinese, the last few characters). */
function cutLastWord(text: string): string {
  const space = text.lastIndexOf(" ");
  if (space > 0) return text.slice(0, space).replace(/[\s,;:.!?-]+$/u, "");
  const chars = Array.from(text);
  return chars.slice(0, Math.max(0, chars.length - 4)).join("");
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
