/**
 * No import cycle among db/queries (#12 item 5): moderation.ts and
 * organise-campaigns.ts once imported each other, which only worked because
 * neither read the other's exports while loading. The graph is every import,
 * re-export and dynamic import between the folder's .ts files, type-only ones
 * included (a type cycle tangles the modules just the same), read with
 * TypeScript's own import scanner.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const folder = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(folder, "../..");

type Graph = Map<string, string[]>;

/** The module a specifier names, as a path relative to the repository, or null when it is a package. */
function resolve(from: string, specifier: string): string | null {
  const target = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(path.join(root, from)), specifier)
      : null;
  return target === null ? null : path.relative(root, target).replace(/\.ts$/, "");
}

function queriesGraph(): Graph {
  const modules = readdirSync(folder)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => path.relative(root, path.join(folder, name)).replace(/\.ts$/, ""));
  const known = new Set(modules);
  return new Map(
    modules.map((module) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(path.join(root, `${module}.ts`), "utf8"), true, true);
      const targets = importedFiles.map((file) => resolve(module, file.fileName)).filter((target): target is string => target !== null && known.has(target));
      return [module, [...new Set(targets)]];
    }),
  );
}

/** Every cycle found by a depth-first walk, each as the path that closes it (a -> b -> a). */
function findCycles(graph: Graph): string[][] {
  const state = new Map<string, "open" | "done">();
  const trail: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    trail.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") cycles.push([...trail.slice(trail.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    trail.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe("db/queries imports", () => {
  it("finds cycles, short and long, and nothing in a tree", () => {
    expect(findCycles(new Map([["a", ["b"]], ["b", ["a"]]]))).toEqual([["a", "b", "a"]]);
    expect(findCycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]))).toEqual([["a", "b", "c", "a"]]);
    expect(findCycles(new Map([["a", ["b", "c"]], ["b", ["c"]], ["c", []]]))).toEqual([]);
  });

  it("reads the folder's own imports, relative and through @/", () => {
    const graph = queriesGraph();
    expect(graph.get("db/queries/moderation-decisions")).toEqual(expect.arrayContaining(["db/queries/moderation-queue", "db/queries/organise-campaigns"]));
    expect(graph.get("db/queries/organise-campaigns")).toContain("db/queries/prescreen");
  });

  it("has no cycle", () => {
    expect(findCycles(queriesGraph()).map((cycle) => cycle.join(" -> "))).toEqual([]);
  });
});
