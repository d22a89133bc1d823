import type { Bidi } from "bidi-js";
import {
  PDFArray,
  PDFHexString,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  setFillingColor,
  setFontAndSize,
  setTextMatrix,
  setTextRise,
  type Color,
  type PDFDocument,
  type PDFName,
  type PDFPage,
} from "pdf-lib";
import { fallbackOrder, readFaceFile, Shaper, type Direction, type Face, type FaceName } from "./fonts";

/**
 * Sets text of any of the letter's scripts on a PDF page: picks a face per
 * character by script, breaks lines (at spaces, and between Han characters),
 * orders each line's runs by the Unicode Bidirectional Algorithm and draws
 * them shaped (Arabic joining forms and marks, Latin kerning) by fontkit.
 *
 * Per line the steps are: logical text -> embedding levels (bidi-js, UAX #9
 * rules P-I) -> lines (greedy, on widths of shaped words) -> reordering of the
 * line (rules L1-L2, here) -> runs of one face and one level, each shaped in
 * logical order with its direction, fontkit handing back the glyphs of a
 * right-to-left run in visual order -> one TJ per run with GPOS positions.
 */

const hanScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303F\u3200-\u33FF\uFE10-\uFE1F\uFE30-\uFE4F\uFF00-\uFFEF]/u;
const arabicScript = /\p{Script_Extensions=Arabic}/u;
const letter = /\p{L}/u;
/** Not drawn: bidi controls (their work is done by the levels), soft hyphen, word joiners, BOM. */
const hidden = /[\p{Bidi_Control}\u00AD\u2060-\u2064\uFEFF]/u;
/** Breakable white space, collapsed to one space; no-break spaces (U+00A0, U+2007, U+202F) are kept. */
const breakableSpace = /[\t\n\v\f\r \u0085\u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]+/g;
/** Characters of right-to-left scripts (bidi classes R and AL) and the controls that open RTL text. */
const rtlText = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE\u200F\u202B\u202E\u2067\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
/** No line starts with these (closing brackets and quotes, stops, small kana, iteration marks). */
const noBreakBefore = /[\p{Pe}\p{Pf}!%),.:;?\]}\u2019\u201D\u2025\u2026\u3001\u3002\u3005\u303B\u30FB\u30FC\uFF01\uFF05\uFF0C\uFF0E\uFF1A\uFF1B\uFF1F\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u308E\u3095\u3096\u30A1\u30A3\u30A5\u30A7\u30A9\u30C3\u30E3\u30E5\u30E7\u30EE\u30F5\u30F6]/u;
/** No line ends with these (opening brackets and quotes). */
const opening = /[\p{Ps}\p{Pi}]/u;
const noBreakAfter = opening;
/** Continues the grapheme before it: combining marks, joiners, variation selectors. */
const clusterContinues = /[\p{M}\u200C\u200D\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;

/** The face a character's script asks for; null for characters of no script (spaces, digits, punctuation). */
export function scriptFace(char: string): FaceName | null {
  if (hanScript.test(char)) return "han";
  if (arabicScript.test(char)) return "arabic";
  if (letter.test(char)) return "latin";
  return null;
}

/** Collapses breakable white space and trims; NFC, so accents print with their precomposed glyphs. */
export function normalizeLine(text: string): string {
  return text.normalize("NFC").replace(breakableSpace, " ").trim();
}

let bidiInstance: Bidi | undefined;

/** bidi-js, loaded with the first PDF that holds right-to-left text (about 0.5 MB of tables). */
async function loadBidi(): Promise<Bidi> {
  bidiInstance ??= (await import("bidi-js")).default();
  return bidiInstance;
}

/** One line of source text, ready to break and draw. Indices are code point indices. */
export interface Paragraph {
  readonly chars: string[];
  readonly faces: Face[];
  readonly hidden: boolean[];
  /** Resolved embedding level per character, or null when the text is left-to-right throughout. */
  readonly levels: Uint8Array | null;
  /** The paragraph's base direction (UAX #9 P2-P3: its first strong character). */
  readonly direction: Direction;
}

export interface LineRange {
  start: number;
  end: number;
}

interface ShapedRun {
  face: Face;
  size: number;
  codes: string[];
  glyphIds: number[];
  advances: number[];
  positions: { xAdvance: number; xOffset: number; yOffset: number }[];
  width: number;
}

export interface TextStyle {
  size: number;
  color: Color;
}

export class TextSetter {
  private readonly widths = new Map<string, number>();
  private readonly fontKeys = new WeakMap<PDFPage, Map<FaceName, PDFName>>();

  private constructor(
    private readonly doc: PDFDocument,
    private readonly shaper: Shaper,
    private readonly faces: Map<FaceName, Face>,
    private readonly bidi: Bidi | undefined,
    private readonly style: TextStyle,
  ) {}

  /**
   * Embeds the faces that `texts` need, and only those: the face of each
   * script present, then, for a character none of them has, the first face
   * (in fallbackOrder) that has it.
   */
  static async create(doc: PDFDocument, texts: Iterable<string>, style: TextStyle): Promise<TextSetter> {
    const codePoints = new Set<number>();
    let rtl = false;
    for (const text of texts) {
      const normalized = text.normalize("NFC");
      rtl ||= rtlText.test(normalized);
      for (const char of normalized) codePoints.add(char.codePointAt(0)!);
    }
    const wanted = new Set<FaceName>();
    for (const codePoint of codePoints) {
      const face = scriptFace(String.fromCodePoint(codePoint));
      if (face) wanted.add(face);
    }
    if (wanted.size === 0) wanted.add("latin");

    const shaper = await Shaper.load();
    doc.registerFontkit(shaper.fontkit);
    const faces = new Map<FaceName, Face>();
    const load = async (name: FaceName) => {
      faces.set(name, await shaper.embed(doc, name, await readFaceFile(name)));
    };
    for (const name of fallbackOrder) if (wanted.has(name)) await load(name);
    for (const codePoint of codePoints) {
      const char = String.fromCodePoint(codePoint);
      if (hidden.test(char) || codePoint < 0x20 || new RegExp(breakableSpace.source, "u").test(char)) continue;
      if ([...faces.values()].some((face) => face.font.hasGlyphForCodePoint(codePoint))) continue;
      for (const name of fallbackOrder) {
        if (faces.has(name)) continue;
        await load(name);
        if (faces.get(name)!.font.hasGlyphForCodePoint(codePoint)) break;
      }
    }
    return new TextSetter(doc, shaper, faces, rtl ? await loadBidi() : undefined, style);
  }

  /** The faces embedded, in the order they were loaded. */
  get faceNames(): FaceName[] {
    return [...this.faces.keys()];
  }

  prepare(text: string): Paragraph {
    const normalized = normalizeLine(text);
    const chars = Array.from(normalized);
    const hiddenChars = chars.map((char) => hidden.test(char));
    const faces = this.assignFaces(chars);
    if (!this.bidi || !rtlText.test(normalized)) {
      return { chars, faces, hidden: hiddenChars, levels: null, direction: "ltr" };
    }
    const resolved = this.bidi.getEmbeddingLevels(normalized, "auto");
    const levels = new Uint8Array(chars.length);
    let unit = 0;
    chars.forEach((char, index) => {
      levels[index] = resolved.levels[unit]!;
      unit += char.length;
    });
    const direction = (resolved.paragraphs[0]?.level ?? 0) % 2 === 1 ? "rtl" : "ltr";
    return { chars, faces, hidden: hiddenChars, levels, direction };
  }

  /** Lines no wider than maxWidth (points). */
  wrap(paragraph: Paragraph, maxWidth: number): LineRange[] {
    return breakLines(paragraph.chars, (start, end) => this.measure(paragraph, start, end), maxWidth);
  }

  /** Width in points of a range of a paragraph, from its shaped runs of one face. */
  measure(paragraph: Paragraph, start: number, end: number): number {
    let width = 0;
    let runStart = start;
    for (let index = start; index <= end; index++) {
      if (index < end && paragraph.faces[index] === paragraph.faces[runStart]) continue;
      if (index > runStart) {
        const text = paragraph.chars.slice(runStart, index).filter((_, i) => !paragraph.hidden[runStart + i]).join("");
        width += this.textWidth(paragraph.faces[runStart]!, text);
      }
      runStart = index;
    }
    return width;
  }

  private textWidth(face: Face, text: string): number {
    if (!text) return 0;
    const key = `${face.name}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      const run = this.shaper.layout(face, text);
      const units = run.positions.reduce((sum, position) => sum + position.xAdvance, 0);
      width = (units * this.style.size * face.scale) / face.font.unitsPerEm;
      this.widths.set(key, width);
    }
    return width;
  }

  /**
   * Draws one line of a paragraph with its baseline at y, starting at x
   * (align "left") or ending at x (align "right"). Returns the width drawn.
   */
  draw(page: PDFPage, paragraph: Paragraph, range: LineRange, at: { x: number; y: number; align: "left" | "right" }): number {
    const runs = visualRuns(paragraph, range, this.bidi).map((run) => this.shape(run.face, run.text, run.direction));
    if (runs.length === 0) return 0;
    const width = runs.reduce((sum, run) => sum + run.width, 0);
    let x = at.align === "right" ? at.x - width : at.x;
    const operators: PDFOperator[] = [pushGraphicsState(), beginText(), setFillingColor(this.style.color)];
    for (const run of runs) {
      operators.push(setFontAndSize(this.fontKey(page, run.face), run.size), setTextMatrix(1, 0, 0, 1, round(x), round(at.y)));
      operators.push(...this.showGlyphs(run));
      x += run.width;
    }
    operators.push(endText(), popGraphicsState());
    page.pushOperators(...operators);
    return width;
  }

  /** Shapes a run into the face's subset (pdf-lib keeps the glyphs for the ToUnicode map and widths). */
  private shape(face: Face, text: string, direction: Direction): ShapedRun {
    const { codes, run } = this.shaper.encode(face, text, direction);
    const size = this.style.size * face.scale;
    const shaped: ShapedRun = { face, size, codes: [], glyphIds: [], advances: [], positions: [], width: 0 };
    run.glyphs.forEach((glyph, index) => {
      const position = run.positions[index]!;
      // fontkit turns default-ignorable characters (ZWJ, ZWNJ) into zero-width spaces: nothing to draw.
      if (glyph.id === face.spaceGlyphId && position.xAdvance === 0) return;
      shaped.codes.push(codes[index]!);
      shaped.glyphIds.push(glyph.id);
      shaped.advances.push(glyph.advanceWidth);
      shaped.positions.push(position);
    });
    const units = shaped.positions.reduce((sum, position) => sum + position.xAdvance, 0);
    shaped.width = (units * size) / face.font.unitsPerEm;
    return shaped;
  }

  /**
   * TJ arrays for a shaped run. The PDF advances the pen by each glyph's own
   * width (the /W array pdf-lib writes); a number in the array moves it by the
   * difference to where fontkit placed the next glyph (kerning, and Arabic
   * marks, which sit at an offset from their letter, at zero advance). A
   * vertical offset becomes a text rise (Ts) around the glyphs that have it.
   */
  private showGlyphs(run: ShapedRun): PDFOperator[] {
    const perUnit = 1000 / run.face.font.unitsPerEm;
    const operators: PDFOperator[] = [];
    let array = PDFArray.withContext(this.doc.context);
    let hex = "";
    let shift = 0;
    let rise = 0;
    const flushHex = () => {
      if (hex) array.push(PDFHexString.of(hex));
      hex = "";
    };
    const flushShift = () => {
      const value = round(-shift);
      if (value !== 0) {
        flushHex();
        array.push(PDFNumber.of(value));
      }
      shift = 0;
    };
    const flushArray = () => {
      flushShift();
      flushHex();
      if (array.size() > 0) operators.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [array]));
      array = PDFArray.withContext(this.doc.context);
    };
    run.codes.forEach((code, index) => {
      const position = run.positions[index]!;
      const glyphRise = round((position.yOffset * run.size) / run.face.font.unitsPerEm);
      if (glyphRise !== rise) {
        flushArray();
        operators.push(setTextRise(glyphRise));
        rise = glyphRise;
      }
      shift += position.xOffset * perUnit;
      flushShift();
      hex += code;
      shift = (position.xAdvance - position.xOffset - run.advances[index]!) * perUnit;
    });
    flushArray();
    if (rise !== 0) operators.push(setTextRise(0));
    return operators;
  }

  private fontKey(page: PDFPage, face: Face): PDFName {
    let keys = this.fontKeys.get(page);
    if (!keys) this.fontKeys.set(page, (keys = new Map()));
    let key = keys.get(face.name);
    if (!key) keys.set(face.name, (key = page.node.newFontDictionary(face.pdfFont.name, face.pdfFont.ref)));
    return key;
  }

  /**
   * A face per character: its script's face when that has the glyph; for a
   * character of no script (space, digit, punctuation, combining mark) the
   * face of the character before it, else of the next character of a script
   * (an opening bracket or quote asks the next one first: "(Patrick" takes
   * the Latin face after Arabic text); else the first face that has it.
   */
  private assignFaces(chars: string[]): Face[] {
    const preferred = chars.map((char) => {
      const name = scriptFace(char);
      return name ? this.faceFor(name, char) : undefined;
    });
    const nextStrong: (Face | undefined)[] = new Array(chars.length);
    for (let index = chars.length - 1, next: Face | undefined; index >= 0; index--) {
      nextStrong[index] = next;
      next = preferred[index] ?? next;
    }
    const faces: Face[] = [];
    chars.forEach((char, index) => {
      const own = preferred[index];
      if (own) {
        faces.push(own);
        return;
      }
      const codePoint = char.codePointAt(0)!;
      const candidates = opening.test(char) ? [nextStrong[index], faces[index - 1]] : [faces[index - 1], nextStrong[index]];
      const found = candidates.find((face) => face?.font.hasGlyphForCodePoint(codePoint)) ?? (hidden.test(char) ? candidates.find(Boolean) : undefined);
      faces.push(found ?? this.faceFor("latin", char));
    });
    return faces;
  }

  private faceFor(name: FaceName, char: string): Face {
    const codePoint = char.codePointAt(0)!;
    const own = this.faces.get(name);
    if (own?.font.hasGlyphForCodePoint(codePoint)) return own;
    for (const other of fallbackOrder) {
      const face = this.faces.get(other);
      if (face?.font.hasGlyphForCodePoint(codePoint)) return face;
    }
    // No face has it: it prints as the missing-glyph box of its script's face.
    return own ?? this.faces.values().next().value!;
  }
}

/**
 * The line's runs in visual order (left to right), each with its text in
 * logical order, mirrored brackets swapped in right-to-left runs, and the
 * direction to shape it with.
 */
export function visualRuns(paragraph: Paragraph, range: LineRange, bidi: Bidi | undefined): { face: Face; text: string; direction: Direction }[] {
  const indices: number[] = [];
  for (let index = range.start; index < range.end; index++) if (!paragraph.hidden[index]) indices.push(index);
  const base = paragraph.direction === "rtl" ? 1 : 0;
  const levels = indices.map((index) => paragraph.levels?.[index] ?? base);
  // L1: white space at the end of a line goes back to the paragraph's level.
  for (let k = indices.length - 1; k >= 0 && paragraph.chars[indices[k]!] === " "; k--) levels[k] = base;
  const order = reorder(levels);

  const runs: { face: Face; text: string; direction: Direction }[] = [];
  let group: number[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const logical = [...group].sort((a, b) => a - b);
    const level = levels[logical[0]!]!;
    const odd = level % 2 === 1;
    const text = logical
      .map((k) => {
        const char = paragraph.chars[indices[k]!]!;
        return odd ? (bidi?.getMirroredCharacter(char) ?? char) : char;
      })
      .join("");
    runs.push({ face: paragraph.faces[indices[logical[0]!]!]!, text, direction: odd ? "rtl" : "ltr" });
    group = [];
  };
  for (const k of order) {
    const last = group[group.length - 1];
    const continues =
      last !== undefined &&
      levels[k] === levels[last] &&
      paragraph.faces[indices[k]!] === paragraph.faces[indices[last]!] &&
      k - last === (levels[k]! % 2 === 1 ? -1 : 1);
    if (!continues) flush();
    group.push(k);
  }
  flush();
  return runs;
}

/** UAX #9 L2: from the highest level down to the lowest odd one, reverses every run at that level or higher. */
export function reorder(levels: ArrayLike<number>): number[] {
  const order = Array.from({ length: levels.length }, (_, k) => k);
  if (levels.length === 0) return order;
  let highest = 0;
  let lowestOdd = Number.MAX_SAFE_INTEGER;
  for (let k = 0; k < levels.length; k++) {
    highest = Math.max(highest, levels[k]!);
    if (levels[k]! % 2 === 1) lowestOdd = Math.min(lowestOdd, levels[k]!);
  }
  for (let level = highest; level >= lowestOdd; level--) {
    for (let k = 0; k < order.length; ) {
      if (levels[order[k]!]! < level) {
        k++;
        continue;
      }
      let end = k;
      while (end < order.length && levels[order[end]!]! >= level) end++;
      order.splice(k, end - k, ...order.slice(k, end).reverse());
      k = end;
    }
  }
  return order;
}

/**
 * Greedy line breaking over code points. Breaks are allowed at spaces (the
 * space is dropped) and, with no space, before or after a Han, kana or
 * fullwidth character, except before closing punctuation and after opening
 * punctuation. A piece wider than a line (a long URL, a word) is broken
 * between graphemes. widthOf measures a range [start, end).
 */
export function breakLines(chars: string[], widthOf: (start: number, end: number) => number, maxWidth: number): LineRange[] {
  const units: { start: number; end: number; spaceBefore: boolean }[] = [];
  let unitStart = 0;
  let spaceBefore = false;
  chars.forEach((char, index) => {
    if (char === " ") {
      if (index > unitStart) units.push({ start: unitStart, end: index, spaceBefore });
      spaceBefore = true;
      unitStart = index + 1;
    } else if (index > unitStart && breakBetween(chars[index - 1]!, char)) {
      units.push({ start: unitStart, end: index, spaceBefore });
      spaceBefore = false;
      unitStart = index;
    }
  });
  if (chars.length > unitStart) units.push({ start: unitStart, end: chars.length, spaceBefore });

  const lines: LineRange[] = [];
  let current: { start: number; end: number; width: number } | undefined;
  for (const unit of units) {
    const width = widthOf(unit.start, unit.end);
    if (current) {
      const gap = unit.spaceBefore ? widthOf(unit.start - 1, unit.start) : 0;
      if (current.width + gap + width <= maxWidth) {
        current.end = unit.end;
        current.width += gap + width;
        continue;
      }
      lines.push({ start: current.start, end: current.end });
      current = undefined;
    }
    if (width <= maxWidth) {
      current = { start: unit.start, end: unit.end, width };
      continue;
    }
    for (const cluster of clusters(chars, unit.start, unit.end)) {
      const clusterWidth = widthOf(cluster.start, cluster.end);
      if (current && current.width + clusterWidth > maxWidth) {
        lines.push({ start: current.start, end: current.end });
        current = undefined;
      }
      if (current) {
        current.end = cluster.end;
        current.width += clusterWidth;
      } else {
        current = { start: cluster.start, end: cluster.end, width: clusterWidth };
      }
    }
  }
  if (current) lines.push({ start: current.start, end: current.end });
  return lines.length > 0 ? lines : [{ start: 0, end: 0 }];
}

function breakBetween(before: string, after: string): boolean {
  if (!hanScript.test(before) && !hanScript.test(after)) return false;
  return !noBreakBefore.test(after) && !noBreakAfter.test(before) && !clusterContinues.test(after);
}

function clusters(chars: string[], start: number, end: number): LineRange[] {
  const out: LineRange[] = [];
  for (let index = start; index < end; index++) {
    const joins = index > start && (clusterContinues.test(chars[index]!) || chars[index - 1] === "\u200D");
    if (joins) out[out.length - 1]!.end = index + 1;
    else out.push({ start: index, end: index + 1 });
  }
  return out;
}

/**
 * Breaks text into lines no wider than `maxWidth` (see breakLines), for any
 * width function of a string.
 */
export function wrapText(text: string, widthOf: (text: string) => number, maxWidth: number): string[] {
  const chars = Array.from(normalizeLine(text));
  return breakLines(chars, (start, end) => widthOf(chars.slice(start, end).join("")), maxWidth).map(({ start, end }) =>
    chars.slice(start, end).join(""),
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
