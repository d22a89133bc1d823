import { inflateSync } from "node:zlib";

/**
 * Reads back the text of a PDF written by ./letter.ts, line by line, through
 * the fonts' ToUnicode maps. It understands only what pdf-lib writes for
 * embedded fonts (hex glyph strings shown with Tj); tests use it to check
 * what a supporter would read, not as a general PDF parser.
 */
export function extractPdfText(pdf: Uint8Array): string[] {
  const streams = decodedStreams(Buffer.from(pdf));
  const toUnicode = new Map<string, string>();
  for (const stream of streams.filter((s) => s.includes("begincmap"))) {
    for (const [, code, unicode] of stream.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      toUnicode.set(code!.toUpperCase(), utf16HexToString(unicode!));
    }
  }
  const lines: string[] = [];
  for (const stream of streams.filter((s) => s.includes("Tj"))) {
    for (const [, hex] of stream.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      const codes = hex!.toUpperCase().match(/.{4}/g) ?? [];
      lines.push(codes.map((code) => toUnicode.get(code) ?? "\uFFFD").join(""));
    }
  }
  return lines;
}

function decodedStreams(pdf: Buffer): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const start = pdf.indexOf("stream", from, "latin1");
    if (start < 0) break;
    const dataStart = start + (pdf[start + 6] === 0x0d ? 8 : 7);
    const end = pdf.indexOf("endstream", dataStart, "latin1");
    if (end < 0) break;
    const data = pdf.subarray(dataStart, end);
    try {
      out.push(inflateSync(data).toString("latin1"));
    } catch {
      out.push(data.toString("latin1"));
    }
    from = end + 9;
  }
  return out;
}

function utf16HexToString(hex: string): string {
  const units = (hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16));
  return String.fromCharCode(...units);
}
