/**
 * The HTML part of a mail, made from its text part (ADR 0027): the same words,
 * so the two can never say different things. Paragraphs are the text's
 * blank-line blocks, line breaks stay, http(s) links become <a>. Everything is
 * escaped; styles are inline (mail clients drop <style> and <link>); nothing
 * remote is referenced (no images, no web fonts), so opening the mail tells
 * no one anything.
 */
import { languageTags, textDirection, type Locale } from "@/i18n/config";

export interface MailHtmlOptions {
  /** The subject, as the document's <title>. */
  title: string;
  /** BCP 47 tag for <html lang>; omitted when the language is unknown. */
  lang?: string;
  /** Text direction; "auto" lets the client decide from the words. */
  dir?: "ltr" | "rtl" | "auto";
}

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => escapes[char]!);
}

// A URL runs to the next space or angle bracket; the punctuation a sentence puts after it is not part of it.
const urlPattern = /https?:\/\/[^\s<>"]+/g;
const trailingPunctuation = /[.,;:!?)\]}'”’»」』。、，！？：；]+$/u;

export interface TextPiece {
  text: string;
  /** Set when the piece is a link: its address (the text itself). */
  href?: string;
}

/** A line cut into plain text and http(s) links. */
export function linkPieces(line: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of line.matchAll(urlPattern)) {
    const url = match[0].replace(trailingPunctuation, "");
    const start = match.index;
    if (!/^https?:\/\/[^/]/.test(url)) continue;
    if (start > last) pieces.push({ text: line.slice(last, start) });
    pieces.push({ text: url, href: url });
    last = start + url.length;
  }
  if (last < line.length) pieces.push({ text: line.slice(last) });
  return pieces;
}

const linkStyle = "color:#1d4ed8;text-decoration:underline;word-break:break-all";

function lineHtml(line: string): string {
  return linkPieces(line)
    .map((piece) =>
      // dir="ltr" isolates an address inside right-to-left text, so its slashes and dots stay in order.
      piece.href ? `<a href="${escapeHtml(piece.href)}" dir="ltr" style="${linkStyle}">${escapeHtml(piece.text)}</a>` : escapeHtml(piece.text),
    )
    .join("");
}

/** The text's paragraphs (blank-line separated), each a list of lines. */
export function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((block) => block.split("\n").map((line) => line.trimEnd()))
    .filter((lines) => lines.some((line) => line.trim() !== ""));
}

/** A whole HTML document for a mail whose text part is `text`. */
export function renderMailHtml(text: string, options: MailHtmlOptions): string {
  const dir = options.dir ?? "auto";
  const lang = options.lang ? ` lang="${escapeHtml(options.lang)}"` : "";
  const align = dir === "rtl" ? "right" : "left";
  const paragraphs = paragraphsOf(text)
    .map((lines) => `<p style="margin:0 0 16px 0">${lines.map(lineHtml).join("<br>\n")}</p>`)
    .join("\n");
  return `<!DOCTYPE html>
<html${lang} dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
</head>
<body style="margin:0;padding:0;background-color:#ffffff;color:#1f2937">
<div${lang} dir="${dir}" style="max-width:600px;margin:0 auto;padding:24px 16px;font-family:-apple-system,'Segoe UI',Roboto,'Noto Sans','Helvetica Neue',Arial,sans-serif;font-size:16px;line-height:1.6;text-align:${dir === "auto" ? "start" : align}">
${paragraphs}
</div>
</body>
</html>
`;
}

/** A composed mail with its HTML part, in the language (and direction) it is written in. */
export function withHtml<T extends { subject: string; text: string }>(mail: T, locale: Locale): T & { html: string } {
  return { ...mail, html: renderMailHtml(mail.text, { title: mail.subject, lang: languageTags[locale], dir: textDirection(locale) }) };
}
