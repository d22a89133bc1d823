import sharp from "sharp";

export const maxPhotoBytes = 5 * 1024 * 1024;
/** Long side of the stored photo: enough for a profile, small enough to serve to everyone. */
const maxSide = 1200;

export type PhotoProblem = "empty" | "tooLarge" | "wrongType" | "unreadable";

type Sniffed = "jpeg" | "png" | "webp";

/** The image type from the file's first bytes; the name and the browser's claimed type are not trusted. */
export function sniffImageType(bytes: Uint8Array): Sniffed | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return "png";
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "webp";
  return null;
}

/**
 * Checks and re-encodes an uploaded photo as WebP. Re-encoding drops every
 * metadata block (EXIF with GPS position, camera serials, XMP, comments);
 * the EXIF orientation is applied first so the picture stays upright.
 */
export async function preparePhoto(bytes: Uint8Array): Promise<{ ok: true; webp: Buffer } | { ok: false; problem: PhotoProblem }> {
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  if (bytes.length > maxPhotoBytes) return { ok: false, problem: "tooLarge" };
  if (!sniffImageType(bytes)) return { ok: false, problem: "wrongType" };
  try {
    const webp = await sharp(bytes, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize({ width: maxSide, height: maxSide, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer();
    return { ok: true, webp };
  } catch {
    return { ok: false, problem: "unreadable" };
  }
}
