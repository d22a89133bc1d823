import { PDFDocument, rgb, type PDFPage } from "pdf-lib";
import { TextSetter, type Paragraph } from "./scripts";

export { wrapText } from "./scripts";

/**
 * Letters as PDF, to print and post: one letter per page (more when it runs
 * long). Used for a supporter's own copy and for organisers' delivery bundles.
 *
 * Text of any of the campaigns' languages prints: each character with the face
 * of its script (DejaVu Serif for Latin, Greek, Cyrillic and Hebrew; Amiri for
 * Arabic; Noto Sans SC for Chinese), embedded as subsets, shaped by fontkit
 * and ordered by the Unicode Bidirectional Algorithm; a paragraph whose first
 * strong character is right-to-left is set flush right. Only the faces the
 * text needs are read, when the PDF is made (lib/pdf/fonts.ts, lib/pdf/scripts.ts,
 * docs/decisions/0022-pdf-fonts-per-script.md).
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

const a4 = { width: 595.28, height: 841.89 };
const margin = 64;
const fontSize = 11;
const lineHeight = 15.5;
const ink = rgb(0.1, 0.1, 0.1);

function textsOf(letter: LetterPdf): string[] {
  return [...letter.senderLines, ...letter.recipientLines, letter.date ?? "", letter.body, letter.signature ?? ""];
}

/** Several letters in one PDF, each starting on a new page. */
export async function renderLettersPdf(letters: LetterPdf[], options: LetterPdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // One face per script and no bold: a letter needs none, and each face adds its own subset to the file.
  const setter = await TextSetter.create(doc, letters.flatMap(textsOf), { size: fontSize, color: ink });
  doc.setTitle(options.title);
  doc.setCreator("Inkwell");
  doc.setProducer("Inkwell");
  if (options.language) doc.setLanguage(options.language);
  for (const letter of letters) drawLetter(doc, setter, letter);
  return doc.save();
}

export function renderLetterPdf(letter: LetterPdf, options: LetterPdfOptions): Promise<Uint8Array> {
  return renderLettersPdf([letter], options);
}

/** Writes lines top to bottom, opening a new page when one is full. */
class Cursor {
  private page: PDFPage;
  private y: number;
  readonly width = a4.width - 2 * margin;

  constructor(
    private readonly doc: PDFDocument,
    private readonly setter: TextSetter,
  ) {
    this.page = this.newPage();
    this.y = a4.height - margin;
  }

  private newPage(): PDFPage {
    return this.doc.addPage([a4.width, a4.height]);
  }

  /**
   * A source line, wrapped to the text width. "start" sets it from the side
   * its direction starts on (left for English, right for Arabic); "right" sets
   * it flush right whatever its direction (the sender's block, the date).
   */
  text(text: string, align: "start" | "right" = "start") {
    const paragraph: Paragraph = this.setter.prepare(text);
    const right = align === "right" || paragraph.direction === "rtl";
    for (const range of this.setter.wrap(paragraph, this.width)) {
      if (this.y < margin) {
        this.page = this.newPage();
        this.y = a4.height - margin;
      }
      this.setter.draw(this.page, paragraph, range, { x: right ? a4.width - margin : margin, y: this.y, align: right ? "right" : "left" });
      this.y -= lineHeight;
    }
  }

  gap(lines = 1) {
    this.y -= lineHeight * lines;
  }
}

function drawLetter(doc: PDFDocument, setter: TextSetter, letter: LetterPdf) {
  const cursor = new Cursor(doc, setter);
  for (const line of letter.senderLines.filter(Boolean)) cursor.text(line, "right");
  cursor.gap(2);
  for (const line of letter.recipientLines.filter(Boolean)) cursor.text(line);
  cursor.gap();
  if (letter.date) {
    cursor.text(letter.date, "right");
    cursor.gap();
  }
  const paragraphs = letter.body.replace(/\r\n?/g, "\n").split(/\n{2,}/);
  paragraphs.forEach((paragraph, index) => {
    for (const sourceLine of paragraph.split("\n")) cursor.text(sourceLine);
    if (index < paragraphs.length - 1) cursor.gap(0.6);
  });
  if (letter.signature) {
    cursor.gap(3);
    cursor.text(letter.signature);
  }
}
