/**
 * node scripts/favicons.mjs
 *
 * Writes the bitmap favicons in public/ from app/icon.svg (the one drawing of
 * the icon; Next links it as /icon.svg): favicon.ico (16, 32 and 48 px, for
 * browsers and tools that ask for /favicon.ico) and apple-touch-icon.png
 * (180 px, which iOS asks for by name). Run it again after changing the SVG and
 * commit the results; nothing is fetched.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const svg = readFileSync(path.join(root, "app/icon.svg"));

/** The SVG rendered at size x size, as PNG. The density keeps the small sizes crisp. */
function png(size, background) {
  const image = sharp(svg, { density: Math.max(72, (72 * size) / 32) * 2 }).resize(size, size);
  return (background ? image.flatten({ background }) : image).png({ compressionLevel: 9 }).toBuffer();
}

/** An ICO file holding PNG images (supported by every browser since Windows Vista's format revision). */
export function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

const sizes = [16, 32, 48];
const images = await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })));
writeFileSync(path.join(root, "public/favicon.ico"), ico(images));
// iOS puts a touch icon on a black square where it is transparent: give the corners the icon's own blue.
writeFileSync(path.join(root, "public/apple-touch-icon.png"), await png(180, "#1f3b73"));
console.log("wrote public/favicon.ico (16, 32, 48 px) and public/apple-touch-icon.png (180 px)");
