/**
 * The README and docs are read on a clean clone: everything they point at must
 * be in the repository. Markdown links and `code` paths are resolved from the
 * file that names them; none may leave the repository, and links must exist.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

function markdownFiles(): string[] {
  const docs = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? docs(path.join(dir, entry.name)) : entry.name.endsWith(".md") ? [path.join(dir, entry.name)] : [],
    );
  return ["README.md", ...docs("docs")];
}

/** Relative paths a Markdown file names: link targets, and `code` spans or bare words that start with ./ or ../ */
function namedPaths(markdown: string): { target: string; link: boolean }[] {
  const found: { target: string; link: boolean }[] = [];
  for (const match of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = match[1]!.split("#")[0]!;
    if (target && !/^[a-z][a-z0-9+.-]*:/i.test(target)) found.push({ target, link: true });
  }
  for (const match of markdown.matchAll(/(?:^|[\s`(])(\.{1,2}\/[^\s`)]*)/g)) found.push({ target: match[1]!, link: false });
  return found;
}

describe("namedPaths", () => {
  it("finds links and ../ paths, not web addresses", () => {
    const text = "See [ADR](docs/decisions) and `../shared/seeds`, ../other/file.txt or <http://localhost:3000>, [site](https://x.org).";
    expect(namedPaths(text)).toEqual([
      { target: "docs/decisions", link: true },
      { target: "../shared/seeds", link: false },
      { target: "../other/file.txt", link: false },
    ]);
  });
});

describe.each(markdownFiles())("%s", (file) => {
  it("points only at files inside the repository", () => {
    const dir = path.dirname(path.join(root, file));
    const outside = namedPaths(readFileSync(path.join(root, file), "utf8"))
      .filter(({ target }) => path.relative(root, path.resolve(dir, target)).startsWith(".."))
      .map(({ target }) => target);
    expect(outside).toEqual([]);
  });

  it("links only to files that exist", () => {
    const dir = path.dirname(path.join(root, file));
    const missing = namedPaths(readFileSync(path.join(root, file), "utf8"))
      .filter(({ link, target }) => link && !target.startsWith("/") && !existsSync(path.resolve(dir, target)))
      .map(({ target }) => target);
    expect(missing).toEqual([]);
  });
});
