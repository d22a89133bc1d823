import { createHash } from "node:crypto";

/**
 * A UUID derived from a stable key, so re-running the seed updates the same
 * rows instead of adding new ones.
 */
export function seedId(key: string): string {
  const hex = createHash("sha256").update(`inkwell-seed:${key}`).digest("hex");
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
