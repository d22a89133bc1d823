import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

/** Stored names are ours alone: "<folder>/<uuid>.webp". Anything else is refused before touching the disk. */
const storedName = /^[a-z]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.webp$/;

function uploadRoot(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env().UPLOAD_DIR);
}

/** The absolute path of a stored file, or null when the name is not one we could have written. */
export function resolveStored(name: string): string | null {
  if (!storedName.test(name)) return null;
  const root = uploadRoot();
  const full = path.resolve(root, name);
  return full.startsWith(root + path.sep) ? full : null;
}

export async function storeWebp(folder: "defenders", bytes: Buffer): Promise<string> {
  const name = `${folder}/${randomUUID()}.webp`;
  const full = resolveStored(name)!;
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, bytes, { flag: "wx" });
  return name;
}

export async function readStored(name: string): Promise<Buffer | null> {
  const full = resolveStored(name);
  if (!full) return null;
  try {
    return await readFile(full);
  } catch {
    return null;
  }
}

export async function removeStored(name: string | null): Promise<void> {
  const full = name ? resolveStored(name) : null;
  if (full) await rm(full, { force: true });
}
