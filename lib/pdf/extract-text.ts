import { inflateSync } from "node:zlib";

/**
 * Reads back the text of a PDF written by ./letter.ts: what a supporter (or a
 * screen reader, or copy and paste) gets from it. Each page's content streams
 * are interpreted for their text operators (Tf, Tm, Td, T*, Tj, TJ), and each
 * glyph code goes through the ToUnicode CMap of the font it is shown with, so
 * codes of different embedded subset fonts (which all start at 1) do not mix.
 * Objects may sit in object streams, as pdf-lib writes them.
 *
 * Text comes back in visual order, left to right, one entry per printed line
 * (the runs drawn on one baseline): an Arabic word reads reversed, as it sits
 * on the page. Tests use this to check what the PDF says; it is not a general
 * PDF parser (no encryption, no simple-font encodings, no Form XObjects).
 */
export function extractPdfText(pdf: Uint8Array): string[] {
  return extractPdfLines(pdf).map((line) => line.text);
}

export interface PdfTextRun {
  /** The font's BaseFont, without its subset tag (pdf-lib's is a numeric suffix, "DejaVuSerif-1234"). */
  font: string;
  /** Where the run starts (its text matrix), in points. */
  x: number;
  y: number;
  /** The glyph codes shown, which for pdf-lib's Identity-H fonts are the subset's glyph ids (0 is .notdef). */
  codes: number[];
  /** Each code's text per the ToUnicode map ("\uFFFD" when unmapped). */
  glyphs: string[];
  text: string;
}

export interface PdfTextLine {
  /** 1-based. */
  page: number;
  y: number;
  runs: PdfTextRun[];
  text: string;
}

export function extractPdfLines(pdf: Uint8Array): PdfTextLine[] {
  const objects = readObjects(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
  const resolve = (value: PdfValue | undefined): PdfValue | undefined => (isRef(value) ? objects.get(value.ref)?.value : value);
  const catalog = [...objects.values()].find((object) => isDict(object.value) && object.value.get("Type") === "/Catalog");
  if (!catalog || !isDict(catalog.value)) throw new Error("No document catalog");

  const pages: PdfDict[] = [];
  const walk = (node: PdfValue | undefined, inherited: PdfValue | undefined) => {
    const dict = resolve(node);
    if (!isDict(dict)) return;
    const resources = dict.get("Resources") ?? inherited;
    if (dict.get("Type") === "/Pages") {
      const kids = resolve(dict.get("Kids"));
      if (Array.isArray(kids)) for (const kid of kids) walk(kid, resources);
    } else {
      if (!dict.has("Resources") && resources) dict.set("Resources", resources);
      pages.push(dict);
    }
  };
  walk(catalog.value.get("Pages"), undefined);

  const fontCache = new Map<number, Font>();
  const fontOf = (value: PdfValue | undefined): Font => {
    const key = isRef(value) ? value.ref : -1;
    const cached = fontCache.get(key);
    if (cached) return cached;
    const dict = resolve(value);
    const font: Font = { name: "", twoByte: true, toUnicode: new Map() };
    if (isDict(dict)) {
      font.name = String(dict.get("BaseFont") ?? "").replace(/^\/([A-Z]{6}\+)?/, "").replace(/-\d+$/, "");
      font.twoByte = dict.get("Subtype") === "/Type0";
      const cmap = dict.get("ToUnicode");
      const stream = isRef(cmap) ? objects.get(cmap.ref)?.stream : undefined;
      if (stream) font.toUnicode = parseToUnicode(stream.toString("latin1"));
    }
    if (key >= 0) fontCache.set(key, font);
    return font;
  };

  const lines: PdfTextLine[] = [];
  pages.forEach((page, pageIndex) => {
    const fonts = resolve((resolve(page.get("Resources")) as PdfDict | undefined)?.get("Font"));
    const contents = resolve(page.get("Contents"));
    const streams = (Array.isArray(contents) ? contents : [page.get("Contents")])
      .map((ref) => (isRef(ref) ? objects.get(ref.ref)?.stream : undefined))
      .filter((stream): stream is Buffer => Boolean(stream));
    const runs = showTextRuns(streams.map((stream) => stream.toString("latin1")).join("\n"), (name) =>
      fontOf(isDict(fonts) ? fonts.get(name) : undefined),
    );
    for (const run of runs) {
      const last = lines[lines.length - 1];
      if (last && last.page === pageIndex + 1 && Math.abs(last.y - run.y) < 0.5) {
        last.runs.push(run);
        last.text += run.text;
      } else {
        lines.push({ page: pageIndex + 1, y: run.y, runs: [run], text: run.text });
      }
    }
  });
  return lines;
}

interface Font {
  name: string;
  twoByte: boolean;
  toUnicode: Map<number, string>;
}

/** Runs the text operators of a content stream; one run per string shown (a TJ array is one run). */
function showTextRuns(content: string, fontNamed: (name: string) => Font): PdfTextRun[] {
  const runs: PdfTextRun[] = [];
  const tokens = new Tokenizer(content);
  let operands: PdfValue[] = [];
  let font: Font | undefined;
  let line = { x: 0, y: 0 };
  let at = { x: 0, y: 0 };
  let leading = 0;
  const show = (strings: PdfValue[]) => {
    if (!font) return;
    const run: PdfTextRun = { font: font.name, x: at.x, y: at.y, codes: [], glyphs: [], text: "" };
    for (const value of strings) {
      if (!isBytes(value)) continue;
      const width = font.twoByte ? 2 : 1;
      for (let i = 0; i + width <= value.bytes.length; i += width) {
        const code = width === 2 ? (value.bytes[i]! << 8) | value.bytes[i + 1]! : value.bytes[i]!;
        const text = font.toUnicode.get(code) ?? "\uFFFD";
        run.codes.push(code);
        run.glyphs.push(text);
        run.text += text;
      }
    }
    runs.push(run);
  };
  for (let token = tokens.next(); token !== undefined; token = tokens.next()) {
    if (!isOperator(token)) {
      operands.push(token);
      continue;
    }
    const number = (index: number) => Number(operands[index] ?? 0);
    switch (token.op) {
      case "BT":
        line = { x: 0, y: 0 };
        at = { ...line };
        break;
      case "Tf":
        font = fontNamed(String(operands[0]).slice(1));
        break;
      case "Tm":
        line = { x: number(4), y: number(5) };
        at = { ...line };
        break;
      case "TD":
        leading = -number(1);
      // falls through
      case "Td":
        line = { x: line.x + number(0), y: line.y + number(1) };
        at = { ...line };
        break;
      case "TL":
        leading = number(0);
        break;
      case "T*":
        line = { x: line.x, y: line.y - leading };
        at = { ...line };
        break;
      case "Tj":
        show(operands.slice(0, 1));
        break;
      case "TJ":
        show(Array.isArray(operands[0]) ? operands[0] : []);
        break;
      case "'":
      case '"':
        line = { x: line.x, y: line.y - leading };
        at = { ...line };
        show(operands.slice(-1));
        break;
    }
    operands = [];
  }
  return runs;
}

/** bfchar and bfrange entries of a ToUnicode CMap. */
function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of body!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) {
      map.set(parseInt(code!, 16), utf16(unicode!));
    }
  }
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, start, list] of body!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g)) {
      const from = parseInt(low!, 16);
      const to = parseInt(high!, 16);
      const targets = list ? [...list.matchAll(/<([0-9A-Fa-f]*)>/g)].map((match) => utf16(match[1]!)) : undefined;
      for (let code = from; code <= to; code++) {
        if (targets) map.set(code, targets[code - from] ?? "\uFFFD");
        else {
          const units = start!.match(/.{4}/g)!.map((unit) => parseInt(unit, 16));
          units[units.length - 1]! += code - from;
          map.set(code, String.fromCharCode(...units));
        }
      }
    }
  }
  return map;
}

function utf16(hex: string): string {
  return String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
}

/* ------------------------------- objects ------------------------------- */

type PdfDict = Map<string, PdfValue>;
type PdfValue = number | boolean | null | string | { ref: number } | { bytes: Buffer } | PdfValue[] | PdfDict;
interface PdfObject {
  value: PdfValue;
  stream?: Buffer;
}

const isRef = (value: unknown): value is { ref: number } => typeof value === "object" && value !== null && "ref" in value;
const isBytes = (value: unknown): value is { bytes: Buffer } => typeof value === "object" && value !== null && "bytes" in value;
const isDict = (value: unknown): value is PdfDict => value instanceof Map;
const isOperator = (value: unknown): value is { op: string } => typeof value === "object" && value !== null && "op" in value;

/** Every object of the file, with stream data inflated, including those packed in object streams. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  const header = /(\d+)\s+\d+\s+obj\b/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const tokens = new Tokenizer(text, match.index + match[0].length);
    const value = tokens.value();
    const object: PdfObject = { value };
    const after = tokens.position;
    const stream = /^\s*stream\r?\n/.exec(text.slice(after, after + 20));
    if (stream && isDict(value)) {
      const start = after + stream[0].length;
      const declared = value.get("Length");
      const end = typeof declared === "number" ? start + declared : text.indexOf("endstream", start);
      const raw = pdf.subarray(start, end);
      const filter = value.get("Filter");
      object.stream = filter === "/FlateDecode" || (Array.isArray(filter) && filter[0] === "/FlateDecode") ? inflateSync(raw) : raw;
      header.lastIndex = end;
    } else {
      header.lastIndex = after;
    }
    objects.set(Number(match[1]), object);
  }
  for (const object of [...objects.values()]) {
    if (!isDict(object.value) || object.value.get("Type") !== "/ObjStm" || !object.stream) continue;
    const content = object.stream.toString("latin1");
    const count = Number(object.value.get("N"));
    const first = Number(object.value.get("First"));
    const numbers = content.slice(0, first).trim().split(/\s+/).map(Number);
    for (let i = 0; i < count; i++) {
      objects.set(numbers[2 * i]!, { value: new Tokenizer(content, first + numbers[2 * i + 1]!).value() });
    }
  }
  return objects;
}

const delimiters = "()<>[]{}/%";
const isSpace = (char: string | undefined) => char !== undefined && " \t\r\n\f\0".includes(char);

/** PDF tokens: values (numbers, names as "/Name", strings as bytes, arrays, dicts, refs) and operators. */
class Tokenizer {
  constructor(
    private readonly text: string,
    public position = 0,
  ) {}

  /** The next value or operator, or undefined at the end. */
  next(): PdfValue | { op: string } | undefined {
    this.skipSpace();
    if (this.position >= this.text.length) return undefined;
    const char = this.text[this.position]!;
    if (char === "[" || char === "(" || char === "/" || (char === "<" && this.text[this.position + 1] === "<")) return this.value();
    if (char === "<") return this.value();
    if (char === "]" || char === ">" || char === ")" || char === "{" || char === "}") {
      this.position++;
      return this.next();
    }
    const word = this.word();
    if (!word) {
      this.position++;
      return this.next();
    }
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
      const save = this.position;
      const generation = this.word(true);
      if (/^\d+$/.test(word) && /^\d+$/.test(generation) && this.word(true) === "R") return { ref: Number(word) };
      this.position = save;
      return Number(word);
    }
    if (word === "true" || word === "false") return word === "true";
    if (word === "null") return null;
    return { op: word };
  }

  value(): PdfValue {
    this.skipSpace();
    const text = this.text;
    const char = text[this.position];
    if (char === "<" && text[this.position + 1] === "<") {
      this.position += 2;
      const dict: PdfDict = new Map();
      for (;;) {
        this.skipSpace();
        if (text.startsWith(">>", this.position) || this.position >= text.length) {
          this.position += 2;
          return dict;
        }
        const key = this.value();
        dict.set(String(key).slice(1), this.value());
      }
    }
    if (char === "[") {
      this.position++;
      const array: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (text[this.position] === "]" || this.position >= text.length) {
          this.position++;
          return array;
        }
        array.push(this.value());
      }
    }
    if (char === "<") {
      const end = text.indexOf(">", this.position);
      const hex = text.slice(this.position + 1, end).replace(/\s+/g, "");
      this.position = end + 1;
      return { bytes: Buffer.from(hex.length % 2 ? `${hex}0` : hex, "hex") };
    }
    if (char === "(") return { bytes: this.literal() };
    if (char === "/") {
      this.position++;
      return `/${this.word()}`;
    }
    const token = this.next();
    return isOperator(token) ? null : (token ?? null);
  }

  private literal(): Buffer {
    const out: number[] = [];
    let depth = 0;
    const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
    for (this.position++; this.position < this.text.length; this.position++) {
      const char = this.text[this.position]!;
      if (char === "\\") {
        const next = this.text[++this.position]!;
        if (/[0-7]/.test(next)) {
          const octal = /^[0-7]{1,3}/.exec(this.text.slice(this.position, this.position + 3))![0];
          out.push(parseInt(octal, 8) & 0xff);
          this.position += octal.length - 1;
        } else if (next === "\r" || next === "\n") {
          if (next === "\r" && this.text[this.position + 1] === "\n") this.position++;
        } else {
          out.push(escapes[next] ?? next.charCodeAt(0));
        }
        continue;
      }
      if (char === "(") depth++;
      if (char === ")" && depth-- === 0) {
        this.position++;
        break;
      }
      out.push(char.charCodeAt(0));
    }
    return Buffer.from(out);
  }

  private word(peek = false): string {
    if (peek) this.skipSpace();
    const start = this.position;
    while (this.position < this.text.length && !isSpace(this.text[this.position]) && !delimiters.includes(this.text[this.position]!)) this.position++;
    return this.text.slice(start, this.position);
  }

  private skipSpace() {
    for (;;) {
      while (isSpace(this.text[this.position])) this.position++;
      if (this.text[this.position] !== "%") return;
      while (this.position < this.text.length && this.text[this.position] !== "\n" && this.text[this.position] !== "\r") this.position++;
    }
  }
}
