/**
 * XML text for the feeds (RSS 2.0, Atom 1.0). Pure. Every value is escaped as
 * character data, never wrapped in CDATA: a title holding "]]>" cannot end a
 * section early. Characters XML 1.0 forbids (control characters, lone
 * surrogates, U+FFFE and U+FFFF) are dropped, so hostile text still parses.
 */

const notXmlChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or an attribute value, escaped: & < > " ' become entities. */
export function escapeXml(value: string): string {
  return value
    .replace(notXmlChar, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

type Attributes = Record<string, string | undefined>;

/** A start tag with escaped attribute values; attributes that are undefined are left out. */
export function startTag(name: string, attributes: Attributes = {}, { empty = false } = {}): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  return `<${name}${attrs}${empty ? "/" : ""}>`;
}

/** One element with escaped text, or an empty one (text null). */
export function element(name: string, text: string | null, attributes: Attributes = {}): string {
  return text === null ? startTag(name, attributes, { empty: true }) : `${startTag(name, attributes)}${escapeXml(text)}</${name}>`;
}

/** RFC 822 (as updated by RFC 1123) date for RSS: "Sat, 05 Dec 2026 17:14:28 GMT". */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

/** RFC 3339 date for Atom, in UTC, to the second: "2026-12-05T17:14:28Z". */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * Plain text (an update's Markdown, read as text) as a small HTML fragment for
 * a feed reader: escaped first, then paragraphs and line breaks. Never markup
 * from the text itself.
 */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeXml(paragraph).replace(/\n/g, "<br>")}</p>`)
    .join("");
}
