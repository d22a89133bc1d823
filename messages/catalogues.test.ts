import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/config";

const root = join(__dirname);

type Tree = { [key: string]: string | Tree };

function load(locale: string): Record<string, Tree> {
  const dir = join(root, locale);
  const out: Record<string, Tree> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    out[file.replace(/\.json$/, "")] = JSON.parse(readFileSync(join(dir, file), "utf8"));
  }
  return out;
}

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The arguments and rich-text tags a message uses: a translation must use the same ones. */
function signature(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) {
        names.add(`{${el.value}}`);
      } else if (el.type === TYPE.plural || el.type === TYPE.select) {
        names.add(`{${el.value}}`);
        for (const option of Object.values(el.options)) walk(option.value);
      } else if (el.type === TYPE.tag) {
        names.add(`<${el.value}>`);
        walk(el.children);
      }
    }
  };
  walk(parse(message, { ignoreTag: false }));
  return [...names].sort();
}

const english = new Map(Object.entries(load("en")).map(([ns, tree]) => [ns, flatten(tree)]));

describe("message catalogues", () => {
  it("list five locales, English first", () => {
    expect(locales).toEqual(["en", "fr", "es", "zh", "ar"]);
  });

  for (const locale of locales.filter((l) => l !== "en")) {
    describe(locale, () => {
      const catalogue = load(locale);

      it("has the same namespaces and index as English", () => {
        expect(Object.keys(catalogue).sort()).toEqual([...english.keys()].sort());
        const index = readFileSync(join(root, locale, "index.ts"), "utf8").replace(/\/\/.*$/gm, "").trim();
        const enIndex = readFileSync(join(root, "en", "index.ts"), "utf8").replace(/\/\/.*$/gm, "").trim();
        expect(index).toBe(enIndex);
      });

      for (const [ns, enMessages] of english) {
        it(`${ns}: same keys, same arguments and tags, nothing left empty`, () => {
          const messages = flatten(catalogue[ns] ?? {});
          const missing = [...enMessages.keys()].filter((k) => !messages.has(k));
          const extra = [...messages.keys()].filter((k) => !enMessages.has(k));
          expect({ missing, extra }).toEqual({ missing: [], extra: [] });
          const wrong: string[] = [];
          for (const [key, en] of enMessages) {
            const translated = messages.get(key)!;
            if (en.trim() !== "" && translated.trim() === "") wrong.push(`${key}: empty`);
            let got: string[];
            try {
              got = signature(translated);
            } catch (error) {
              wrong.push(`${key}: does not parse (${(error as Error).message})`);
              continue;
            }
            const want = signature(en);
            if (got.join() !== want.join()) wrong.push(`${key}: uses ${got.join(" ")} where English uses ${want.join(" ")}`);
          }
          expect(wrong).toEqual([]);
        });
      }
    });
  }
});
