import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Font as FontkitFont, GlyphRun, Subset } from "fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";

/**
 * The fonts a letter prints with, one face per script, each shipped in an npm
 * package (never fetched from another host) and embedded as a subset of the
 * glyphs a PDF uses. See docs/decisions/0022-pdf-fonts-per-script.md.
 *
 * Nothing here is read at import time: a PDF reads the files of the faces its
 * text needs, and lets them go with the document. fontkit itself (4-5 MB of
 * heap once loaded) is imported on the first PDF only.
 */
export type FaceName = "latin" | "arabic" | "han";

interface FaceFile {
  /** npm package and file inside it. */
  pkg: string;
  file: string;
  /**
   * Size relative to the letter's font size, so the scripts look alike on a
   * line: Amiri draws its letters small on the em (a Naskh's tall ascenders
   * and deep descenders share it), next to DejaVu's large x-height.
   */
  scale: number;
}

export const faceFiles: Record<FaceName, FaceFile> = {
  // DejaVu Serif 2.37 (Bitstream Vera licence + public domain): Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew. 0.7 MB.
  latin: { pkg: "dejavu-fonts-ttf", file: "ttf/DejaVuSerif.ttf", scale: 1 },
  // Amiri 1.002 (OFL-1.1), a Naskh: Arabic, Persian, Urdu letters with their contextual forms. 0.4 MB.
  arabic: { pkg: "@expo-google-fonts/amiri", file: "400Regular/Amiri_400Regular.ttf", scale: 1.2 },
  // Noto Sans SC 2.004 (OFL-1.1): the whole Simplified Chinese set (GB 18030), kana, CJK punctuation. 10.6 MB.
  han: { pkg: "@expo-google-fonts/noto-sans-sc", file: "400Regular/NotoSansSC_400Regular.ttf", scale: 1 },
};

/** When the face a character's script asks for lacks it, the others are tried in this order. */
export const fallbackOrder: readonly FaceName[] = ["latin", "arabic", "han"];

export function faceFilePath(name: FaceName): string {
  const { pkg, file } = faceFiles[name];
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", pkg, file);
}

/** One embedded face of one document. */
export interface Face {
  readonly name: FaceName;
  readonly pdfFont: PDFFont;
  /** The fontkit font behind pdfFont: shaping (GSUB), positioning (GPOS), coverage. */
  readonly font: FontkitFont;
  /** Font size in points for this face at the letter's size. */
  readonly scale: number;
  readonly spaceGlyphId: number;
}

export type Direction = "ltr" | "rtl";

/**
 * Brackets in right-to-left runs are swapped for their Unicode mirror before
 * shaping (lib/pdf/scripts.ts), for every face alike. A face's own rtlm
 * feature (Amiri has one) covers whichever glyphs its designer chose and
 * could mirror a character a second time: it stays off.
 */
const noMirroringFeature = { rtlm: false };

/**
 * Upstream fontkit (2.x) as pdf-lib's font engine, per document.
 *
 * - pdf-lib's own fork (@pdf-lib/fontkit 1.1) writes broken subsets: a short
 *   `loca` without padding garbles glyphs of TrueType fonts (Noto Sans SC and
 *   Noto Naskh printed with many characters blank) and CID-keyed CFF subsets
 *   are rejected whole. fontkit 2 subsets both correctly; its subsets encode
 *   synchronously (`encode()`), where pdf-lib asks for `encodeStream()`.
 * - pdf-lib shapes each string it draws with `font.layout(text)` and lets
 *   fontkit guess the direction from the script. The text here is already in
 *   bidi runs, so the run's direction (from its embedding level) is passed in
 *   for the duration of one `encodeText` call, and the GlyphRun of that call
 *   is kept: its positions (GPOS kerning, Arabic marks) are what we draw with.
 *   The face's rtlm feature is off (see noMirroringFeature).
 */
export class Shaper {
  private direction: Direction | undefined;
  private lastRun: GlyphRun | undefined;
  private readonly fonts = new WeakMap<Uint8Array, FontkitFont>();

  private constructor(private readonly create: (bytes: Buffer) => unknown) {}

  static async load(): Promise<Shaper> {
    const fontkit = await import("fontkit");
    return new Shaper(fontkit.create as (bytes: Buffer) => unknown);
  }

  /** What PDFDocument.registerFontkit takes (pdf-lib types it after its own fork's font). */
  readonly fontkit = {
    create: (bytes: Uint8Array): FontkitFont => {
      const font = this.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as FontkitFont;
      const layout = font.layout.bind(font);
      font.layout = (text, features, script, language, direction) => {
        const run = layout(text, features ?? noMirroringFeature, script, language, direction ?? this.direction);
        this.lastRun = run;
        return run;
      };
      const createSubset = font.createSubset.bind(font);
      font.createSubset = () => withEncodeStream(createSubset());
      this.fonts.set(bytes, font);
      return font;
    },
  } as unknown as Parameters<PDFDocument["registerFontkit"]>[0];

  /** Embeds one face (its subset is written when the document is saved). */
  async embed(doc: PDFDocument, name: FaceName, bytes: Uint8Array): Promise<Face> {
    const pdfFont = await doc.embedFont(bytes, { subset: true });
    const font = this.fonts.get(bytes);
    if (!font) throw new Error(`Font ${name} was not created through this shaper`);
    return { name, pdfFont, font, scale: faceFiles[name].scale, spaceGlyphId: font.glyphForCodePoint(0x20).id };
  }

  /** Shapes text without drawing it (for widths). */
  layout(face: Face, text: string, direction?: Direction): GlyphRun {
    return face.font.layout(text, undefined, undefined, undefined, direction);
  }

  /**
   * Encodes text into the face's subset, as pdf-lib's drawText would, and
   * returns the glyph ids pdf-lib assigned with the GlyphRun they came from.
   */
  encode(face: Face, text: string, direction: Direction): { codes: string[]; run: GlyphRun } {
    this.direction = direction;
    this.lastRun = undefined;
    try {
      const hex = face.pdfFont.encodeText(text).asString();
      const run = this.lastRun as GlyphRun | undefined;
      const codes = hex.match(/.{4}/g) ?? [];
      if (!run || run.glyphs.length !== codes.length) throw new Error("pdf-lib did not shape the text through this shaper");
      return { codes, run };
    } finally {
      this.direction = undefined;
      this.lastRun = undefined;
    }
  }
}

function withEncodeStream(subset: Subset): Subset {
  return Object.assign(subset, {
    encodeStream() {
      const listeners: Record<string, ((value?: unknown) => void)[]> = {};
      const stream = {
        on(event: string, listener: (value?: unknown) => void) {
          (listeners[event] ??= []).push(listener);
          return stream;
        },
      };
      queueMicrotask(() => {
        try {
          const bytes = subset.encode();
          for (const listener of listeners.data ?? []) listener(bytes);
          for (const listener of listeners.end ?? []) listener();
        } catch (error) {
          for (const listener of listeners.error ?? []) listener(error);
        }
      });
      return stream;
    },
  });
}

/** Reads a face's file; the bytes live as long as the document that embeds them. */
export function readFaceFile(name: FaceName): Promise<Buffer> {
  return readFile(faceFilePath(name));
}
