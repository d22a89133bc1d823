/**
 * Every page of the app, read from the file system (app/**\/page.tsx), so a
 * new page without an accessibility case fails the suite instead of going
 * unscanned.
 */
import { readdirSync } from "node:fs";
import path from "node:path";

const appDir = path.resolve(__dirname, "../../app/[locale]");

/** "/campaigns/[slug]/letter" for app/[locale]/(public)/campaigns/[slug]/letter/page.tsx: route groups dropped. */
export function routeOf(pageFile: string): string {
  const segments = path
    .relative(appDir, path.dirname(pageFile))
    .split(path.sep)
    .filter((segment) => segment !== "" && !/^\(.+\)$/.test(segment) && !segment.startsWith("@"));
  return `/${segments.join("/")}`;
}

function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : pageFiles(full);
    return /^page\.(tsx|ts|jsx|js|mdx)$/.test(entry.name) ? [full] : [];
  });
}

/** Every route with a page, sorted. */
export function allPageRoutes(): string[] {
  return [...new Set(pageFiles(appDir).map(routeOf))].sort();
}
