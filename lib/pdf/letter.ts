import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";

/**
 * Letters as PDF, to print and post: one letter per page (more when it runs
 * long). Used for a supporter's own copy and for organisers' delivery bundles.
 *
 * The font is DejaVu Serif, shipped in the dejavu-fonts-ttf package and embedded
 * (subset) in each file: it covers Latin, Greek, Cyrillic, Armenian, Georgian
 * and Hebrew, but not Chinese, Japanese, Korean, Arabic shaping or Indic
 * scripts; characters outside it print as empty boxes.
 */
export interface LetterPdf {
  /** The sender's block, top right: name, city, country. Empty lines are left out. */
  senderLines: string[];
  /** The recipient's block: honorific and name, title, address lines, city, country. */
  recipientLines: string[];
  /** Already formatted in the letter's language; left out when the body carries its own date. */
  date?: string;
  /** The rendered letter, paragraphs separated by blank lines. */
  body: string;
  /** Under the body, after the closing: usually the sender's name. */
  signature?: string;
}

export interface LetterPdfOptions {
  /** PDF metadata title. */
  title: string;
  /** BCP 47 language of the text, for PDF readers and screen readers. */
  language?: string;
}

const fontFile = "DejaVuSerif.ttf";
const a4 = { width: 595.28, height: 841.89 };
const margin = 64;
const fontSize = 11;
const lineHeight = 15.5;
const ink = rgb(0.1, 0.1, 0.1);

let fontBytes: Promise<Buffer> | undefined;

function loadFont(): Promise<Buffer> {
  fontBytes ??= readFile(
    path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", fontFile),
  );
  fontBytes.catch(() => {
    fontBytes = undefined;
  });
  return fontBytes;
}

/** Several letters in one PDF, each starting on a new page. */
export async function renderLettersPdf(letters: LetterPdf[], options: LetterPdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  // One font face only: a letter needs no bold, and each face adds its own subset to the file.
  const font = await doc.embedFont(await loadFont(), { subset: true });
  doc.setTitle(options.title);
  doc.setCreator("Inkwell");
  doc.setProducer("Inkwell");
  if (options.language) doc.setLanguage(options.language);
  for (const letter of letters) drawLetter(doc, letter, font);
  return doc.save();
}

export function renderLetterPdf(letter: LetterPdf, options: LetterPdfOptions): Promise<Uint8Array> {
  return renderLettersPdf([letter], options);
}

/** Writes lines top to bottom, opening a new page when one is full. */
class Cursor {
  private page: PDFPage;
  private y: number;

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
  ) {
    this.page = this.newPage();
    this.y = a4.height - margin;
  }

  private newPage(): PDFPage {
    return this.doc.addPage([a4.width, a4.height]);
  }

  line(text: string, options: { alignRight?: boolean } = {}) {
    if (this.y < margin) {
      this.page = this.newPage();
      this.y = a4.height - margin;
    }
    const x = options.alignRight ? a4.width - margin - this.font.widthOfTextAtSize(text, fontSize) : margin;
    if (text) this.page.drawText(text, { x, y: this.y, size: fontSize, font: this.font, color: ink });
    this.y -= lineHeight;
  }

  gap(lines = 1) {
    this.y -= lineHeight * lines;
  }
}

function drawLetter(doc: PDFDocument, letter: LetterPdf, font: PDFFont) {
  const cursor = new Cursor(doc, font);
  const width = a4.width - 2 * margin;
  const fit = (text: string) => wrapText(text, (t) => font.widthOfTextAtSize(t, fontSize), width);

  for (const line of letter.senderLines.filter(Boolean)) cursor.line(line, { alignRight: true });
  cursor.gap(2);
  for (const line of letter.recipientLines.filter(Boolean)) cursor.line(line);
  cursor.gap();
  if (letter.date) {
    cursor.line(letter.date, { alignRight: true });
    cursor.gap();
  }
  const paragraphs = letter.body.replace(/\r\n?/g, "\n").split(/\n{2,}/);
  paragraphs.forEach((paragraph, index) => {
    for (const sourceLine of paragraph.split("\n")) for (const line of fit(sourceLine)) cursor.line(line);
    if (index < paragraphs.length - 1) cursor.gap(0.6);
  });
  if (letter.signature) {
    cursor.gap(3);
    cursor.line(letter.signature);
  }
}

/**
 * Breaks text into lines no wider than `maxWidth`, at spaces; a word wider
 * than a line (a long URL, text without spaces) is broken between characters.
 */
export function wrapText(text: string, widthOf: (text: string) => number, maxWidth: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [""];
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (widthOf(candidate) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = "";
    for (const char of Array.from(word)) {
      if (current && widthOf(current + char) > maxWidth) {
        lines.push(current);
        current = "";
      }
      current += char;
    }
  }
  if (current) lines.push(current);
  return lines;
}
