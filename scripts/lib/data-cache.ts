import { rmSync } from "node:fs";
import path from "node:path";

/**
 * Empties a build's data cache (unstable_cache entries, kept in
 * <distDir>/cache/fetch-cache across builds). A run against a fresh database
 * must not be served what the previous run's database held.
 */
export function clearDataCache(distDir: string): void {
  rmSync(path.join(distDir, "cache", "fetch-cache"), { recursive: true, force: true });
}
