/**
 * The layers of docs/decisions/0019-layers.md, checked on every import:
 *
 *   app/ (pages, "use server" files) -> server/ (orchestration) -> db/queries/ -> db/schema/
 *   lib/: pure helpers, usable from every layer, importing none of them
 *
 * - lib/** imports nothing from server/, db/, app/ or components/, and reaches none of them
 *   through another module either (a root file such as auth.ts counts by what it imports).
 *   The exceptions are db/schema/enums.ts (the lists of statuses and kinds pure code branches
 *   on: a leaf that imports only drizzle's pgEnum) and `import type` from the rest of
 *   db/schema/ (row shapes; a type-only import leaves nothing at run time).
 * - db/** imports nothing from server/, app/ or components/, nor reaches them.
 * - server/** imports nothing from app/ or components/, nor reaches them.
 *
 * Tests count like the code beside them: a test of lib/ that needs the database is an
 * integration test of a higher layer and lives there.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const sourceExtensions = [".ts", ".tsx", ".mts"];
const skipDirs = new Set(["node_modules", ".git", ".data", "test-results", "playwright-report"]);

export interface Import {
  /** Repository-relative path of the imported module, or null for a package. */
  target: string | null;
  specifier: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir))) {
    if (skipDirs.has(entry) || entry.startsWith(".next")) continue;
    const rel = path.posix.join(dir, entry);
    if (statSync(path.join(root, rel)).isDirectory()) out.push(...sourceFiles(rel));
    else if (sourceExtensions.some((ext) => entry.endsWith(ext)) && !entry.endsWith(".d.ts")) out.push(rel);
  }
  return out;
}

/** The repository file a specifier names ("@/x" is the root; relative to the importer), or null for a package. */
function resolveSpecifier(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  else return null;
  const candidates = [base, ...sourceExtensions.map((ext) => base + ext), ...sourceExtensions.map((ext) => `${base}/index${ext}`)];
  for (const candidate of candidates) {
    try {
      if (statSync(path.join(root, candidate)).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return base; // a data file or a module that does not exist: judged by its folder
}

/** Every module a source text imports or re-exports, statically or with import(), and whether only its types are used. */
export function importsOf(file: string, text: string): Import[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Import[] = [];
  const add = (specifier: string, typeOnly: boolean) => found.push({ specifier, typeOnly, target: resolveSpecifier(file, specifier) });
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const allNamedTypes = !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
      add(node.moduleSpecifier.text, !!clause && (clause.isTypeOnly || (!clause.name && allNamedTypes)));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      const allNamedTypes = !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
      add(node.moduleSpecifier.text, node.isTypeOnly || allNamedTypes);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      add(node.moduleReference.expression.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      add(node.arguments[0].text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

type Layer = "lib" | "db" | "server";
const forbidden: Record<Layer, string[]> = {
  lib: ["server/", "db/", "app/", "components/"],
  db: ["server/", "app/", "components/"],
  server: ["app/", "components/"],
};

function layerOf(file: string): Layer | null {
  const top = file.split("/")[0];
  return top === "lib" || top === "db" || top === "server" ? top : null;
}

/** Whether `layer` may use this import: folders above it never; for lib, db/schema by type only. */
export function allowed(layer: Layer, imp: Import): boolean {
  if (!imp.target) return true;
  if (!forbidden[layer].some((dir) => imp.target!.startsWith(dir))) return true;
  return layer === "lib" && (imp.target === "db/schema/enums.ts" || (imp.typeOnly && imp.target.startsWith("db/schema/")));
}

const importCache = new Map<string, Import[]>();
function cachedImports(file: string): Import[] {
  let imports = importCache.get(file);
  if (!imports) {
    let text = "";
    try {
      text = readFileSync(path.join(root, file), "utf8");
    } catch {
      text = ""; // not a source file (JSON catalogue, asset): imports nothing
    }
    imports = sourceExtensions.some((ext) => file.endsWith(ext)) ? importsOf(file, text) : [];
    importCache.set(file, imports);
  }
  return imports;
}

/**
 * Breaches of `layer`'s rule starting at `file`: direct imports from a forbidden folder, and
 * run-time chains through other modules (lib/a -> auth.ts -> db/index.ts) that end in one.
 */
export function breaches(layer: Layer, file: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>([file]);
  const queue: { file: string; chain: string[] }[] = [{ file, chain: [file] }];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const imp of cachedImports(current.file)) {
      if (!imp.target) continue;
      if (!allowed(layer, imp)) {
        out.push([...current.chain, imp.target].join(" -> ") + (imp.typeOnly ? " (type)" : ""));
        continue;
      }
      // Only run-time imports of modules outside the layer's own folder carry further; the
      // layer's own files are checked themselves.
      if (imp.typeOnly || layerOf(imp.target) === layer || seen.has(imp.target)) continue;
      // proxy.ts is the app's edge, like app/ (it reads the embeds' frame-ancestors from db/queries,
      // ADR 0030): the tests of its matcher and policies (lib/csp.test.ts) load it, lib code never does.
      if (imp.target === "proxy.ts" && /\.test\.tsx?$/.test(file)) continue;
      seen.add(imp.target);
      queue.push({ file: imp.target, chain: [...current.chain, imp.target] });
    }
  }
  return out;
}

describe("layers", () => {
  for (const layer of ["lib", "db", "server"] as const) {
    it(`${layer}/ imports nothing from ${forbidden[layer].join(", ")}${layer === "lib" ? " (db/schema enums and types aside)" : ""}`, () => {
      const found = sourceFiles(layer).flatMap((file) => breaches(layer, file));
      expect(found).toEqual([]);
    });
  }

  it("sees every form of import, and tells type-only ones apart", () => {
    const imports = importsOf(
      "lib/example.ts",
      [
        'import { a } from "@/db/queries/x";',
        'import type { B } from "@/db/schema/enums";',
        'import { type C } from "@/db/schema/enums";',
        'import d, { type E } from "../server/y";',
        'export { f } from "@/app/z";',
        'const g = await import("@/components/w");',
        'type H = typeof import("@/server/v");',
        'import "server-only";',
      ].join("\n"),
    );
    expect(imports.map(({ specifier, typeOnly }) => [specifier, typeOnly])).toEqual([
      ["@/db/queries/x", false],
      ["@/db/schema/enums", true],
      ["@/db/schema/enums", true],
      ["../server/y", false],
      ["@/app/z", false],
      ["@/components/w", false],
      ["@/server/v", true],
      ["server-only", false],
    ]);
    expect(imports.filter((imp) => !allowed("lib", imp)).map((imp) => imp.target)).toEqual(["db/queries/x", "server/y", "app/z", "components/w", "server/v"]);
    expect(allowed("lib", { specifier: "@/db/schema/enums", target: "db/schema/enums.ts", typeOnly: false })).toBe(true);
    expect(allowed("lib", { specifier: "@/db/schema/campaigns", target: "db/schema/campaigns.ts", typeOnly: false })).toBe(false);
    expect(allowed("db", imports[3]!)).toBe(false);
    expect(allowed("server", imports[4]!)).toBe(false);
    expect(allowed("server", imports[0]!)).toBe(true);
  });
});
