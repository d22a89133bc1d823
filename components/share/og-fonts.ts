import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

type Weight = 400 | 700;
export interface OgFont {
  name: string;
  data: ArrayBuffer;
  weight: Weight;
  style: "normal";
}

const subsets = ["latin", "latin-ext", "vietnamese", "greek", "cyrillic"] as const;
const weights: Weight[] = [400, 700];
const fontDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@fontsource", "noto-sans", "files");

let loaded: Promise<OgFont[]> | undefined;

async function loadFont(subset: string, weight: Weight): Promise<OgFont> {
  const buffer = await readFile(path.join(fontDir, `noto-sans-${subset}-${weight}-normal.woff`));
  const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
  return { name: `Noto Sans ${subset}`, data, weight, style: "normal" };
}

/** The family list to use in the image's styles: satori picks, per character, the first font that has it. */
export const ogFontFamily = subsets.map((subset) => `"Noto Sans ${subset}"`).join(", ");

/** Noto Sans from the npm package (never fetched), read once per process. */
export function ogFonts(): Promise<OgFont[]> {
  loaded ??= Promise.all(subsets.flatMap((subset) => weights.map((weight) => loadFont(subset, weight)))).catch((error) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}
